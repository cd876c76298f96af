import { useEffect, useMemo, useRef } from 'react'
import type { ArticleFile } from '../../../electron/core/schema'
import { segmentText } from '../segments'

const NON_CLAIM_LABELS: Record<string, string> = {
  title: 'Title',
  byline: 'Byline',
  'author-blurb': 'About the author',
  caption: 'Photo caption',
  credit: 'Credit',
  tagline: 'Tag line',
  subheading: 'Subheading',
  'translation-credit': 'Translation credit',
  boilerplate: 'Boilerplate',
}

interface Props {
  file: ArticleFile
  selectedClaimId: string | null
  onSelectClaim(id: string): void
}

export function ArticleText({ file, selectedClaimId, onSelectClaim }: Props) {
  const { article, claims } = file
  const runs = useMemo(() => segmentText(article.text.length, claims, article.nonClaims), [article, claims])
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims])
  const selectedRef = useRef<HTMLElement | null>(null)
  useEffect(() => selectedRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }), [selectedClaimId])

  return (
    <article className="article-view" aria-label="Article text">
      <header className="article-header">
        <h1>{article.title}</h1>
        <p className="article-byline">
          {[article.outlet, article.author && `by ${article.author}`, article.publishedAt, article.language?.toUpperCase()]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>
      <div className="article-text">
        {runs.map((run) => {
          const text = article.text.slice(run.start, run.end)
          if (run.kind === 'text') return <span key={run.start}>{text}</span>
          if (run.kind === 'non-claim')
            return (
              <span key={run.start} className="non-claim" data-kind={run.label}>
                <span className="non-claim-label">{NON_CLAIM_LABELS[run.label] ?? run.label}</span>
                {text}
              </span>
            )
          const claim = byId.get(run.claimId)!
          const selected = run.claimId === selectedClaimId
          return (
            <mark
              key={run.start}
              ref={selected ? selectedRef : undefined}
              className={`claim-highlight corroboration-${claim.corroboration}${selected ? ' selected' : ''}${claim.state === 'dismissed' ? ' dismissed' : ''}`}
              data-claim-id={run.claimId}
              onClick={() => onSelectClaim(run.claimId)}
            >
              {text}
            </mark>
          )
        })}
      </div>
    </article>
  )
}
