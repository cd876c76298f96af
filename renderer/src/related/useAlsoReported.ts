// "Also reported in" for the selected claim: asked of main when the claim, its link
// decisions or the workspace's articles change, and again once linking has read the
// whole workspace (event 'related.ready'). A decision's answer is applied as returned
// (one round trip), without asking again.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AlsoReported } from '../../../electron/core/related-views'
import type { Claim } from '../../../electron/core/schema'
import { errorText } from '../i18n/messages'

/** While linking is incomplete and no 'related.ready' came, ask again this often (a missed event costs only this). */
const INCOMPLETE_RETRY_MS = 5000

export interface AlsoReportedState {
  data: AlsoReported | null
  error: string | null
  /** Puts a mutation's answer in place (related.decide, related.addAsEvidence). */
  accept(next: AlsoReported, claim: Claim): void
}

const decisionsKey = (claim: Claim) => JSON.stringify(claim.related ?? [])

export function useAlsoReported(articleId: string, claim: Claim, articleCount: number): AlsoReportedState {
  const [data, setData] = useState<AlsoReported | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [tick, setTick] = useState(0)
  const sequence = useRef(0)
  const accepted = useRef<string | null>(null)
  const decisions = decisionsKey(claim)
  const key = `${articleId}/${claim.id}|${decisions}|${articleCount}|${tick}`

  useEffect(() => window.api.events.on('related.ready', () => setTick((t) => t + 1)), [])

  useEffect(() => {
    if (accepted.current === key) return // the answer of our own decision is already shown
    const ask = ++sequence.current
    setError(null)
    setData((current) => (current && current.articleId === articleId && current.claimId === claim.id ? current : null))
    let retry: ReturnType<typeof setTimeout> | undefined
    window.api.related
      .alsoReported(articleId, claim.id)
      .then((answer) => {
        if (ask !== sequence.current) return
        setData(answer)
        if (!answer.complete) retry = setTimeout(() => setTick((t) => t + 1), INCOMPLETE_RETRY_MS)
      })
      .catch((e: unknown) => ask === sequence.current && setError(errorText(e)))
    return () => clearTimeout(retry)
  }, [key, articleId, claim.id])

  const accept = useCallback(
    (next: AlsoReported, updated: Claim) => {
      sequence.current++ // an answer still on its way is older than this one
      accepted.current = `${next.articleId}/${next.claimId}|${decisionsKey(updated)}|${articleCount}|${tick}`
      setData(next)
      setError(null)
    },
    [articleCount, tick],
  )

  return { data, error, accept }
}
