// A reviewer's action that asks main for something (a native folder or file dialog, a
// merge, an undo): while it runs its buttons are disabled, and a refusal is kept to show
// as an alert instead of being lost in an unhandled rejection.
import { useCallback, useState } from 'react'
import { errorText } from './i18n/messages'

export { errorText }

export function useAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (err) {
      setError(errorText(err))
    } finally {
      setBusy(false)
    }
  }, [])
  return { busy, error, run }
}

/** The refusal of the last action, read out when it appears. */
export function ActionError({ error }: { error: string | null }) {
  if (!error) return null
  return (
    <p className="error" role="alert">
      {error}
    </p>
  )
}
