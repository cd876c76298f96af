import { useVirtualizer } from '@tanstack/react-virtual'
import { forwardRef, memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { ArticleFile, Claim } from '../../../electron/core/schema'
import { CORROBORATION_LABELS } from '../i18n/vocabulary'
import { formatDate } from '../format'
import { segmentText } from '../segments'
import type { TextSelection } from '../selection'
import { blockAt, regroupBlocks, type BlockGrouping, type TextBlock } from '../text-blocks'
import { articleLanguage, paragraphLanguageTag } from '../text-language'
import { t } from '../i18n'
import { cachedLabel } from '../i18n/label-cache'
import { en } from '../i18n/en'

/** Above this many blocks only those on screen are rendered (2,000-claim articles). */
const VIRTUALIZE_BLOCKS = 120

/** A non-claim line's kind in words; a kind the catalogue does not name is shown as stored. */
function nonClaimLabel(label: string): string {
  return Object.hasOwn(en.text.nonClaim, label) ? cachedLabel(`nonClaim\u0000${label}`, () => t(`text.nonClaim.${label as keyof typeof en.text.nonClaim}`)) : label
}

/** A highlight's title ("Claim: Unreviewed"), made once per status. */
function highlightTitle(corroboration: Claim['corroboration']): string {
  return cachedLabel(`highlight\u0000${corroboration}`, () => t('text.highlight', { status: CORROBORATION_LABELS[corroboration] }))
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
  // Blocks depend on where claims are, not on their fields: an edit to one claim keeps them.
  const layoutKey = useMemo(() => claims.map((c) => `${c.id}:${c.anchor.position.start}:${c.anchor.position.end}:${c.state === 'orphaned'}`).join('|'), [claims])
  const claimsRef = useRef(claims)
  claimsRef.current = claims
  // Regrouped from where the text or the claims changed: a large article arrives part by part.
  const grouping = useRef<BlockGrouping | null>(null)
  const blocks = useMemo(() => {
    grouping.current = regroupBlocks(grouping.current, article.text, segmentText(article.text.length, claimsRef.current, article.nonClaims))
    return grouping.current.blocks
  }, [article.text, article.nonClaims, layoutKey])
  const localRef = useRef<HTMLDivElement | null>(null)
  const [scrollParent, setScrollParent] = useState<HTMLElement | null>(null)
  // Stable, so React attaches it once (a new function each render would detach and re-attach it).
  const setTextNode = useCallback(
    (node: HTMLDivElement | null) => {
      localRef.current = node
      if (node) setScrollParent(node.closest<HTMLElement>('.pane-centre'))
      if (typeof textRef === 'function') textRef(node)
      else if (textRef) textRef.current = node
    },
    [textRef],
  )
  const virtual = blocks.length > VIRTUALIZE_BLOCKS
  const orphaned = useMemo(() => claims.filter((c) => c.state === 'orphaned'), [claims])
  const articleLang = useMemo(() => articleLanguage(article.language, article.text), [article.language, article.text])
  // Where the text starts in the scrolling pane; read after a commit that can move it, never
  // while rendering (that forced a layout on every j/k).
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    const top = localRef.current?.offsetTop ?? 0
    if (top !== scrollMargin) setScrollMargin(top)
  }, [article.id, article.title, orphaned.length, virtual, scrollMargin])
  const virtualizer = useVirtualizer({
    count: virtual ? blocks.length : 0,
    getScrollElement: () => scrollParent,
    estimateSize: (i) => 28 + Math.ceil((blocks[i].end - blocks[i].start) / 70) * 29,
    overscan: 6,
    scrollMargin,
    getItemKey: (i) => blocks[i].start,
  })
  const selected = selectedClaimId ? byId.get(selectedClaimId) : undefined

  // Bring the selected claim's highlight into view (after rendering its block when virtual).
  useEffect(() => {
    if (!selected || selected.state === 'orphaned') return
    const index = blockAt(blocks, selected.anchor.position.start)
    if (virtual) virtualizer.scrollToIndex(index, { align: 'auto' })
    const reveal = () =>
      localRef.current?.querySelector<HTMLElement>(`mark[data-claim-id="${CSS.escape(selected.id)}"]`)?.scrollIntoView?.({ block: 'nearest' })
    if (virtual) requestAnimationFrame(reveal)
    else reveal()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected?.id, blocks, virtual])

  const canSplit =
    selection?.collapsed &&
    selected &&
    selection.start > selected.anchor.position.start &&
    selection.start < selected.anchor.position.end
  const renderBlock = (block: TextBlock) => (
    <Block
      key={block.start}
      block={block}
      text={article.text}
      byId={byId}
      visibleClaimIds={visibleClaimIds}
      selectedClaimId={selectedClaimId && block.claimIds.has(selectedClaimId) ? selectedClaimId : null}
      onSelectClaim={onSelectClaim}
      articleLang={articleLang}
    />
  )

  return (
    <article className="article-view" aria-label={t('text.article')}>
      <header className="article-header">
        <h1 lang={articleLang}>{article.title}</h1>
        <p className="article-byline">
          {[article.outlet, article.author && t('text.byline', { author: article.author }), formatDate(article.publishedAt), article.language?.toUpperCase()]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {article.url && <p className="article-url">{article.url}</p>}
      </header>
      <div className="text-toolbar" role="toolbar" aria-label={t('text.actions')}>
        <button type="button" title={selection && !selection.collapsed ? t('text.makeClaimSelected') : t('text.makeClaimNext')} onClick={props.onMakeClaim}>
          {t('text.makeClaim')} <kbd>c</kbd>
        </button>
        <button type="button" disabled={!selected} title={canSplit ? t('text.splitAtCursor') : t('text.splitAtClause')} onClick={props.onSplit}>
          {t('text.split')} <kbd>x</kbd>
        </button>
        <span className="hint" title={t('text.hint')}>{t('text.hint')}</span>
      </div>
      {orphaned.length > 0 && (
        <div className="banner banner-warning" role="status">
          <p>
            {t('text.orphaned', { count: orphaned.length })}
          </p>
        </div>
      )}
      <div
        className="article-text"
        lang={articleLang}
        ref={setTextNode}
        aria-label={t('text.label')}
        style={virtual ? { height: virtualizer.getTotalSize(), position: 'relative' } : undefined}
      >
        {virtual
          ? virtualizer.getVirtualItems().map((item) => (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="text-block virtual"
                style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
              >
                {renderBlock(blocks[item.index])}
              </div>
            ))
          : blocks.map(renderBlock)}
      </div>
    </article>
  )
})

