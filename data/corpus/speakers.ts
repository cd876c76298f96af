// Reads the speaker set of data/corpus/speakers/<lang>/ (session 25): published sentences with a speech or report cue,
// each in the stored page text around it, with the sourcing its text gives by the README's rules, labelled by reading
// before the extractor ran on them. Only the labelled sentences are scored (sourcing only; the hedge column is always `-`).
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseLabels, type PublishedArticle } from '../../electron/core/extract/published-corpus'
import { readLabelledPages } from './load'

export const SPEAKER_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), 'speakers')

/** `dev`: the first collection (its misses were read and worked from); `check`: the second (session 25), labelled and
 * committed after the first rules had landed and before the extractor ran on it, scored once with its misses unread. */
export type SpeakerPart = 'dev' | 'check'

export function loadSpeakerSet(dir = SPEAKER_DIR): (PublishedArticle & { part: SpeakerPart })[] {
  return readLabelledPages(dir, '.speakers', (id, language, text, labels) => ({
    ...parseLabels(id, language, text, labels),
    part: /^part:\s*check\s*$/m.test(labels.split(/^---$/m)[0]) ? 'check' : 'dev',
  }))
}
