// The workspace service: everything the app and the CLI do to a workspace, as plain
// TypeScript over the store. Electron's ipcMain is a thin adapter over this class.
// Every change to claims goes through commit(): it records each changed field in the
// claim's history, writes the one article file, and records the action for undo.
import { noticeWith } from '../core/notices'
import { formatMessage, knownCode, message, type Message, type MessageCode } from '../core/messages'
import { existsSync, watch, type FSWatcher } from 'node:fs'
import { basename, join } from 'node:path'
import type { ExternalChange, ImportResult, LockLostState, RecoveryNotice, SearchHit, SearchResult, UndoState, UnsavedState, WorkspaceInfo } from '../core/api'
import { CLAIM_FIELDS, type ClaimField } from '../core/claim-fields'
import { reanchorClaims } from '../core/anchor'
import { diffClaim, sortClaims } from '../core/claim-ops'
import { findClaim, inTextOrder, keepsTextOrder, pickClaims, replaceClaims } from '../core/claim-lookup'
import { ClaimdeskError } from '../core/errors'
import { reviewerLabel } from '../core/settings-values'
import { extract } from '../core/extract'
import {
  SCHEMA_VERSION,
  type ArticleFile,
  type ArticleMeta,
  type ArticleSummary,
  type Claim,
  type Settings,
} from '../core/schema'
import type { FileSystem, RetryPolicy } from '../store/file-system'
import { ARTICLES_DIR, INDEX_FILE, SEARCH_INDEX_FILE, WorkspaceStore } from '../store/workspace-store'
import { ArticleReadError, readArticleFile } from './article-file'
import { buildClaimsOffThread, type ImportStage } from './build-claims'
import { ClaimSearch, type ReviewAnswer } from './claim-search'
import { furnitureLines } from './furniture-lines'
import { RelatedLinks } from './related'
import type { FoundArticle } from './search-engine'
import { articleId, contentHash } from './ids'
import { applyClaimChange, claimChanges, Journal, type JournalEntry } from './journal'
import { LockKeeper } from './lock-keeper'
import { APP_HOLDER } from '../store/workspace-lock'
import { findIncompleteMerges, incompleteMergeNotice, type IncompleteMerge } from './merge-recovery'

export type { ImportResult, WorkspaceInfo } from '../core/api'

export interface ImportInput {
  text: string
  format: ArticleFile['article']['sourceFormat']
  sourceName: string | null
  meta?: { [K in keyof ArticleMeta]?: ArticleMeta[K] | null }
}

export interface WorkspaceOptions {
  now?: () => Date
  /** The reviewer's name from the app's settings ('' when not given); without it, the workspace's own. */
  reviewer?: () => string
  /**
   * Who opens the workspace, named in the lock ("the Claimdesk app", "claimdesk merge"):
   * one writer at a time. `lock: false` only for read-only use (reports) and tests.
   */
  holder?: string
  lock?: boolean
  /** How long to wait for another holder to finish (the app waits; the CLI refuses at once). */
  waitForLockMs?: number
  /** Tests: a shorter lock staleness window (see LockKeeper). */
  lockStaleMs?: number
  /** The file-system boundary, for tests that inject errors. */
  fs?: FileSystem
  retry?: RetryPolicy
}

/** What an undo or redo did, so the UI can show the article and claims it touched. */
export interface UndoResult {
  articleId: string
  label: string
  claimIds: string[]
}

/**
 * The article's claims with `next` applied (the named claims as they are now; a name
 * missing from `next` is removed). In place when no claim moved or came or went (a
 * click), so a click in a 135,000-claim article sorts nothing; otherwise sorted again.
 */
function mergeClaims(claims: Claim[], before: ReadonlyMap<string, Claim>, next: ReadonlyMap<string, Claim>): Claim[] {
  const samePlaces =
    before.size === next.size &&
    [...next].every(([id, claim]) => {
      const old = before.get(id)
      return old !== undefined && old.anchor.position.start === claim.anchor.position.start && old.anchor.position.end === claim.anchor.position.end
    })
  if (samePlaces && inTextOrder(claims)) {
    const replaced = replaceClaims(claims, next.values())
    keepsTextOrder(claims, replaced)
    return replaced
  }
  const merged = claims.filter((c) => !before.has(c.id) || next.has(c.id)).map((c) => next.get(c.id) ?? c)
  for (const [id, claim] of next) if (!before.has(id)) merged.push(claim)
  return sortClaims(merged)
}

