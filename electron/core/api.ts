// The one contract between renderer and main: channel names, the zod schema of each
// channel's arguments, and what each returns. The preload builds `window.api` from it,
// main validates every call against it, and the e2e fixture binds it to the same
// services. A channel missing from one side fails to compile.
// This module has no runtime dependencies (the sandboxed preload bundles it); the zod
// schemas live in api-contract.ts, which only main and the e2e fixture load.
import type { z } from 'zod'
import type { ErrorPayload } from './errors'
import type { ArticleFile, ArticleSummary, Claim, Settings } from './schema'
import type { AppSettings } from './settings'
import type { OmittedClaimReview } from './report/claimreview'
import type { AlsoReported, ConflictList, RelatedChange } from './related-views'
import type { Message } from './messages'

export interface RecoveryNotice {
  /** The file that could not be read. */
  file: string
  /** Where it was moved (the same path when it was left in place); the user's data is still there. */
  movedTo: string
  /** Why, in English (the CLI prints it); `why` is the same as a message code for the window. */
  reason: string
  why?: Message
}

/** Changes kept in memory that could not be written yet (file locked, disk full, read-only). */
export interface UnsavedState {
  /** How many articles have unsaved changes. */
  count: number
  /** One line for the header: "1 change not saved: the file is locked by another program" (English, the CLI prints it). */
  message: string
  /** The same line as a code (core/messages `unsaved.summary`), for a window in another language. */
  text?: Message
  /** Only the reasons ("the file is locked by another program"), as a code. */
  why?: Message
  articleIds: string[]
}

/**
 * The workspace lock was lost while open (its folder removed, or taken over by another
 * process). Payload of the 'workspace.lockLost' event.
 */
export interface LockLostState {
  /** True: the lock was free and is held again (nothing to do). False: another process holds it; nothing is written until it is taken back. */
  retaken: boolean
  /** Who holds it now, in words ("claimdesk merge (process 4242, since …)"), when known. */
  holder: string | null
  /** The same words as a code (core/messages `workspaceLock.*`), for a window in another language. */
  holderText?: Message
  /** One or two sentences for the reviewer. */
  message: string
  /** The same sentences as a code (core/messages), for a window in another language. */
  text?: Message
  unsaved: UnsavedState | null
}

/** An article file changed on disk while open (git, a sync tool, another machine): reloaded. */
export interface ExternalChange {
  articleId: string
  title: string
  /** Fields both sides changed: the reviewer's edit was kept, the other version is in the history. */
  conflicts: string[]
  /** One line to show the reviewer (English). */
  message: string
  /** The same line as a code (core/messages `external.*`), for a window in another language. */
  text?: Message
}

export interface WorkspaceInfo {
  dir: string
  /** True when this open created the workspace (first start). */
  created: boolean
  notices: RecoveryNotice[]
  settings: Settings
  unsaved: UnsavedState | null
  /** Merges that were interrupted: finish or undo them (merge.finish / merge.undo). */
  incompleteMerges?: { mergeId: string; source: string; at: string; applied: number; total: number }[]
}

/** An article moved aside by a removal (services/article-removal.ts): what restoring it takes. */
export interface RemovedArticle {
  /** The moved-aside file's name: what articles.restore takes. */
  removalId: string
  articleId: string
  title: string
  outlet: string | null
  claimCount: number
  /** When it was removed (ISO), read from the file name. */
  removedAt: string
}

/** Sent while a large article imports: which file, and what is being done. */
export interface ImportProgress {
  name: string
  stage: 'reading' | 'finding claims' | 'anchoring claims' | 'saving'
}

export interface EvidenceInput {
  citation: string
  url: string | null
  note: string
  stance: 'supports' | 'contradicts' | 'context'
  independent: boolean
  /** Ask for a local file (screenshot, PDF) to copy into the workspace with its SHA-256. */
  attachFile?: boolean
}

export interface ImportResult {
  article: ArticleSummary
  /** True when the same text was already in the workspace: nothing was added. */
  duplicate: boolean
}

/** An article as first shown: `claims` holds its first claims in text order, `claimCount` all of them. */
/** The article with the start of its text (`textLength` in all) and its first claims (`claimCount` in all). */
export interface ArticleOpening extends ArticleFile {
  claimCount: number
  textLength: number
}

