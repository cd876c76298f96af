import { forwardRef, memo, useEffect, useMemo, useRef } from 'react'
import type { ArticleFile } from '../../../electron/core/schema'
import { formatDate } from '../format'
import { segmentText } from '../segments'
import type { TextSelection } from '../selection'

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
  visibleClaimIds: Set<string>
  selection: TextSelection | null
  onSelectClaim(id: string): void
  onMakeClaim(): void
  onSplit(): void
}

export const ArticleText = forwardRef<HTMLDivElement, Props>(function ArticleText(props, textRef) {
  const { file, selectedClaimId, visibleClaimIds, selection, onSelectClaim } = props
  const { article, claims } = file
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims])
  // Selection is applied to the DOM directly: re-rendering thousands of runs on every
  // j/k would make long articles sluggish.
  const localRef = useRef<HTMLDivElement | null>(null)
  useEffect(() => {
    const root = localRef.current
    if (!root) return
    root.querySelectorAll('mark.claim-highlight.selected').forEach((m) => m.classList.remove('selected'))
    if (!selectedClaimId) return
    const mark = root.querySelector<HTMLElement>(`mark[data-claim-id="${CSS.escape(selectedClaimId)}"]`)
    mark?.classList.add('selected')
    void mark?.scrollIntoView?.({ block: 'nearest' })
  }, [selectedClaimId, file])
  const selected = selectedClaimId ? byId.get(selectedClaimId) : undefined
  const canSplit =
    selection?.collapsed &&
    selected &&
    selection.start > selected.anchor.position.start &&
    selection.start < selected.anchor.position.end
  const orphaned = claims.filter((c) => c.state === 'orphaned')

  return (
    <article className="article-view" aria-label="Article">
      <header className="article-header">
        <h1>{article.title}</h1>
        <p className="article-byline">
          {[article.outlet, article.author && `by ${article.author}`, formatDate(article.publishedAt), article.language?.toUpperCase()]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {article.url && <p className="article-url">{article.url}</p>}
      </header>
      <div className="text-toolbar" role="toolbar" aria-label="Text actions">
        <button type="button" title={selection && !selection.collapsed ? 'Make a claim of the selected text' : 'Make a claim of the next sentence that is not one yet'} onClick={props.onMakeClaim}>
          Make claim <kbd>c</kbd>
        </button>
        <button type="button" disabled={!selected} title={canSplit ? 'Split at the cursor' : 'Split at the clause boundary nearest the middle'} onClick={props.onSplit}>
          Split claim here <kbd>x</kbd>
        </button>
        <span className="hint">Select text to make a claim; put the cursor inside the selected claim to split it.</span>
      </div>
      {orphaned.length > 0 && (
        <div className="banner banner-warning" role="status">
          <p>
            {orphaned.length === 1
              ? '1 claim could not be re-attached to the edited text; it is kept in the list, marked orphaned.'
              : `${orphaned.length} claims could not be re-attached to the edited text; they are kept in the list, marked orphaned.`}
          </p>
        </div>
      )}
      <div
        className="article-text"
        ref={(node) => {
          localRef.current = node
          if (typeof textRef === 'function') textRef(node)
          else if (textRef) textRef.current = node
        }}
        aria-label="Article text"
      >
        <TextRuns file={file} visibleClaimIds={visibleClaimIds} onSelectClaim={onSelectClaim} />
      </div>
    </article>
  )
})

interface RunsProps {
  file: ArticleFile
  visibleClaimIds: Set<string>
  onSelectClaim(id: string): void
}

/** The article text as runs; memoised so that selecting a claim does not re-render it. */
const TextRuns = memo(function TextRuns({ file, visibleClaimIds, onSelectClaim }: RunsProps) {
  const { article, claims } = file
  const runs = useMemo(() => segmentText(article.text.length, claims, article.nonClaims), [article, claims])
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims])
  return (
    <>
        {runs.map((run) => {
          const text = article.text.slice(run.start, run.end)
          if (run.kind === 'text')
            return (
              <span key={run.start} data-start={run.start}>
                {text}
              </span>
            )
          if (run.kind === 'non-claim')
            return (
              <span key={run.start} className="non-claim" data-kind={run.label}>
                <span className="non-claim-label" aria-hidden="true">
                  {NON_CLAIM_LABELS[run.label] ?? run.label}
                </span>
                <span data-start={run.start}>{text}</span>
              </span>
            )
          const claim = byId.get(run.claimId)!
          const dimmed = !visibleClaimIds.has(run.claimId)
          return (
            <mark
              key={run.start}
              data-start={run.start}
              className={`claim-highlight corroboration-${claim.corroboration}${claim.state === 'dismissed' ? ' dismissed' : ''}${dimmed ? ' dimmed' : ''}`}
              data-claim-id={run.claimId}
              onClick={() => {
                // A click that ends a text selection is for "Make claim", not for selecting.
                if (window.getSelection()?.isCollapsed !== false) onSelectClaim(run.claimId)
              }}
            >
              {text}
            </mark>
          )
        })}
    </>
  )
})
