// The UI's words come from one message catalogue (./en/index.ts) through i18next, so a
// translation (Korean is the first likely one) is one more catalogue and nothing else.
// i18next, not react-intl: its t() works the same in hooks, flash messages and components
// without a provider, its plurals follow Intl.PluralRules (Korean has one form, English two),
// and with the catalogue's type (./i18next.d.ts) a missing key or a missing {{value}} fails typecheck.
// The language is the OS's (navigator.language), read once at start like the date formats;
// a language without a catalogue, or a key a catalogue lacks, falls back to English.
import i18next, { type i18n, type Resource } from 'i18next'
import { en } from './en'

export const FALLBACK_LANGUAGE = 'en'

/** A ready i18next instance for `language`; `extra` adds catalogues (a translation, or a test's). */
export function createTranslator(language: string, extra: Resource = {}): i18n {
  const instance = i18next.createInstance()
  void instance.init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    resources: { en: { translation: en }, ...extra },
    // React escapes what it renders; i18next escaping too would show "&amp;" in a title.
    interpolation: { escapeValue: false },
    initAsync: false, // resources are bundled: ready before the first render
    returnNull: false,
  })
  return instance
}

/**
 * A catalogue to try without a build, put on the page before it starts: the e2e pseudo-locale
 * spec shows the whole window through one (and a translator could check theirs). The app
 * itself never sets it; nothing but the page's own scripts can (context isolation, CSP).
 */
export interface TryoutCatalogue {
  language: string
  translation: Resource[string]['translation']
}

function startTranslator(): i18n {
  const tryout = typeof window === 'undefined' ? undefined : (window as { __claimdeskCatalogue?: TryoutCatalogue }).__claimdeskCatalogue
  if (tryout) return createTranslator(tryout.language, { [tryout.language]: { translation: tryout.translation } })
  return createTranslator(typeof navigator === 'undefined' ? FALLBACK_LANGUAGE : navigator.language)
}

const translator = startTranslator()

/** The UI's words: t('header.undo'), t('removal.detail', { count }). */
export const t = translator.t.bind(translator) as i18n['t']

/** The UI's language (its catalogue's, else English), for lang= on the document. */
export const uiLanguage = (): string => translator.resolvedLanguage ?? FALLBACK_LANGUAGE
