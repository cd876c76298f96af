// The workspace service: everything the app and the CLI do to a workspace, as plain
// TypeScript over the store. Electron's ipcMain is a thin adapter over this class.
import { basename } from 'node:path'
import { CLAIM_FIELDS, type ClaimField, type ClaimFieldValue } from '../core/claim-fields'
import { claimFromExtraction } from '../core/claims'
import { ClaimdeskError } from '../core/errors'
import { extract } from '../core/extract'
import {
  reviewProgress,
  SCHEMA_VERSION,
  type ArticleFile,
  type ArticleMeta,
  type ArticleSummary,
  type Claim,
  type Settings,
} from '../core/schema'
import type { ImportResult, RecoveryNotice, WorkspaceInfo } from '../core/api'
import { WorkspaceStore, INDEX_FILE } from '../store/workspace-store'
import { readArticleFile, ArticleReadError } from './article-file'
import { articleId, contentHash, extractedClaimId } from './ids'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export type { ImportResult, WorkspaceInfo } from '../core/api'

export interface ImportInput {
  text: string
  format: ArticleFile['article']['sourceFormat']
  sourceName: string | null
  meta?: { [K in keyof ArticleMeta]?: ArticleMeta[K] | null }
}

export interface WorkspaceOptions {
  now?: () => Date
}

function titleFromText(text: string): string {
  const firstLine = text.split('\n').find((l) => l.trim()) ?? ''
  const trimmed = firstLine.trim()
  return trimmed.length > 120 ? `${trimmed.slice(0, 117).trimEnd()}…` : trimmed
}

export class Workspace {
  private constructor(
    private readonly store: WorkspaceStore,
    readonly created: boolean,
    private readonly now: () => Date,
  ) {}

  static async open(dir: string, options: WorkspaceOptions = {}): Promise<Workspace> {
    const created = !existsSync(join(dir, INDEX_FILE))
    const now = options.now ?? (() => new Date())
    const store = await WorkspaceStore.open(dir, { now })
    return new Workspace(store, created, now)
  }

  get dir(): string {
    return this.store.dir
  }

  get notices(): RecoveryNotice[] {
    return this.store.notices
  }

  info(): WorkspaceInfo {
    return { dir: this.dir, created: this.created, notices: this.notices, settings: this.store.index.settings }
  }

  listArticles(): ArticleSummary[] {
    return this.store.index.articles.map((entry) => {
      const file = this.store.article(entry.id)!
      const progress = reviewProgress(file.claims)
      return { ...entry, claimCount: progress.total, reviewedCount: progress.reviewed }
    })
  }

  getArticle(id: string): ArticleFile {
    const file = this.store.article(id)
    if (!file) throw new ClaimdeskError('not-found', `No article with id ${id} in this workspace.`)
    return file
  }

  /** Same as getArticle; async so callers do not depend on articles being held in memory. */
  async loadArticle(id: string): Promise<ArticleFile> {
    return this.getArticle(id)
  }

  allArticles(): ArticleFile[] {
    return this.store.allArticles()
  }

  async importFile(path: string): Promise<ImportResult> {
    try {
      const source = await readArticleFile(path)
      return await this.importText({
        text: source.text,
        format: source.format,
        sourceName: source.sourceName ?? basename(path),
        meta: source.meta,
      })
    } catch (error) {
      if (error instanceof ArticleReadError) throw new ClaimdeskError('unreadable-file', error.message)
      throw error
    }
  }

  async importText(input: ImportInput): Promise<ImportResult> {
    const text = input.text.replace(/\r\n?/g, '\n')
    if (!text.trim()) throw new ClaimdeskError('invalid-argument', 'The article is empty: there is no text to import.')
    const hash = contentHash(text)
    const existing = this.store.index.articles.find((a) => a.contentHash === hash)
    if (existing) return { article: this.summary(existing.id), duplicate: true }

    const id = articleId(hash)
    const at = this.now().toISOString()
    const extraction = extract(text, { language: input.meta?.language ?? undefined })
    const meta = input.meta ?? {}
    const file: ArticleFile = {
      schemaVersion: SCHEMA_VERSION,
      article: {
        id,
        title: meta.title || extraction.meta.title || (input.sourceName ? input.sourceName.replace(/\.[^.]+$/, '') : '') || titleFromText(text),
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
      claims: extraction.claims.map((c) => claimFromExtraction(text, c, extractedClaimId(hash, c.start, c.end), at)),
    }
    await this.store.saveArticle(file)
    return { article: this.summary(id), duplicate: false }
  }

  /** Changes one field of one claim, records it in the claim's history, and saves the article file. */
  async updateClaim<F extends ClaimField>(
    articleId: string,
    claimId: string,
    fieldName: F,
    rawValue: unknown,
  ): Promise<Claim> {
    const spec = CLAIM_FIELDS[fieldName] as unknown as {
      schema: { safeParse(v: unknown): { success: true; data: ClaimFieldValue<F> } | { success: false; error: { issues: { message: string }[] } } }
      get(c: Claim): unknown
      set(c: Claim, v: unknown): Claim
    }
    if (!spec) throw new ClaimdeskError('invalid-argument', `"${String(fieldName)}" is not a claim field.`)
    const parsed = spec.schema.safeParse(rawValue)
    if (!parsed.success) {
      throw new ClaimdeskError('invalid-argument', `Invalid value for ${fieldName}: ${parsed.error.issues[0]?.message}`)
    }
    const file = this.getArticle(articleId)
    const index = file.claims.findIndex((c) => c.id === claimId)
    if (index < 0) throw new ClaimdeskError('not-found', `No claim with id ${claimId} in this article.`)
    const claim = file.claims[index]
    const from = spec.get(claim)
    const to = parsed.data
    if (JSON.stringify(from) === JSON.stringify(to) && !(fieldName === 'sourcing.type' && !claim.sourcing.confirmed)) {
      return claim
    }
    const at = this.now().toISOString()
    const updated: Claim = {
      ...spec.set(claim, to),
      updatedAt: at,
      history: [...claim.history, { field: fieldName, from, to, at, by: this.reviewer() }],
    }
    const claims = file.claims.slice()
    claims[index] = updated
    await this.store.saveArticle({ ...file, claims })
    return updated
  }

  settings(): Settings {
    return this.store.index.settings
  }

  async setReviewerName(name: string): Promise<Settings> {
    const settings = { ...this.store.index.settings, reviewerName: name.trim() }
    await this.store.saveSettings(settings)
    return settings
  }

  async close(): Promise<void> {
    await this.store.flush()
  }

  private reviewer(): string {
    return this.store.index.settings.reviewerName || 'reviewer'
  }

  private summary(id: string): ArticleSummary {
    const found = this.listArticles().find((a) => a.id === id)
    if (!found) throw new ClaimdeskError('not-found', `No article with id ${id} in this workspace.`)
    return found
  }
}