function titleFromText(text: string): string {
  const trimmed = (text.split('\n').find((l) => l.trim()) ?? '').trim()
  return trimmed.length > 120 ? `${trimmed.slice(0, 117).trimEnd()}…` : trimmed
}

export class Workspace {
  /** Built in a worker from startIndexing() (or the first search) on, then kept up to date by every change. */
  private claimSearch: ClaimSearch | null = null
  private readonly noticeListeners = new Set<(notices: RecoveryNotice[]) => void>()
  private noticesSent = 0
  /** Related-claim linking in its worker (issue 12): started with the search index, told of every change. */
  private relatedLinks: RelatedLinks | null = null
  private readonly changeListeners = new Set<(articleId: string, removed: boolean) => void>()
  private watcher: FSWatcher | null = null
  private lock: LockKeeper | null = null
  private readonly unsavedListeners = new Set<(state: UnsavedState | null) => void>()
  /** Merges found interrupted when the workspace was opened. */
  private incompleteMerges: IncompleteMerge[] = []
  /** Opened without the lock (a report while the app runs): nothing of the workspace's is written, the search index on disk included. */
  private readOnly = false

  private constructor(
    private readonly store: WorkspaceStore,
    private readonly journal: Journal,
    readonly created: boolean,
    private readonly now: () => Date,
    private readonly reviewerSetting?: () => string,
  ) {}

  static async open(dir: string, options: WorkspaceOptions = {}): Promise<Workspace> {
    const created = !existsSync(join(dir, INDEX_FILE))
    const now = options.now ?? (() => new Date())
    const readOnly = options.lock === false
    const lock = readOnly
      ? null
      : await LockKeeper.acquire(dir, { holder: options.holder ?? APP_HOLDER, waitMs: options.waitForLockMs ?? 0, ...(options.lockStaleMs ? { staleMs: options.lockStaleMs } : {}) })
    try {
      const store = await WorkspaceStore.open(dir, { now, readOnly, ...(options.fs ? { fs: options.fs } : {}), ...(options.retry ? { retry: options.retry } : {}) })
      lock?.guard(store)
      const journal = await Journal.open(dir, store.notices)
      const workspace = new Workspace(store, journal, created, now, options.reviewer)
      workspace.lock = lock
      workspace.readOnly = readOnly
      store.onUnsavedChange = (state) => {
        for (const listener of workspace.unsavedListeners) listener(state)
      }
      workspace.incompleteMerges = await findIncompleteMerges(dir, store)
      for (const merge of workspace.incompleteMerges) store.notices.push(incompleteMergeNotice(dir, merge))
      return workspace
    } catch (error) {
      await lock?.release()
      throw error
    }
  }

  get dir(): string {
    return this.store.dir
  }

  /** Whether this process may write the workspace (it holds the lock): the indexes on disk included. */
  get writable(): boolean {
    return !this.readOnly
  }

  get notices(): RecoveryNotice[] {
    return this.store.notices
  }

  info(): WorkspaceInfo {
    const reviewerName = this.reviewerSetting?.() || this.store.index.settings.reviewerName
    return { dir: this.dir, created: this.created, notices: this.notices, settings: { ...this.store.index.settings, reviewerName }, unsaved: this.store.unsavedState(), incompleteMerges: this.incompleteMerges }
  }

  /** From the workspace index alone: no article file is read. */
  listArticles(): ArticleSummary[] {
    return this.store.index.articles.map(({ lineKeys: _furniture, ...entry }) => ({ ...entry, claimCount: entry.claimCount ?? 0, reviewedCount: entry.reviewedCount ?? 0 }))
  }

