// Where things live in a workspace folder, and how many articles stay in memory.
import { join } from 'node:path'

export const INDEX_FILE = 'claimdesk.json'
export const ARTICLES_DIR = 'articles'
/** The claim search index, kept by the search worker (services/search-index-file.ts); a cache, rebuilt when missing or stale. */
export const SEARCH_INDEX_FILE = join('.claimdesk', 'search-index.bin')
/** The related-claims index, kept by the related worker (services/related-index-file.ts); a cache, rebuilt when missing or stale. */
export const RELATED_INDEX_FILE = join('.claimdesk', 'related-index.bin')
/** Articles kept in memory beyond those being written: the most recently used ones. */
export const LOADED_ARTICLES = 24
