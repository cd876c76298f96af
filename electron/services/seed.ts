// First start: the default workspace opens with the sample article, its claims extracted.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { ArticleMetaSchema } from '../core/schema'
import type { ImportResult } from '../core/api'
import type { Workspace } from './workspace'

export const SAMPLE_ARTICLE = 'chongjin-explosion'

const SampleMetaSchema = ArticleMetaSchema.extend({ credit: z.string() })

export async function seedSampleArticle(workspace: Workspace, dataDir: string): Promise<ImportResult> {
  const [text, metaJson] = await Promise.all([
    readFile(join(dataDir, `${SAMPLE_ARTICLE}.txt`), 'utf8'),
    readFile(join(dataDir, `${SAMPLE_ARTICLE}.meta.json`), 'utf8'),
  ])
  const { credit: _credit, ...meta } = SampleMetaSchema.parse(JSON.parse(metaJson))
  return workspace.importText({ text, format: 'text', sourceName: `${SAMPLE_ARTICLE}.txt`, meta })
}

/** Opens a workspace and, when this open created it, seeds the sample article. */
export async function openWithSample(
  open: () => Promise<Workspace>,
  dataDir: string,
): Promise<Workspace> {
  const workspace = await open()
  if (workspace.created && workspace.listArticles().length === 0) await seedSampleArticle(workspace, dataDir)
  return workspace
}