/** Characters `from` .. `from + text.length` of an article's text, and how long the text is now. */
export interface TextPart {
  from: number
  text: string
  textLength: number
}

/** Claims `from` .. `from + claims.length` of an article in text order, and how many it has now. */
export interface ClaimPage {
  from: number
  claims: Claim[]
  claimCount: number
}

export interface ImportFailure {
  sourceName: string
  message: string
  detail?: Message
}

export interface ImportBatchResult {
  imported: ImportResult[]
  failed: ImportFailure[]
  /** False when the user closed the dialog without choosing a file. */
  chosen: boolean
}

/** Every call the renderer can make. api-contract.ts must give each one a schema. */
export const CHANNELS = [
  'workspace.info',
  'workspace.setReviewerName',
  'workspace.tags',
  'articles.list',
  'articles.get',
  'articles.open',
  'articles.claimPage',
  'articles.textPart',
  'articles.importText',
  'articles.importFromDialog',
  'claims.setSourcing',
  'claims.setCorroboration',
  'claims.setNote',
  'claims.setHeadline',
  'claims.setReliability',
  'claims.setCredibility',
  'claims.setTags',
  'claims.setAttribution',
  'claims.setHedge',
  'claims.setState',
  'claims.create',
  'claims.setSpan',
  'claims.split',
  'claims.mergeWithNext',
  'claims.delete',
  'evidence.add',
  'evidence.update',
  'evidence.remove',
  'history.state',
  'history.undo',
  'history.redo',
  'articles.updateMeta',
  'articles.updateText',
  'articles.importBytes',
  'search.claims',
  'search.claimsNow',
  'search.query',
  'links.openExternal',
  'reports.preview',
  'reports.previewPdf',
  'reports.export',
  'reports.cancel',
  'merge.fromDialog',
  'merge.list',
  'merge.undo',
  'settings.get',
  'settings.update',
  'workspace.create',
  'workspace.open',
  'workspace.openRecent',
  'workspace.forgetRecent',
  'workspace.reveal',
  'merge.finish',
  'articles.remove',
  'articles.restore',
  'articles.listRemoved',
  'workspace.retrySave',
  'workspace.retakeLock',
  'settings.chooseExportFolder',
  'related.alsoReported',
  'related.decide',
  'related.addAsEvidence',
  'related.conflicts',
] as const

export type Channel = (typeof CHANNELS)[number]
type Contract = typeof import('./api-contract').API_CONTRACT
export type ChannelArgs<C extends Channel> = z.input<Contract[C]>

