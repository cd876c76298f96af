// After a ClaimReview export: which reviews were left out of the file and why (no verdict
// yet, no publisher URL, an invalid URL), as services/reports.ts returned them.
import { useEffect, useState } from 'react'
import type { OmittedClaimReview } from '../../../electron/core/report/claimreview'
import { t } from '../i18n'

export function OmittedReviews({ omitted }: { omitted: OmittedClaimReview[] }) {
  // Article titles, to name each claim's article (from the index: no article is read).
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map())
  useEffect(() => {
    void window.api.articles.list().then((list) => setTitles(new Map(list.map((a) => [a.id, a.title]))), () => undefined)
  }, [])
  if (omitted.length === 0) return null
  return (
    <section className="omitted-reviews" aria-labelledby="omitted-title" tabIndex={0}>
      <h3 id="omitted-title">{t('omitted.title', { count: omitted.length })}</h3>
      <ul>
        {omitted.map((o) => (
          <li key={`${o.articleId}/${o.claimId}`}>
            <strong>
              {t('omitted.claim', { n: o.claimNumber })}
              {titles.get(o.articleId) ? ` · ${titles.get(o.articleId)}` : ''}
            </strong>
            : {o.message}
          </li>
        ))}
      </ul>
    </section>
  )
}
