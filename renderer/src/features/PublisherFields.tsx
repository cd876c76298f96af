// Settings > Publisher (issue 14): who publishes the fact-checks, and where. ClaimReview
// needs a real URL per review; without the pattern every review is left out of that export.
// Each field is saved on its own; main validates it (http/https) and a refusal is shown.
import { useEffect, useState } from 'react'
import type { Publisher } from '../../../electron/core/settings'
import { CommitField } from '../components/fields'
import { t } from '../i18n'
import { errorText } from '../i18n/messages'

const FIELDS = ['organisationName', 'url', 'logoUrl', 'factCheckUrlPattern'] as const satisfies readonly (keyof Publisher)[]

export function PublisherFields() {
  const [publisher, setPublisher] = useState<Publisher | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    void window.api.settings.get().then((s) => setPublisher(s.publisher), () => undefined)
  }, [])
  if (!publisher) return null
  const save = async (key: keyof Publisher, raw: string) => {
    const value = raw.trim()
    setError(null)
    try {
      const saved = await window.api.settings.update({ publisher: { [key]: key === 'organisationName' ? value : value || null } })
      setPublisher(saved.publisher)
    } catch (e) {
      setError(errorText(e))
      setPublisher({ ...publisher }) // the field shows what is saved again
    }
  }
  return (
    <fieldset className="settings-group publisher-fields">
      <legend>{t('publisher.legend')}</legend>
      {FIELDS.map((key) => (
        <CommitField
          key={key}
          label={t(`publisher.${key}.label`)}
          value={publisher[key] ?? ''}
          placeholder={t(`publisher.${key}.placeholder`)}
          help={{ hint: t(`publisher.${key}.hint`) }}
          onCommit={(v) => void save(key, v)}
        />
      ))}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