  getArticle(id: string): ArticleFile {
    const file = this.store.article(id)
    if (!file) throw this.notReadable(id)
    return file
  }

  /** Why an article cannot be given: not in the workspace, or its file is being written by another program now. */
  private notReadable(id: string): ClaimdeskError {
    const busy = this.store.beingWritten(id)
    if (busy) return new ClaimdeskError('unreadable-file', message('error.sentence', { text: busy }))
    return new ClaimdeskError('not-found', message('error.noArticle', { id }))
  }

  /** An interrupted merge was finished or undone: no longer reported. */
  mergeSettled(mergeId: string): void {
    this.incompleteMerges = this.incompleteMerges.filter((m) => m.mergeId !== mergeId)
  }

  getArticleIfPresent(id: string): ArticleFile | undefined {
    return this.store.article(id)
  }

  /** Same as getArticle, reading the file (on first use) without blocking. */
  async loadArticle(id: string): Promise<ArticleFile> {
    const file = await this.store.loadArticle(id)
    if (!file) throw this.notReadable(id)
    return file
  }

  allArticles(): ArticleFile[] {
    return this.store.allArticles()
  }

  /** Whether the article's file has been read into memory (tests: what a search must not read). */
  isArticleLoaded(id: string): boolean {
    return this.store.isLoaded(id)
  }

  getClaim(articleId: string, claimId: string): Claim {
    const claim = findClaim(this.getArticle(articleId).claims, claimId)
    if (!claim) throw new ClaimdeskError('not-found', message('error.noClaim', { id: claimId }))
    return claim
  }

  async importFile(path: string, onProgress?: (stage: ImportStage) => void): Promise<ImportResult> {
    try {
      const source = await readArticleFile(path)
      return await this.importText(
        { text: source.text, format: source.format, sourceName: source.sourceName ?? basename(path), meta: source.meta },
        onProgress,
      )
    } catch (error) {
      if (error instanceof ArticleReadError) throw new ClaimdeskError('unreadable-file', error.detail)
      throw error
    }
  }

  async importText(input: ImportInput, onProgress?: (stage: ImportStage) => void): Promise<ImportResult> {
    const text = input.text.replace(/\r\n?/g, '\n')
    if (!text.trim()) throw new ClaimdeskError('invalid-argument', message('importError.emptyText'))
    const hash = contentHash(text)
    const existing = this.store.index.articles.find((a) => a.contentHash === hash)
    if (existing) return { article: this.summary(existing.id), duplicate: true }
    const id = articleId(hash)
    // The same article may be in a file this version left alone (newer, or unreadable): never write over it.
    const held = this.store.heldArticle({ id, contentHash: hash })
    if (held) throw new ClaimdeskError('conflict', message('error.heldImport', { file: basename(held.path), reason: held.why }))

    const at = this.now().toISOString()
    const meta = input.meta ?? {}
    // Lines two other articles of the workspace hold too (from the index's line keys) are page furniture, not claims.
    const repeatedLines = furnitureLines(text, this.store.allLineKeys())
    const { extraction, claims } = await buildClaimsOffThread(
      { text, hash, at, ...(meta.language ? { language: meta.language } : {}), ...(repeatedLines.length ? { repeatedLines } : {}) },
      (stage) => onProgress?.(stage),
    )
    const file: ArticleFile = {
      schemaVersion: SCHEMA_VERSION,
      article: {
        id,
        title:
          meta.title ||
          extraction.meta.title ||
          (input.sourceName ? input.sourceName.replace(/\.[^.]+$/, '') : '') ||
          titleFromText(text),
        outlet: meta.outlet ?? extraction.meta.outlet,
        author: meta.author ?? extraction.meta.author,
        url: meta.url ?? null,
        publishedAt: meta.publishedAt ?? extraction.meta.publishedAt,
        language: meta.language ?? extraction.meta.language,
        text,
        contentHash: hash,
        importedAt: at,
        sourceFormat: input.format,
        sourceName: input.sourceName,
        nonClaims: extraction.nonClaims,
      },
      claims,
    }
    onProgress?.('saving')
    await this.store.saveArticle(file)
    this.indexArticle(file)
    return { article: this.summary(id), duplicate: false }
  }

