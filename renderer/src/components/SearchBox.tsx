import { forwardRef, useEffect, useId, useState } from 'react'
import type { SearchHit } from '../../../electron/core/api'

interface Props {
  onOpen(hit: SearchHit): void
}

/** Full-text search over every claim in the workspace (MiniSearch index in main). */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ onOpen }, ref) {
  const id = useId()
  const listId = useId()
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<SearchHit[]>([])
  const [active, setActive] = useState(0)
  useEffect(() => {
    if (!query.trim()) return setHits([])
    let stale = false
    const timer = setTimeout(() => {
      void window.api.search.claims(query, 30).then((found) => {
        if (!stale) {
          setHits(found)
          setActive(0)
        }
      })
    }, 120)
    return () => {
      stale = true
      clearTimeout(timer)
    }
  }, [query])
  const open = (hit: SearchHit | undefined) => {
    if (!hit) return
    onOpen(hit)
    setQuery('')
  }
  return (
    <div className="search">
      <label htmlFor={id} className="visually-hidden">
        Search claims
      </label>
      <input
        ref={ref}
        id={id}
        type="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits.length ? `${listId}-${active}` : undefined}
        placeholder="Search claims  /"
        value={query}
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
      {hits.length > 0 && (
        <ul className="search-results" id={listId} role="listbox" aria-label="Search results">
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
              <span className="hit-text">{hit.text}</span>
              <span className="hit-article">{hit.articleTitle}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
})
