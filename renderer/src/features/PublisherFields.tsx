// Settings > Publisher (issue 14): who publishes the fact-checks, and where. ClaimReview
// needs a real URL per review; without the pattern every review is left out of that export.
// Each field is saved on its own; main validates it (http/https) and a refusal is shown.
import { useEffect, useState } from 'react'
import type { Publisher } from '../../../electron/core/settings'
import { CommitField } from '../components/fields'

const FIELDS: { key: keyof Publisher; label: string; placeholder: string; hint: string }[] = [
  { key: 'organisationName', label: 'Organisation', placeholder: 'e.g. NK Fact Desk', hint: 'The author of every ClaimReview. Empty: the reviewer.' },
  { key: 'url', label: 'Organisation website', placeholder: 'https://…', hint: 'The organisation’s home page.' },
  { key: 'logoUrl', label: 'Logo URL', placeholder: 'https://…/logo.png', hint: 'Optional.' },
  {
    key: 'factCheckUrlPattern',
    label: 'Fact-check URL pattern',
    placeholder: 'https://example.org/checks/{article}/{claim}',
    hint: 'Where each review is published; {article} and {claim} are replaced. Reviews without a URL are left out of ClaimReview.',
  },
]

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
      setError(e instanceof Error ? e.message : String(e))
      setPublisher({ ...publisher }) // the field shows what is saved again
    }
  }
  return (
    <fieldset className="settings-group publisher-fields">
      <legend>Publisher (ClaimReview)</legend>
      {FIELDS.map((f) => (
        <CommitField key={f.key} label={f.label} value={publisher[f.key] ?? ''} placeholder={f.placeholder} help={{ hint: f.hint }} onCommit={(v) => void save(f.key, v)} />
      ))}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