  /**
   * Adds a complete article file (from another reviewer's export or workspace), or
   * replaces one, as it is: claims, statuses and history included. Used by merge and
   * by restoring a merge backup; validated by the store before anything is written.
   */
  async putArticleFile(file: ArticleFile): Promise<void> {
    await this.store.saveArticle({ ...file, claims: sortClaims(file.claims) })
    this.indexArticle(this.getArticle(file.article.id))
  }

  /**
   * Drops the undo entries of these articles. After a merge or a restore, undoing an
   * older edit would put back whole claims as they were before and so silently drop
   * what the merge brought in; the merge has its own undo instead.
   */
  async forgetUndo(articleIds: readonly string[]): Promise<void> {
    for (const id of articleIds) await this.journal.forgetArticle(id)
  }

  /** A file in the folder this version left alone (newer schema, or unreadable), matched by id or content hash. */
  heldArticle(article: { id?: string; contentHash?: string }): { path: string; reason: string } | undefined {
    return this.store.heldArticle(article)
  }

  /** Removes an article from the workspace; its file is moved aside, not deleted. */
  async removeArticle(id: string): Promise<RecoveryNotice> {
    this.getArticle(id)
    const notice = await this.store.removeArticle(id, 'removed')
    await this.journal.forgetArticle(id)
    this.claimSearch?.post({ type: 'remove', articleId: id })
    this.articleChanged(id, true)
    return notice
  }

