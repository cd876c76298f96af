// Validates and runs one API call against the services. Shared by Electron's ipcMain
// adapter and the e2e fixture, so both exercise exactly the same checks.
import type { Channel, ChannelResults, Envelope, EventName, ImportBatchResult, ImportProgress } from '../core/api'
import { API_CONTRACT } from '../core/api-contract'
import { ClaimdeskError, type ErrorPayload } from '../core/errors'
import { formatMessage, message, type Message, type MessageValue } from '../core/messages'
import { zodIssueText } from '../core/messages/zod-issue'
import { basename } from 'node:path'
import { ZodError } from 'zod'
import { isExternalLinkAllowed } from '../core/links'
import { ArticleReadError, parseArticleSource } from './article-file'
import { claimPage, openArticleInParts, textPart } from './article-parts'
import * as edits from './claim-edits'
import { searchClaimsForReview, searchClaimsNow } from './review-search'
import { formatMergeReport, listMerges, mergeIntoWorkspace, mergeReportLines, undoMerge } from './merge'
import { finishMerge } from './merge-recovery'
import { listRemovedArticles, removeArticle, restoreArticle } from './article-removal'
import { chooseExportFolder, exportDefaultPath } from './export-folder'
import { retryUnsavedChanges } from './unsaved-changes'
import { listConflicts } from './figure-conflicts'
import type { LinkStatus } from '../core/related-views'
import { previewPdf } from './pdf-preview'
import { renderWorkspaceReport, type ReportRequest } from './reports'
import { writeFileAtomic } from '../store/durable-file'
import { SettingsService } from './settings'
import type { Workspace } from './workspace'
import type { WorkspaceSession } from './workspace-session'

/** What only the host (Electron, or a test) can do: native dialogs and the OS browser. */
export interface Host {
  chooseArticleFiles(): Promise<string[]>
  /** A local file to attach as evidence, or null when the user cancelled. */
  chooseEvidenceFile(): Promise<string | null>
  openExternal(url: string): Promise<void>
  /** Where to save an export, or null when the user cancelled. `defaultPath`: a file name, or a full path in the export folder. */
  chooseSavePath(defaultPath: string, extension: string): Promise<string | null>
  /** A folder (the default export folder), starting at `current`; null when cancelled. Hosts without dialogs leave it out. */
  chooseFolder?(purpose: 'export', current: string | null): Promise<string | null>
  /** `pageRanges` ("1"): only those pages, for the export preview. */
  renderPdf(html: string, signal?: AbortSignal, footer?: string, pageRanges?: string): Promise<Uint8Array>
  /** Another reviewer's JSON export (a file) or workspace (a folder), or null when cancelled. */
  chooseMergeSource(kind: 'export' | 'folder'): Promise<string | null>
  /** Sends an event to the window (progress of long work). */
  notify(event: EventName, payload?: unknown): void
}

type Handlers = { [C in Channel]: (...args: never[]) => Promise<ChannelResults[C]> | ChannelResults[C] }

/**
 * What only the desktop app has: settings in the user-data folder and workspace switching.
 * Hosts without it (tests) keep settings in memory and cannot switch workspaces.
 */
export interface AppHost {
  settings: SettingsService
  session: WorkspaceSession
  /** A folder for New (empty or new) or Open (an existing workspace), or null when cancelled. */
  chooseWorkspaceFolder(purpose: 'create' | 'open'): Promise<string | null>
  revealFolder(path: string): void
}

