// First start: ask for the reviewer's name (written with every change), without blocking
// the window; "Skip" leaves it empty, Settings changes it later.
import { useId, useState } from 'react'
import { STRINGS } from '../strings'

export function WelcomeBanner({ onSave, onSkip }: { onSave(name: string): void; onSkip(): void }) {
  const [name, setName] = useState('')
  const id = useId()
  const s = STRINGS.settings
  return (
    <form
      className="banner banner-info welcome"
      aria-label={s.welcomeTitle}
      onSubmit={(e) => {
        e.preventDefault()
        if (name.trim()) onSave(name.trim())
      }}
    >
      <p>
        <strong>{s.welcomeTitle}.</strong> {s.welcomeBody}
      </p>
      <label htmlFor={id} className="visually-hidden">
        {s.reviewerName}
      </label>
      <input id={id} value={name} placeholder={s.reviewerName} onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="primary" disabled={!name.trim()}>
        {s.save}
      </button>
      <button type="button" onClick={onSkip}>
        {s.skip}
      </button>
    </form>
  )
}