export interface ChannelResults {
  'workspace.info': WorkspaceInfo
  'workspace.setReviewerName': Settings
  'workspace.tags': string[]
  'articles.list': ArticleSummary[]
  'articles.get': ArticleFile
  /** The article with the start of its text and its first claims (selecting it); the rest come by articles.textPart and articles.claimPage. */
  'articles.open': ArticleOpening
  'articles.claimPage': ClaimPage
  'articles.textPart': TextPart
  'articles.importText': ImportResult
  'articles.importFromDialog': ImportBatchResult
  'claims.setSourcing': Claim
  'claims.setCorroboration': Claim
  'claims.setNote': Claim
  /** The reviewer's short "headline claim" ('' clears it), published as the ClaimReview's Claim name. */
  'claims.setHeadline': Claim
  'claims.setReliability': Claim
  'claims.setCredibility': Claim
  'claims.setTags': Claim
  'claims.setAttribution': Claim
  'claims.setHedge': Claim
  'claims.setState': Claim
  'claims.create': Claim
  'claims.setSpan': Claim
  'claims.split': [Claim, Claim]
  'claims.mergeWithNext': Claim
  'claims.delete': null
  'evidence.add': Claim
  'evidence.update': Claim
  'evidence.remove': Claim
  'history.state': UndoState
  'history.undo': UndoResult | null
  'history.redo': UndoResult | null
  'articles.updateMeta': ArticleSummary
  'articles.updateText': ArticleFile
  'articles.importBytes': ImportResult
  'search.claims': ClaimSearchResult[]
  /** At once, from what is indexed so far (services/review-search searchClaimsNow). */
  'search.claimsNow': ReviewSearchAnswer
  'search.query': SearchResult
  'links.openExternal': boolean
  'reports.preview': string
  /** The PDF the export would write, base64, for the preview to draw its first page. */
  'reports.previewPdf': string
  /** omitted: ClaimReview export only, the reviews left out and why (no verdict yet, no publisher URL). notice: PDF only, set when it was printed without tags or bookmarks, saying why. */
  'reports.export': { path: string; omitted?: OmittedClaimReview[]; notice?: string } | null
  'reports.cancel': boolean
  'merge.fromDialog': MergeOutcome | null
  'merge.list': MergeSummary[]
  'merge.undo': { restored: number; removed: number; savedTo: string }
  'settings.get': AppSettings
  'settings.update': AppSettings
  /** New/Open show a folder dialog: null when cancelled. After a switch main reloads the window. */
  'workspace.create': WorkspaceInfo | null
  'workspace.open': WorkspaceInfo | null
  /** Fails with not-found when the folder moved or vanished; then offer forgetRecent. */
  'workspace.openRecent': WorkspaceInfo
  'workspace.forgetRecent': AppSettings
  /** Shows the workspace folder in the OS file manager. */
  'workspace.reveal': boolean
  /** Finishes an interrupted merge: articles written now, and those changed since (left alone). */
  'merge.finish': { finished: number; changedSince: number }
  /** The article's file is moved aside (never deleted); restore takes removalId. */
  'articles.remove': RemovedArticle
  /** Puts a removed article back as it was; refused when it is in the workspace again. */
  'articles.restore': ArticleSummary
  /** Removed articles that can be restored, newest first. */
  'articles.listRemoved': RemovedArticle[]
  /** Writes again the changes kept in memory (file locked, disk full); what is still not saved. */
  'workspace.retrySave': { saved: number; unsaved: UnsavedState | null }
  /** The lost-lock banner's Try again: hold the workspace again and write what waited (LockKeeper.retake). */
  'workspace.retakeLock': LockLostState
  /** Settings > default export folder: a folder dialog, checked (exists, writable); null when cancelled. */
  'settings.chooseExportFolder': AppSettings | null
  /** "Also reported in": the claims in other articles linked to this one (complete: false while linking reads the workspace). */
  'related.alsoReported': AlsoReported
  /** Confirms or rejects a link ('suggested' withdraws the decision); the decision is stored on the claim. */
  'related.decide': RelatedChange
  /** Adds a linked claim as evidence in one step (independence judged and explained) and confirms the link. */
  'related.addAsEvidence': RelatedChange
  /** Every conflict in the workspace, and the claims that have a conflicting report; waits until linking is complete. */
  'related.conflicts': ConflictList
}

export interface MergeOutcome {
  mergeId: string | null
  /** The merge report as Markdown, for the user to read (English). */
  report: string
  /** The same report, a line each as a code (core/messages `mergeReport.*`; '' is a blank line). */
  reportLines?: (string | Message)[]
  conflicts: number
}

export interface MergeSummary {
  mergeId: string
  at: string
  source: string
  articles: number
  undoneAt: string | null
}

export interface UndoState {
  /** Label of the action undo would revert, or null. */
  undo: string | null
  redo: string | null
  /** The same labels as message codes (absent for an entry recorded before codes). */
  undoMessage?: Message | null
  redoMessage?: Message | null
  /** Changes not yet written to disk, for the header; absent or null when all is saved. */
  unsaved?: UnsavedState | null
}

export interface UndoResult {
  articleId: string
  label: string
  message?: Message
  claimIds: string[]
}

export interface SearchHit {
  articleId: string
  claimId: string
  articleTitle: string
  text: string
  score: number
}

/** A search's hits, and whether the index held the whole workspace when it answered. */
export interface SearchResult {
  hits: SearchHit[]
  /** False while the index is still being built after opening: the hits cover indexedArticles of totalArticles. */
  complete: boolean
  indexedArticles: number
  totalArticles: number
}

/** A search box hit: the claim's status and why it matched (services/claim-search.ts). */
export interface ClaimSearchResult extends SearchHit {
  corroboration: Claim['corroboration']
  /** phrase: a quoted phrase occurs; exact: every word as typed; form: a plural, tense or typo of one; none: filters only. */
  match: 'phrase' | 'exact' | 'form' | 'none'
  /** Where the query matched in `text`, for highlighting. */
  ranges: { start: number; end: number }[]
}