function handlers(workspace: Workspace, host: Host, app: AppHost | null): Handlers {
  const settings = app?.settings ?? null
  const appSettings = settings ?? SettingsService.inMemory({ reviewerName: workspace.settings().reviewerName })
  const desktop = (): AppHost => {
    if (!app) throw new ClaimdeskError('invalid-argument', message('error.desktopOnlyWorkspace'))
    return app
  }
  let currentExport: AbortController | null = null
  const progress = (name: string) => (stage: ImportProgress['stage']) => host.notify('import.progress', { name, stage } satisfies ImportProgress)
  return {
    'workspace.info': () => workspace.info(),
    // The name lives in the app's settings (one per reviewer, not per workspace); a host
    // without app settings keeps it in the workspace, as before.
    'workspace.setReviewerName': async (name: string) =>
      settings ? { reviewerName: (await settings.update({ reviewerName: name })).reviewerName } : workspace.setReviewerName(name),
    'workspace.tags': () => workspace.tags(),
    'articles.list': () => workspace.listArticles(),
    'articles.get': (id: string) => workspace.getArticle(id),
    'articles.open': (id: string, first: number) => openArticleInParts(workspace, id, first),
    'articles.claimPage': (id: string, from: number, count: number) => claimPage(workspace, id, from, count),
    'articles.textPart': (id: string, from: number, count: number) => textPart(workspace, id, from, count),
    'articles.importText': (input: { text: string; sourceName: string | null }) =>
      workspace.importText({ text: input.text, sourceName: input.sourceName, format: 'text' }, progress(input.sourceName ?? 'pasted text')),
    'articles.importFromDialog': async () => {
      const paths = await host.chooseArticleFiles()
      const result: ImportBatchResult = { imported: [], failed: [], chosen: paths.length > 0 }
      for (const path of paths) {
        try {
          progress(basename(path))('reading')
          result.imported.push(await workspace.importFile(path, progress(basename(path))))
        } catch (error) {
          result.failed.push({ sourceName: path, message: (error as Error).message, ...(hasDetail(error) ? { detail: error.detail } : {}) })
        }
      }
      return result
    },
    'claims.setSourcing': (a: string, c: string, v: unknown) => workspace.updateClaim(a, c, 'sourcing.type', v),
    'claims.setCorroboration': (a: string, c: string, v: unknown) => workspace.updateClaim(a, c, 'corroboration', v),
    'claims.setNote': (a: string, c: string, v: unknown) => workspace.updateClaim(a, c, 'note', v),
    'claims.setHeadline': (a: string, c: string, v: unknown) => workspace.updateClaim(a, c, 'headline', v),
    'claims.setReliability': (a: string, c: string, v: unknown) => workspace.updateClaim(a, c, 'reliability', v),
    'claims.setCredibility': (a: string, c: string, v: unknown) => workspace.updateClaim(a, c, 'credibility', v),
    'claims.setTags': (a: string, c: string, v: unknown) => workspace.updateClaim(a, c, 'tags', v),
    'claims.setAttribution': (a: string, c: string, v: unknown) => workspace.updateClaim(a, c, 'sourcing.attribution', v),
    'claims.setHedge': (a: string, c: string, v: unknown) => workspace.updateClaim(a, c, 'hedge.cue', v),
    'claims.setState': (a: string, c: string, v: unknown) => workspace.updateClaim(a, c, 'state', v),
    'claims.create': (a: string, start: number, end: number) => edits.createClaim(workspace, a, start, end),
    'claims.setSpan': (a: string, c: string, start: number, end: number) => edits.setClaimSpan(workspace, a, c, start, end),
    'claims.split': (a: string, c: string, at: number) => edits.splitClaimAt(workspace, a, c, at),
    'claims.mergeWithNext': (a: string, c: string) => edits.mergeWithNext(workspace, a, c),
    'claims.delete': async (a: string, c: string) => {
      await edits.deleteClaim(workspace, a, c)
      return null
    },
    'evidence.add': async (a: string, c: string, input: edits.EvidenceInput & { attachFile?: boolean }) => {
      let filePath: string | null = null
      if (input.attachFile) {
        filePath = await host.chooseEvidenceFile()
        if (!filePath) throw new ClaimdeskError('invalid-argument', message('error.evidenceNotChosen'))
      }
      return edits.addEvidence(workspace, a, c, { ...input, filePath })
    },
    'evidence.update': (a: string, c: string, e: string, patch: Partial<edits.EvidenceInput>) =>
      edits.updateEvidence(workspace, a, c, e, patch),
    'evidence.remove': (a: string, c: string, e: string) => edits.removeEvidence(workspace, a, c, e),
    'history.state': () => workspace.canUndo(),
    'history.undo': () => workspace.undo(),
    'history.redo': () => workspace.redo(),
    'articles.updateMeta': (id: string, patch: Record<string, unknown>) => workspace.updateArticleMeta(id, patch),
    'articles.updateText': (id: string, text: string) => workspace.updateArticleText(id, text),
    'articles.importBytes': async (input: { name: string; bytes: Uint8Array }) => {
      try {
        progress(input.name)('reading')
        const source = parseArticleSource(input.bytes, input.name)
        return await workspace.importText(
          { text: source.text, format: source.format, sourceName: input.name, meta: source.meta },
          progress(input.name),
        )
      } catch (error) {
        if (error instanceof ArticleReadError) throw new ClaimdeskError('unreadable-file', error.detail ?? error.message)
        throw error
      }
    },
    'search.claims': (query: string, limit?: number) => searchClaimsForReview(workspace, query, limit),
    'search.claimsNow': (query: string, limit?: number) => searchClaimsNow(workspace, query, limit),
    'search.query': (query: string, limit?: number) => workspace.searchClaims(query, limit),
    'reports.preview': async (request: ReportRequest) => {
      // The preview shows the chosen format; a PDF is previewed as the HTML it is printed from.
      const report = await renderWorkspaceReport(workspace, { ...request, format: request.format === 'pdf' ? 'html' : request.format }, host.renderPdf, {
        publisher: appSettings.get().publisher, // ClaimReview previews what would be published
      })
      return report.contents as string
    },
    'reports.previewPdf': (request: ReportRequest) => previewPdf(workspace, request, host.renderPdf, appSettings.get().publisher),
    'reports.export': async (request: ReportRequest) => {
      // One export at a time; reports.cancel aborts it. Nothing is written after a cancel.
      currentExport?.abort()
      const controller = new AbortController()
      currentExport = controller
      const onStage = (stage: string) => host.notify('export.progress', { stage })
      try {
        // The host's settings: the app's file, or in memory where there is none (tests).
        const publisher = appSettings.get().publisher
        const report = await renderWorkspaceReport(workspace, request, host.renderPdf, { signal: controller.signal, onStage, publisher })
        const defaultPath = await exportDefaultPath(appSettings.get().exportFolder, report.suggestedName)
        const path = await host.chooseSavePath(defaultPath, report.extension)
        if (!path || controller.signal.aborted) return null
        onStage('saving')
        await writeFileAtomic(path, report.contents)
        // omitted: ClaimReviews left out; notice: a PDF printed without tags or bookmarks, and why.
        return { path, ...(report.omitted ? { omitted: report.omitted } : {}), ...(report.notice ? { notice: report.notice } : {}) }
      } finally {
        if (currentExport === controller) currentExport = null
      }
    },
    'reports.cancel': async () => {
      const running = currentExport !== null
      currentExport?.abort()
      return running
    },
    'merge.fromDialog': async (kind: 'export' | 'folder') => {
      const source = await host.chooseMergeSource(kind)
      if (!source) return null
      const result = await mergeIntoWorkspace(workspace, source)
      return { mergeId: result.mergeId, report: formatMergeReport(result), reportLines: mergeReportLines(result) as (string | Message)[], conflicts: result.totals.conflicts }
    },
    'merge.list': async () =>
      (await listMerges(workspace)).map((m) => ({
        mergeId: m.mergeId,
        at: m.at,
        source: m.source,
        articles: m.replaced.length + m.added.length,
        undoneAt: m.undoneAt,
      })),
    'merge.undo': async (mergeId: string) => {
      const undone = await undoMerge(workspace, mergeId)
      return { restored: undone.restored.length, removed: undone.removed.length, savedTo: undone.savedTo }
    },
    'workspace.create': async () => {
      const dir = await desktop().chooseWorkspaceFolder('create')
      return dir ? desktop().session.create(dir) : null
    },
    'workspace.open': async () => {
      const dir = await desktop().chooseWorkspaceFolder('open')
      return dir ? desktop().session.open(dir) : null
    },
    'workspace.openRecent': (dir: string) => desktop().session.openRecent(dir),
    'workspace.forgetRecent': (dir: string) => desktop().session.forgetRecent(dir),
    'workspace.reveal': () => {
      desktop().revealFolder(workspace.dir)
      return true
    },
    'settings.get': () => appSettings.get(),
    'settings.update': (patch: unknown) => appSettings.update(patch),
    'merge.finish': async (mergeId: string) => {
      const done = await finishMerge(workspace, mergeId)
      return { finished: done.finished.length, changedSince: done.changedSince.length }
    },
    'articles.remove': (id: string) => removeArticle(workspace, id),
    'articles.restore': (removalId: string) => restoreArticle(workspace, removalId),
    'articles.listRemoved': () => listRemovedArticles(workspace),
    'workspace.retrySave': () => retryUnsavedChanges(workspace),
    'workspace.retakeLock': () => workspace.retakeLock(),
    'settings.chooseExportFolder': () => {
      const choose = host.chooseFolder
      if (!choose) throw new ClaimdeskError('invalid-argument', message('error.desktopOnlyFolder'))
      return chooseExportFolder(appSettings, (current) => choose.call(host, 'export', current))
    },
    'related.alsoReported': (a: string, c: string) => workspace.related().alsoReported(a, c),
    'related.decide': (a: string, c: string, otherArticle: string, otherClaim: string, status: LinkStatus) =>
      workspace.related().decide(a, c, { articleId: otherArticle, claimId: otherClaim }, status),
    'related.addAsEvidence': (a: string, c: string, otherArticle: string, otherClaim: string) =>
      workspace.related().addAsEvidence(a, c, { articleId: otherArticle, claimId: otherClaim }),
    'related.conflicts': () => listConflicts(workspace),
    'links.openExternal': async (url: string) => {
      if (!isExternalLinkAllowed(url)) throw new ClaimdeskError('invalid-argument', message('error.linkOnlyWeb'))
      await host.openExternal(url)
      return true
    },
  }
}