interface BlockProps {
  block: TextBlock
  text: string
  byId: Map<string, Claim>
  visibleClaimIds: Set<string>
  /** The selected claim when it is in this block: moving the selection re-renders two blocks, not the article. */
  selectedClaimId: string | null
  onSelectClaim(id: string): void
  /** The language declared on the whole text; a paragraph in another script declares its own. */
  articleLang: string | undefined
}

/**
 * Re-render a block only when something it shows changed: its claims, their dimming, the selection.
 * The same block object means the same characters (regroupBlocks keeps a block only while the text
 * before its end is unchanged), so a text that grew by a part re-renders no block already shown.
 */
function sameBlock(a: BlockProps, b: BlockProps): boolean {
  if (a.block !== b.block || a.selectedClaimId !== b.selectedClaimId || a.onSelectClaim !== b.onSelectClaim || a.articleLang !== b.articleLang) return false
  for (const id of b.block.claimIds) {
    if (a.byId.get(id) !== b.byId.get(id) || a.visibleClaimIds.has(id) !== b.visibleClaimIds.has(id)) return false
  }
  return true
}

/** One paragraph's runs. Highlights are focusable: Tab reaches them, Enter or Space selects. */
const Block = memo(function Block({ block, text, byId, visibleClaimIds, selectedClaimId, onSelectClaim, articleLang }: BlockProps) {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the block stands for its characters (sameBlock)
  const lang = useMemo(() => paragraphLanguageTag(articleLang, text.slice(block.start, block.end)), [articleLang, block])
  return (
    <span className="text-block-runs" lang={lang}>
      {block.runs.map((run) => {
        const slice = text.slice(run.start, run.end)
        if (run.kind === 'text')
          return (
            <span key={run.start} data-start={run.start}>
              {slice}
            </span>
          )
        if (run.kind === 'non-claim')
          return (
            <span key={run.start} className="non-claim" data-kind={run.label}>
              <span className="non-claim-label" aria-hidden="true">
                {nonClaimLabel(run.label)}
              </span>
              <span data-start={run.start}>{slice}</span>
            </span>
          )
        const claim = byId.get(run.claimId)!
        const dimmed = !visibleClaimIds.has(run.claimId)
        const isSelected = run.claimId === selectedClaimId
        return (
          <mark
            key={run.start}
            data-start={run.start}
            tabIndex={0}
            aria-current={isSelected ? 'true' : undefined}
            title={highlightTitle(claim.corroboration)}
            className={`claim-highlight corroboration-${claim.corroboration}${claim.state === 'dismissed' ? ' dismissed' : ''}${dimmed ? ' dimmed' : ''}${isSelected ? ' selected' : ''}`}
            data-claim-id={run.claimId}
            onClick={() => {
              // A click that ends a text selection is for "Make claim", not for selecting.
              if (window.getSelection()?.isCollapsed !== false) onSelectClaim(run.claimId)
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' && e.key !== ' ') return
              e.preventDefault()
              e.stopPropagation()
              onSelectClaim(run.claimId)
            }}
          >
            {slice}
          </mark>
        )
      })}
    </span>
  )
}, sameBlock)
