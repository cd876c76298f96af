// The workspace's conflicts, for the conflicts view, the header and the summary's count.
// Asked again when articles come or go, after a link decision, and once linking has read
// the whole workspace; null while main is still linking (the call waits for it).
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ConflictList } from '../../../electron/core/related-views'
import { errorText } from '../i18n/messages'

export interface ConflictsState {
  list: ConflictList | null
  error: string | null
  /** A link decision changed the groups: ask again. */
  refresh(): void
  /** How many claims of one article have a conflicting report (null while linking). */
  countIn(articleId: string | null): number | null
}

export function useConflicts(articleCount: number): ConflictsState {
  const [list, setList] = useState<ConflictList | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [tick, setTick] = useState(0)
  const sequence = useRef(0)

  useEffect(() => window.api.events.on('related.ready', () => setTick((t) => t + 1)), [])

  useEffect(() => {
    const ask = ++sequence.current
    window.api.related
      .conflicts()
      .then((answer) => {
        if (ask !== sequence.current) return
        setList(answer)
        setError(null)
      })
      .catch((e: unknown) => ask === sequence.current && setError(errorText(e)))
  }, [articleCount, tick])

  const refresh = useCallback(() => setTick((t) => t + 1), [])
  const countIn = useCallback(
    (articleId: string | null) => (list && articleId ? list.claimsWithConflicts.filter((k) => k.startsWith(`${articleId}/`)).length : null),
    [list],
  )
  return { list, error, refresh, countIn }
}
