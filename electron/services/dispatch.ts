// Validates and runs one API call against the services. Shared by Electron's ipcMain
// adapter and the e2e fixture, so both exercise exactly the same checks.
import type { Channel, ChannelResults, Envelope, ImportBatchResult } from '../core/api'
import { API_CONTRACT } from '../core/api-contract'
import { ClaimdeskError } from '../core/errors'
import type { Workspace } from './workspace'

/** What only the host (Electron, or a test) can do: show native dialogs. */
export interface Host {
  chooseArticleFiles(): Promise<string[]>
}

type Handlers = { [C in Channel]: (...args: never[]) => Promise<ChannelResults[C]> | ChannelResults[C] }

function handlers(workspace: Workspace, host: Host): Handlers {
  return {
    'workspace.info': () => workspace.info(),
    'workspace.setReviewerName': (name: string) => workspace.setReviewerName(name),
    'articles.list': () => workspace.listArticles(),
    'articles.get': (id: string) => workspace.getArticle(id),
    'articles.importText': (input: { text: string; sourceName: string | null }) =>
      workspace.importText({ text: input.text, sourceName: input.sourceName, format: 'text' }),
    'articles.importFromDialog': async () => {
      const paths = await host.chooseArticleFiles()
      const result: ImportBatchResult = { imported: [], failed: [], chosen: paths.length > 0 }
      for (const path of paths) {
        try {
          result.imported.push(await workspace.importFile(path))
        } catch (error) {
          result.failed.push({ sourceName: path, message: (error as Error).message })
        }
      }
      return result
    },
    'claims.setSourcing': (a: string, c: string, v: unknown) => workspace.updateClaim(a, c, 'sourcing.type', v),
    'claims.setCorroboration': (a: string, c: string, v: unknown) => workspace.updateClaim(a, c, 'corroboration', v),
    'claims.setNote': (a: string, c: string, v: unknown) => workspace.updateClaim(a, c, 'note', v),
    'claims.setReliability': (a: string, c: string, v: unknown) => workspace.updateClaim(a, c, 'reliability', v),
    'claims.setCredibility': (a: string, c: string, v: unknown) => workspace.updateClaim(a, c, 'credibility', v),
  }
}

export type Dispatch = (channel: unknown, args: unknown) => Promise<Envelope<unknown>>

export function createDispatcher(workspace: Workspace, host: Host, log: (line: string) => void = () => undefined): Dispatch {
  const table = handlers(workspace, host)
  return async (channel, args) => {
    if (typeof channel !== 'string' || !Object.prototype.hasOwnProperty.call(API_CONTRACT, channel)) {
      log(`refused call to unknown channel ${String(channel).slice(0, 80)}`)
      return { ok: false, error: { code: 'invalid-argument', message: 'Unknown API call.' } }
    }
    const schema = API_CONTRACT[channel as Channel]
    const parsed = schema.safeParse(args)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue.path.length ? ` (argument ${issue.path.join('.')})` : ''
      log(`refused ${channel}: ${issue.message}${where}`)
      return { ok: false, error: { code: 'invalid-argument', message: `Invalid call to ${channel}: ${issue.message}${where}` } }
    }
    try {
      const handler = table[channel as Channel] as (...a: unknown[]) => unknown
      return { ok: true, value: await handler(...(parsed.data as unknown[])) }
    } catch (error) {
      if (error instanceof ClaimdeskError) return { ok: false, error: { code: error.code, message: error.message } }
      log(`internal error in ${channel}: ${(error as Error)?.stack ?? String(error)}`)
      return { ok: false, error: { code: 'internal', message: `Something went wrong: ${(error as Error)?.message ?? error}` } }
    }
  }
}