  /** Changes one field of one claim (validated against the field's schema). */
  async updateClaim(articleId: string, claimId: string, fieldName: ClaimField, rawValue: unknown): Promise<Claim> {
    const spec = CLAIM_FIELDS[fieldName] as unknown as {
      schema: { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } }
      get(c: Claim): unknown
      set(c: Claim, v: unknown): Claim
    }
    if (!spec) throw new ClaimdeskError('invalid-argument', message('error.notAField', { field: String(fieldName) }))
    const parsed = spec.schema.safeParse(rawValue)
    if (!parsed.success) {
      throw new ClaimdeskError('invalid-argument', message('error.invalidValue', { field: fieldName, detail: parsed.error?.issues[0]?.message ?? '' }))
    }
    const claim = this.getClaim(articleId, claimId)
    const confirmsSuggestion = fieldName === 'sourcing.type' && !claim.sourcing.confirmed
    if (JSON.stringify(spec.get(claim)) === JSON.stringify(parsed.data) && !confirmsSuggestion) return claim
    const updated = spec.set(claim, parsed.data)
    await this.commit(articleId, message('undo.setField', { field: message(`field.${fieldName.replace('.', '_')}` as MessageCode) }), [updated], [])
    return this.getClaim(articleId, claimId)
  }

  /**
   * Applies a change to an article's claims: `upserts` replace or add claims by id,
   * `removals` delete them. History entries are appended for every changed field, the
   * article file is written, and the action is recorded for undo.
   */
  async commit(
    articleId: string,
    label: Message,
    upserts: Claim[],
    removals: string[],
    options: { article?: ArticleFile['article']; undoable?: boolean } = {},
  ): Promise<ArticleFile> {
    const file = this.getArticle(articleId)
    const at = this.now().toISOString()
    const by = this.reviewerName()
    const touched = [...upserts.map((c) => c.id), ...removals]
    // Only the claims this action names are looked at: an article may hold 135,000.
    const named = new Set(touched)
    const before = new Map(pickClaims(file.claims, named).map((c) => [c.id, c]))
    const next = new Map(before)
    for (const id of removals) next.delete(id)
    for (const claim of upserts) {
      const old = before.get(claim.id)
      const changes = old ? diffClaim(old, claim) : [{ field: 'created', from: null, to: claim.anchor.quote.exact }]
      next.set(claim.id, {
        ...claim,
        updatedAt: at,
        history: [...claim.history, ...changes.map((c) => ({ ...c, at, by }))],
      })
    }
    const claims = mergeClaims(file.claims, before, next)
    // Only the claims this action names can have changed: compare those, not the whole article.
    const changes = claimChanges(before, next, touched)
    if (changes.length === 0 && !options.article) return file
    // A refused save (file locked, disk full) keeps the change in memory, marked unsaved:
    // it is still undoable and searchable, and the error tells the reviewer it is not on disk.
    const notSaved = await this.store.saveArticle({ ...file, article: options.article ?? file.article, claims }, { claimIds: touched, article: !!options.article }).then(
      () => null,
      (error: unknown) => {
        if (error instanceof ClaimdeskError && error.code === 'not-saved') return error
        throw error
      },
    )
    if (options.undoable ?? true) {
      await this.journal.record({ articleId, label: formatMessage(label), message: label, at, changes }).catch((error: unknown) => {
        if (!notSaved) throw error
      })
    }
    this.reindex(articleId, changes)
    if (notSaved) throw notSaved
    return this.getArticle(articleId)
  }

  /** Tries again to write the changes kept in memory (file locked, disk full); returns what is still not saved. */
  async retryUnsaved(): Promise<WorkspaceInfo['unsaved']> {
    await this.store.retryUnsaved()
    return this.store.unsavedState()
  }

  canUndo(): UndoState & { unsaved: WorkspaceInfo['unsaved'] } {
    const undo = this.journal.peekUndo()
    const redo = this.journal.peekRedo()
    return { undo: undo?.label ?? null, redo: redo?.label ?? null, undoMessage: entryMessage(undo), redoMessage: entryMessage(redo), unsaved: this.store.unsavedState() }
  }

  /**
   * Watches the article files for changes made by other programs (git pull, a sync tool)
   * and reloads a changed article, keeping a pending edit. The save path checks the file
   * before every write as well; the watcher only makes the reload happen sooner.
   */
  watchExternalChanges(listener: (change: ExternalChange) => void): () => void {
    this.store.onExternalChange = (change) => {
      const file = this.store.article(change.articleId)
      if (file) this.indexArticle(file)
      listener(change)
    }
    this.watcher?.close()
    try {
      this.watcher = watch(join(this.dir, ARTICLES_DIR), (_event, name) => {
        const match = name ? /^([A-Za-z0-9_-]+)\.json$/.exec(String(name)) : null
        if (match) void this.checkExternalChange(match[1])
      })
      this.watcher.on('error', () => undefined)
    } catch {
      this.watcher = null // no watcher (e.g. some network drives): the check before each write still protects
    }
    return () => {
      this.watcher?.close()
      this.watcher = null
    }
  }

  /** Reloads one article if its file changed on disk; true when it did. */
  checkExternalChange(articleId: string): Promise<boolean> {
    return this.store.reloadIfChanged(articleId).catch(() => false)
  }

  async undo(): Promise<UndoResult | null> {
    const entry = this.journal.peekUndo()
    if (!entry) return null
    await this.applyJournal(entry, 'before')
    await this.journal.committedUndo()
    return { articleId: entry.articleId, label: entry.label, ...(entryMessage(entry) ? { message: entryMessage(entry)! } : {}), claimIds: entry.changes.map((c) => c.id) }
  }

  async redo(): Promise<UndoResult | null> {
    const entry = this.journal.peekRedo()
    if (!entry) return null
    await this.applyJournal(entry, 'after')
    await this.journal.committedRedo()
    return { articleId: entry.articleId, label: entry.label, ...(entryMessage(entry) ? { message: entryMessage(entry)! } : {}), claimIds: entry.changes.map((c) => c.id) }
  }

  /** Puts one side of a journal entry back, keeping each claim's history and recording the undo in it. */
  private async applyJournal(entry: JournalEntry, side: 'before' | 'after'): Promise<void> {
    const file = this.store.article(entry.articleId)
    if (!file) {
      await this.journal.forgetArticle(entry.articleId)
      throw new ClaimdeskError('not-found', message('error.articleGone'))
    }
    const at = this.now().toISOString()
    const by = `${this.reviewerName()} (${side === 'before' ? 'undo' : 'redo'})`
    const current = new Map(file.claims.map((c) => [c.id, c]))
    for (const change of entry.changes) {
      const present = current.get(change.id)
      const target = applyClaimChange(change, present, side)
      if (target === undefined) continue
      if (target === null) {
        current.delete(change.id)
        continue
      }
      const diffs = present ? diffClaim(present, target) : [{ field: 'restored', from: null, to: target.anchor.quote.exact }]
      const history = [...(present?.history ?? target.history), ...diffs.map((d) => ({ ...d, at, by }))]
      current.set(change.id, { ...target, history, updatedAt: at })
    }
    await this.store.saveArticle({ ...file, claims: sortClaims([...current.values()]) }, { claimIds: entry.changes.map((c) => c.id) })
    this.reindex(entry.articleId, entry.changes)
  }

  /**
   * Starts building the search index in a worker over every article file; the same pass
   * checks each file against the workspace index. The app calls it once the workspace is open.
   */
  startIndexing(): void {
    this.related()
    if (this.claimSearch) return
    this.claimSearch = new ClaimSearch({
      onMismatch: (id, found) => void this.repairIndexEntry(id, found).then(() => this.noticesChanged()),
      // Read now, so a file that is not valid is moved aside and reported (as on first use).
      onUnreadable: (id) => void this.store.loadArticle(id).catch(() => undefined).then(() => this.noticesChanged()),
      onLineKeys: (id, contentHash, lineKeys) => this.fillLineKeys(id, contentHash, lineKeys),
    })
    this.claimSearch.build({
      type: 'build',
      articlesDir: join(this.dir, ARTICLES_DIR),
      articles: this.store.index.articles.map((a) => ({ id: a.id, expect: { ...a, lineKeys: this.store.lineKeysOf(a) } })),
      segmentPath: join(this.dir, SEARCH_INDEX_FILE),
      persist: !this.readOnly,
    })
  }

  /** The background pass found a file that differs from its index line (a crash between the two writes, git, a sync tool). */
  private async repairIndexEntry(id: string, found: FoundArticle): Promise<void> {
    const current = this.store.index.articles.find((a) => a.id === id)
    if (!current || this.store.isLoaded(id)) return // gone, or in memory: its next save writes the line
    const { bytes, sha256, ...described } = found
    const entry = { ...current, ...described, file: { bytes, sha256 } }
    const { file: _was, ...before } = current
    const { file: _now, ...after } = entry
    if (JSON.stringify(before) === JSON.stringify({ ...before, ...after })) {
      // Only the fingerprint moved (a rewrite of the same content), or the line had none yet.
      if (current.file?.bytes !== bytes || current.file.sha256 !== sha256) await this.store.repairIndexEntry(entry)
      return
    }
    await this.store.repairIndexEntry(entry)
    const path = join(this.dir, ARTICLES_DIR, `${id}.json`)
    this.store.notices.push(noticeWith(path, path, message('notice.indexOutOfDate', { title: found.title })))
  }

  /** An article whose line keys are not known (a workspace from before they were counted) gets them from the pass, so imports count it too. */
  private fillLineKeys(id: string, contentHash: string, lineKeys: string[]): void {
    if (!this.readOnly) this.store.fillLineKeys(id, contentHash, lineKeys)
  }

  /** Resolves once the search index holds every article (tests, and a CLI that must see everything). */
  async searchReady(): Promise<void> {
    this.startIndexing()
    await this.claimSearch!.whenReady()
  }

  /** Searches every claim. Never waits for the index build: see searchClaims for whether the answer was complete. */
  async search(query: string, limit = 50): Promise<SearchHit[]> {
    return (await this.searchClaims(query, limit)).hits
  }

  async searchClaims(query: string, limit = 50): Promise<SearchResult> {
    this.startIndexing()
    const answer = await this.claimSearch!.query(query, limit)
    const titles = new Map(this.store.index.articles.map((a) => [a.id, a.title]))
    const hits = answer.hits
      .filter((hit) => titles.has(hit.articleId))
      .map((hit) => ({ ...hit, articleTitle: titles.get(hit.articleId) ?? '' }))
    return { ...answer, hits }
  }

  /** The search box's query (words and filters), matched and ranked by the search worker: no article file is read here. */
  async reviewSearch(input: string, limit: number): Promise<ReviewAnswer> {
    this.startIndexing()
    return this.claimSearch!.review(input, limit)
  }

  /** Told after an article is imported, replaced, edited or removed; returns the unsubscribe. */
  onArticleChange(listener: (articleId: string, removed: boolean) => void): () => void {
    this.changeListeners.add(listener)
    return () => this.changeListeners.delete(listener)
  }

  /** Related claims across articles (one instance per open workspace; its worker follows every change). */
  related(): RelatedLinks {
    return (this.relatedLinks ??= new RelatedLinks(this))
  }

  private articleChanged(articleId: string, removed = false): void {
    for (const listener of this.changeListeners) listener(articleId, removed)
  }

  private indexArticle(file: ArticleFile): void {
    this.articleChanged(file.article.id)
    this.claimSearch?.post({ type: 'article', article: { id: file.article.id, title: file.article.title, text: file.article.text, claims: file.claims } })
  }

  private reindex(articleId: string, changes: JournalEntry['changes']): void {
    if (changes.length > 0) this.articleChanged(articleId)
    if (!this.claimSearch || changes.length === 0) return
    const file = this.getArticle(articleId)
    const byId = new Map(changes.map((c) => [c.id, c]))
    const upserts = pickClaims(file.claims, byId.keys())
    const kept = new Set(upserts.map((c) => c.id))
    this.claimSearch.post({ type: 'claims', articleId, upserts, removals: [...byId.keys()].filter((id) => !kept.has(id)) })
  }

  /**
   * Replaces an article's text (a correction, or a new version of the same story) and
   * re-attaches every claim: exact quote first, then its context, then its position.
   * A claim that cannot be re-attached is kept as orphaned, never dropped. The text
   * change itself is not undoable (undo covers review changes); the history records it.
   */
  async updateArticleText(id: string, rawText: string): Promise<ArticleFile> {
    const text = rawText.replace(/\r\n?/g, '\n')
    if (!text.trim()) throw new ClaimdeskError('invalid-argument', message('error.newTextEmpty'))
    const file = this.getArticle(id)
    if (text === file.article.text) return file
    const reanchored = reanchorClaims(file.article.text, text, file.claims).map((claim, i) => ({
      ...claim,
      history: file.claims[i].history, // commit() records what changed
    }))
    // The import's furniture rule, so a line the other articles share is furniture here too.
    const repeatedLines = furnitureLines(text, this.store.allLineKeys(), id)
    const extraction = extract(text, { ...(file.article.language ? { language: file.article.language } : {}), ...(repeatedLines.length ? { repeatedLines: new Set(repeatedLines) } : {}) })
    const article = { ...file.article, text, contentHash: contentHash(text), nonClaims: extraction.nonClaims }
    return this.commit(id, message('undo.editText'), reanchored, [], { article, undoable: false })
  }

  /** Edits an article's metadata (title, outlet, author, URL, date, language). */
  async updateArticleMeta(id: string, patch: { [K in keyof ArticleMeta]?: ArticleMeta[K] }): Promise<ArticleSummary> {
    const file = this.getArticle(id)
    const article = { ...file.article }
    for (const [key, value] of Object.entries(patch) as [keyof ArticleMeta, string | null][]) {
      const cleaned = typeof value === 'string' ? value.trim() : value
      if (key === 'title') article.title = cleaned || file.article.title
      else article[key] = cleaned || null
    }
    await this.store.saveArticle({ ...file, article }, { claimIds: [], article: true })
    if (article.title !== file.article.title) this.indexArticle(this.getArticle(id))
    else this.articleChanged(id) // outlet and date matter to related-claim linking
    return this.summary(id)
  }

  /** Every tag used anywhere in the workspace, for completion. */
  tags(): string[] {
    const tags = new Set<string>()
    for (const entry of this.store.index.articles) for (const tag of entry.tags ?? []) tags.add(tag)
    return [...tags].sort((a, b) => a.localeCompare(b))
  }

  settings(): Settings {
    return this.store.index.settings
  }

  async setReviewerName(name: string): Promise<Settings> {
    const settings = { ...this.store.index.settings, reviewerName: name.trim() }
    await this.store.saveSettings(settings)
    return settings
  }

  /**
   * Writes what is pending and tries unsaved changes once more, keeping the workspace open.
   * Returns what is still not saved (null: everything is on disk). Quitting asks this first.
   */
  async saveAll(): Promise<UnsavedState | null> {
    await this.journal.flush()
    return this.store.saveAll()
  }

  /** The articles with unsaved changes, by title: what a quit dialog names. */
  unsavedArticles(): { id: string; title: string }[] {
    return (this.store.unsavedState()?.articleIds ?? []).map((id) => ({ id, title: this.store.article(id)?.article.title ?? id }))
  }

  /** Follows the unsaved state ('workspace.unsaved' event); returns the unsubscribe function. */
  onUnsavedChange(listener: (state: UnsavedState | null) => void): () => void {
    this.unsavedListeners.add(listener)
    return () => void this.unsavedListeners.delete(listener)
  }

  /**
   * Hears the workspace's notices whenever the background pass adds one ('workspace.notices'):
   * a file found damaged there is moved aside while the window is already showing the list.
   */
  onNotices(listener: (notices: RecoveryNotice[]) => void): () => void {
    this.noticeListeners.add(listener)
    return () => void this.noticeListeners.delete(listener)
  }

  private noticesChanged(): void {
    if (this.store.notices.length === this.noticesSent) return
    this.noticesSent = this.store.notices.length
    for (const listener of this.noticeListeners) listener([...this.store.notices])
  }

  /** Hears when the workspace lock is lost while open, and when it is taken back ('workspace.lockLost'). */
  onLockLost(listener: (state: LockLostState) => void): () => void {
    return this.lock?.onLost(listener) ?? (() => undefined)
  }

  /** Null while this process holds the workspace; else who took it over (see LockKeeper). */
  lockState(): LockLostState | null {
    return this.lock?.state ?? null
  }

  /** The dialog's Try again after the lock was lost: hold it again and write what waited. */
  retakeLock(): Promise<LockLostState> {
    if (!this.lock) return Promise.resolve({ retaken: false, holder: null, message: formatMessage(message('lockState.readOnly')), text: message('lockState.readOnly'), unsaved: null })
    return this.lock.retake()
  }

  /** The lock was lost (tests; in use proper-lockfile tells the keeper itself). */
  lockLost(): Promise<LockLostState> {
    return this.lock ? this.lock.lost() : this.retakeLock()
  }

  /** Refuses a change that cannot wait in memory (merge, removal) while another process holds the workspace. */
  assertWritable(): void {
    this.store.assertWritable()
  }

  /** Writes what is pending (unsaved changes are tried once more), then releases the lock. */
  async close(): Promise<void> {
    this.watcher?.close()
    this.watcher = null
    try {
      await this.claimSearch?.close()
      await this.journal.flush()
      await this.store.flush()
      // After the flush: the related index on disk names each article file as it is now.
      await this.relatedLinks?.close({ persist: this.writable })
    } finally {
      await this.relatedLinks?.close()
      await this.lock?.release()
      this.lock = null
    }
  }

  /** Who the audit trail and reports name: one spelling everywhere (core/settings-values). */
  reviewerName(): string {
    return reviewerLabel(this.reviewerSetting?.() || this.store.index.settings.reviewerName)
  }

  private summary(id: string): ArticleSummary {
    const found = this.listArticles().find((a) => a.id === id)
    if (!found) throw new ClaimdeskError('not-found', message('error.noArticle', { id }))
    return found
  }
}

/** A journal entry's label as a message code; null for one recorded before codes (or by a newer version). */
function entryMessage(entry: JournalEntry | undefined): Message | null {
  return entry?.message && knownCode(entry.message.code) ? (entry.message as Message) : null
}
