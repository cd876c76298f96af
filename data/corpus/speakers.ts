// Reads the speaker set of data/corpus/speakers/<lang>/ (session 25): published sentences with a speech or report cue,
// each in the stored page text around it, with the sourcing its text gives by the README's rules, labelled by reading
// before the extractor ran on them. Only the labelled sentences are scored (sourcing only; the hedge column is always `-`).
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseLabels, type PublishedArticle } from '../../electron/core/extract/published-corpus'
import { readLabelledPages } from './load'

export const SPEAKER_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), 'speakers')

export function loadSpeakerSet(dir = SPEAKER_DIR): PublishedArticle[] {
  return readLabelledPages(dir, '.speakers', parseLabels)
}
