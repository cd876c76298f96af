// First start: ask for the reviewer's name (written with every change), without blocking
// the window; "Skip" leaves it empty, Settings changes it later.
import { useId, useState } from 'react'
import { t } from '../i18n'

export function WelcomeBanner({ onSave, onSkip }: { onSave(name: string): void; onSkip(): void }) {
  const [name, setName] = useState('')
  const id = useId()
  return (
    <form
      className="banner banner-info welcome"
      aria-label={t('settings.welcomeTitle')}
      onSubmit={(e) => {
        e.preventDefault()
        if (name.trim()) onSave(name.trim())
      }}
    >
      <p>
        <strong>{t('settings.welcomeTitle')}.</strong> {t('settings.welcomeBody')}
      </p>
      <label htmlFor={id} className="visually-hidden">
        {t('settings.reviewerName')}
      </label>
      <input id={id} value={name} placeholder={t('settings.reviewerName')} onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="primary" disabled={!name.trim()}>
        {t('settings.save')}
      </button>
      <button type="button" onClick={onSkip}>
        {t('settings.skip')}
      </button>
    </form>
  )
}