export type Dispatch = (channel: unknown, args: unknown) => Promise<Envelope<unknown>>

/** First line only: a refusal is one human sentence, never a stack or a multi-line ZodError. */
function oneLine(text: string): string {
  return text.split('\n')[0].trim()
}

export function createDispatcher(
  workspace: Workspace,
  host: Host,
  log: (line: string) => void = () => undefined,
  app: AppHost | null = null,
): Dispatch {
  const table = handlers(workspace, host, app)
  workspace.startIndexing() // the app opened it: build the search index now, in the background
  // Files changed by other programs while the window is open are reloaded; the window is told.
  workspace.watchExternalChanges((change) => host.notify('workspace.externalChange', change))
  // The window's unsaved line and lost-lock banner follow these (core/api EVENTS).
  workspace.onUnsavedChange((state) => host.notify('workspace.unsaved', state))
  workspace.onLockLost((state) => host.notify('workspace.lockLost', state))
  workspace.onNotices((notices) => host.notify('workspace.notices', notices))
  // "Also reported in" answers from what is linked so far; the window asks again once all is.
  void workspace
    .related()
    .whenReady()
    .then(() => host.notify('related.ready'))
    .catch(() => undefined) // the window may be gone by then
  return async (channel, args) => {
    if (typeof channel !== 'string' || !Object.prototype.hasOwnProperty.call(API_CONTRACT, channel)) {
      log(`refused call to unknown channel ${String(channel).slice(0, 80)}`)
      return { ok: false, error: refusal('invalid-argument', message('error.unknownCall')) }
    }
    const schema = API_CONTRACT[channel as Channel]
    const parsed = schema.safeParse(args)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const path = issue.path.join('.')
      log(`refused ${channel}: ${issue.message}${path ? ` (argument ${path})` : ''}`)
      const said = zodIssueText(issue.message) // zod's words as a code, its type names and bounds as values
      const detail = path ? message('error.invalidCallAt', { channel, detail: said, path }) : message('error.invalidCall', { channel, detail: said })
      return { ok: false, error: refusal('invalid-argument', detail) }
    }
    try {
      const handler = table[channel as Channel] as (...a: unknown[]) => unknown
      return { ok: true, value: await handler(...(parsed.data as unknown[])) }
    } catch (error) {
      if (error instanceof ClaimdeskError) {
        return { ok: false, error: { code: error.code, message: oneLine(error.message), ...(error.detail ? { detail: error.detail } : {}) } }
      }
      log(`internal error in ${channel}: ${(error as Error)?.stack ?? String(error)}`)
      if (error instanceof ZodError) {
        const issue = error.issues[0]
        const detail: MessageValue = issue?.message ? zodIssueText(issue.message) : message('error.invalidValueDetail')
        const path = issue?.path.join('.')
        return { ok: false, error: refusal('invalid-argument', path ? message('error.refusedAt', { detail, path }) : message('error.refused', { detail })) }
      }
      return { ok: false, error: refusal('internal', message('error.internal', { detail: oneLine(String((error as Error)?.message ?? error)) })) }
    }
  }
}

/** A refusal for the window: the English text and its message code. */
function refusal(code: ErrorPayload['code'], detail: Message): ErrorPayload {
  return { code, message: oneLine(formatMessage(detail)), detail }
}

function hasDetail(error: unknown): error is { detail: Message } {
  return typeof error === 'object' && error !== null && typeof (error as { detail?: Message }).detail?.code === 'string'
}
