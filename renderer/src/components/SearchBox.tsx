import { forwardRef, useEffect, useId, useState } from 'react'
import type { ClaimSearchResult } from '../../../electron/core/api'
import { splitByRanges } from '../../../electron/core/search-query'
import { CORROBORATION_LABELS } from '../i18n/vocabulary'
import { CORROBORATION_GLYPHS } from './StatusBadge'
import { t } from '../i18n'

interface Props {
  onOpen(hit: ClaimSearchResult): void
}

/** The claim's text with the matched words marked (as text, never as HTML). */
function Highlighted({ text, ranges }: { text: string; ranges: ClaimSearchResult['ranges'] }) {
  const parts = splitByRanges(text, ranges)
  return (
    <span className="hit-text">
      {parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  )
}

/**
 * Search over every claim in the workspace: words, "quoted phrases", status: and
 * sourcing: filters (services/claim-search.ts). Each hit shows its status, its article
 * and the matched words; a query that finds nothing says so.
 */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ onOpen }, ref) {
  const id = useId()
  const listId = useId()
  const hintId = useId()
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<ClaimSearchResult[]>([])
  const [searched, setSearched] = useState<string | null>(null)
  const [active, setActive] = useState(0)
  const [focused, setFocused] = useState(false)
  /** While the index is being built: how far it is (the hits shown come from that part). */
  const [building, setBuilding] = useState<{ indexed: number; total: number } | null>(null)
  useEffect(() => {
    if (!query.trim()) {
      setHits([])
      setSearched(null)
      setBuilding(null)
      return
    }
    let stale = false
    const timer = setTimeout(() => {
      // At once from what is indexed; while the build runs, the full answer follows when it ends.
      void window.api.search.claimsNow(query, 30).then((answer) => {
        if (stale) return
        setHits(answer.hits)
        setSearched(query)
        setActive(0)
        setBuilding(answer.complete ? null : { indexed: answer.indexedArticles, total: answer.totalArticles })
        if (answer.complete) return
        void window.api.search.claims(query, 30).then((found) => {
          if (stale) return
          setHits(found)
          setBuilding(null)
        })
      })
    }, 120)
    return () => {
      stale = true
      clearTimeout(timer)
    }
  }, [query])
  const open = (hit: ClaimSearchResult | undefined) => {
    if (!hit) return
    onOpen(hit)
    setQuery('')
  }
  const current = searched !== null && searched === query
  const showEmpty = focused && current && hits.length === 0 && !building
  const showBuilding = focused && current && building !== null
  return (
    <div className="search">
      <label htmlFor={id} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={ref}
        id={id}
        type="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-describedby={hintId}
        aria-activedescendant={hits.length ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1))
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0))
          else if (e.key === 'Enter') open(hits[active])
          else if (e.key === 'Escape') {
            setQuery('')
            ;(e.target as HTMLInputElement).blur()
          } else return
          e.preventDefault()
        }}
      />
      <span id={hintId} className="visually-hidden">
        {t('search.syntax')}
      </span>
      {(showBuilding || hits.length > 0) && (
        <div className="search-panel">
          {showBuilding && (
            <p className="search-building" role="status">
              {t('search.incomplete', { indexed: building.indexed, total: building.total })}
            </p>
          )}
          {hits.length > 0 && (
            <ul className="search-results" id={listId} role="listbox" aria-label={t('search.results')}>
              {hits.map((hit, i) => (
                <li
                  key={`${hit.articleId}/${hit.claimId}`}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'active' : undefined}
                  onMouseDown={(e) => {
                    e.preventDefault()
                    open(hit)
                  }}
                >
                  <span className={`hit-status corroboration-${hit.corroboration}`} title={CORROBORATION_LABELS[hit.corroboration]}>
                    <span aria-hidden="true">{CORROBORATION_GLYPHS[hit.corroboration]}</span>
                    <span className="visually-hidden">{CORROBORATION_LABELS[hit.corroboration]}: </span>
                  </span>
                  <span className="hit-body">
                    <Highlighted text={hit.text} ranges={hit.ranges} />
                    <span className="hit-article">
                      {CORROBORATION_LABELS[hit.corroboration]} · {hit.articleTitle}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {showEmpty && (
        <div className="search-results search-empty" role="status">
          <p>{t('search.noMatch', { query: query.trim() })}</p>
          <p className="hint">{t('search.syntax')}</p>
        </div>
      )}
    </div>
  )
})