/** The search box's answer at once: hits from what is indexed so far, and how far the index build is. */
export interface ReviewSearchAnswer {
  hits: ClaimSearchResult[]
  complete: boolean
  indexedArticles: number
  totalArticles: number
}

/** What crosses the IPC boundary: errors travel as data so their code and message survive. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload }

/** Events main sends to the renderer. */
export const EVENTS = [
  'menu.import',
  'menu.importPaste',
  'menu.undo',
  'menu.redo',
  'menu.shortcuts',
  'menu.export',
  'menu.merge',
  'import.progress',
  'export.progress',
  /** Payload: AppSettings, after any change (the View menu changes theme and text size too). */
  'settings.changed',
  'menu.settings',
  /** Help > Guide: the Help panel (Admiralty scale, sourcing and corroboration values). */
  'menu.help',
  'menu.about',
  /** Payload: ExternalChange, when an open article's file was changed by another program and reloaded. */
  'workspace.externalChange',
  /** Payload: UnsavedState | null, whenever the set of unsaved changes changes (null: everything is saved). */
  'workspace.unsaved',
  /** Payload: LockLostState, when the workspace lock was lost while open, and again when it is taken back. */
  'workspace.lockLost',
  /** Payload: RecoveryNotice[] (all of them), when the background pass over the files added one. */
  'workspace.notices',
  /** Related-claim linking has read the whole workspace: "Also reported in" and the conflicts are complete. */
  'related.ready',
] as const
export type EventName = (typeof EVENTS)[number]

type Namespace<C extends string> = C extends `${infer N}.${string}` ? N : never
type MethodsOf<N extends string> = {
  [C in Channel as C extends `${N}.${infer M}` ? M : never]: (...args: ChannelArgs<C>) => Promise<ChannelResults[C]>
}

export type Api = { [N in Namespace<Channel>]: MethodsOf<N> } & {
  events: {
    /** Subscribes to an event from main; returns the unsubscribe function. */
    on(event: EventName, listener: (payload?: unknown) => void): () => void
  }
}

// Electron's contextBridge copies a thrown Error's message and nothing else, so the refusal's
// message code rides in the message, after its English, behind this mark (readApiError reads it).
const DETAIL_MARK = '\n\u2063claimdesk-message:'

export class ApiError extends Error {
  constructor(
    readonly code: ErrorPayload['code'],
    message: string,
    /** The refusal as a message code, for the window to translate. */
    readonly detail?: Message,
  ) {
    super(detail ? `${message}${DETAIL_MARK}${JSON.stringify(detail)}` : message)
    this.name = 'ApiError'
  }
}

/** A refusal's English text and, when main sent one, its message code (also after the contextBridge). */
export function readApiError(error: unknown): { text: string; detail?: Message } {
  const raw = error instanceof Error ? error.message : typeof (error as Error)?.message === 'string' ? (error as Error).message : String(error)
  const at = raw.indexOf(DETAIL_MARK)
  if (at < 0) return { text: raw }
  try {
    const detail = JSON.parse(raw.slice(at + DETAIL_MARK.length)) as Message
    return typeof detail?.code === 'string' ? { text: raw.slice(0, at), detail } : { text: raw.slice(0, at) }
  } catch {
    return { text: raw.slice(0, at) }
  }
}

export type Invoke = (channel: Channel, args: unknown[]) => Promise<Envelope<unknown>>
export type Subscribe = (event: EventName, listener: (payload?: unknown) => void) => () => void

/** Builds the typed Api object from a transport. Used by the preload and by the e2e fixture's page script. */
export function buildApi(invoke: Invoke, subscribe: Subscribe): Api {
  const api: Record<string, Record<string, unknown>> = {}
  for (const channel of CHANNELS) {
    const [namespace, method] = channel.split('.') as [string, string]
    api[namespace] ??= {}
    api[namespace][method] = async (...args: unknown[]) => {
      const result = await invoke(channel, args)
      if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.detail)
      return result.value
    }
  }
  api.events = { on: (event: EventName, listener: (payload?: unknown) => void) => subscribe(event, listener) }
  return api as unknown as Api
}
