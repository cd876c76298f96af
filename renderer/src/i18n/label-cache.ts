// Labels a view asks for thousands of times with a handful of different values: a claim row's
// tags, a highlight's title, a non-claim line's kind. An i18next lookup (resolve, plural rules,
// interpolation) is cheap once but not 2,000 times per selected article (~30-50 ms of a selection
// in the CPU profile), so each label is made once per language and key and then reused.
import { uiLanguage } from '.'

/** Past this many labels the cache starts over (hedge cues are the reviewer's words: unbounded). */
const LIMIT = 2000

const labels = new Map<string, string>()

/** The label for `key` in the UI's language: `make()` the first time, the same string after. */
export function cachedLabel(key: string, make: () => string): string {
  const at = `${uiLanguage()}\u0000${key}`
  let label = labels.get(at)
  if (label === undefined) {
    if (labels.size >= LIMIT) labels.clear()
    label = make()
    labels.set(at, label)
  }
  return label
}
