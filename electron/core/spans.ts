// Span arithmetic on article text: trimming a selection, moving a claim's edges a word
// at a time, finding a split point or the next sentence nobody has claimed yet.
// Plain functions with no dependencies, shared by the services and the renderer.

/** Trims whitespace off a selection; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end))
  let e = Math.min(text.length, Math.max(start, end))
  while (s < e && /\s/.test(text[s])) s++
  while (e > s && /\s/.test(text[e - 1])) e--
  return e > s ? { start: s, end: e } : null
}

/**
 * Moves one edge of a span by a word, for editing a claim's span from the keyboard.
 * `edge` is which end moves; `direction` +1 moves it right, -1 left. Returns null
 * when the move would leave an empty span or run off the text.
 */
export function nudgeSpan(
  text: string,
  span: { start: number; end: number },
  edge: 'start' | 'end',
  direction: 1 | -1,
): { start: number; end: number } | null {
  const isWord = (ch: string | undefined) => ch !== undefined && !/\s/.test(ch)
  let at = edge === 'start' ? span.start : span.end
  if (direction === 1) {
    while (at < text.length && !isWord(text[at])) at++
    while (at < text.length && isWord(text[at])) at++
  } else {
    while (at > 0 && !isWord(text[at - 1])) at--
    while (at > 0 && isWord(text[at - 1])) at--
  }
  if (edge === 'start') {
    // The start lands on the beginning of a word.
    while (at < text.length && /\s/.test(text[at])) at++
    const next = { start: at, end: span.end }
    return next.start < next.end && next.start !== span.start ? next : null
  }
  while (at > 0 && /\s/.test(text[at - 1])) at--
  const next = { start: span.start, end: at }
  return next.start < next.end && next.end !== span.end ? next : null
}

/**
 * Where to split a claim when the reviewer gives no cursor (keyboard): the clause
 * boundary (", ", "; ", a dash, " while ", " and ") nearest the middle, at the start
 * of the next word. Null when the claim has no such boundary.
 */
export function clauseSplitPoint(text: string, span: { start: number; end: number }): number | null {
  const quote = text.slice(span.start, span.end)
  const middle = quote.length / 2
  let best: number | null = null
  for (const match of quote.matchAll(/[,;:]\s+|\s+[—–-]\s+|\s+(?=(?:while|whereas|but|and)\s)/g)) {
    const at = match.index + match[0].length
    if (at <= 0 || at >= quote.length) continue
    if (best === null || Math.abs(at - middle) < Math.abs(best - middle)) best = at
  }
  return best === null ? null : span.start + best
}

/**
 * The first sentence after `after` that no claim or non-claim covers: what "c" makes a
 * claim of when nothing is selected, so claims can be added from the keyboard alone
 * (e.g. a question the extractor left out on purpose).
 */
export function nextUnclaimedSentence(
  text: string,
  occupied: readonly { start: number; end: number }[],
  after: number,
): { start: number; end: number } | null {
  const spans = occupied.filter((s) => s.end > after).sort((a, b) => a.start - b.start)
  let at = after
  const gaps: { start: number; end: number }[] = []
  for (const s of spans) {
    if (s.start > at) gaps.push({ start: at, end: s.start })
    at = Math.max(at, s.end)
  }
  if (at < text.length) gaps.push({ start: at, end: text.length })
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' })
  for (const gap of gaps) {
    const slice = text.slice(gap.start, Math.min(gap.end, gap.start + 4000))
    for (const { segment, index } of segmenter.segment(slice)) {
      if (!/\p{L}/u.test(segment)) continue
      const span = trimSpan(text, gap.start + index, gap.start + index + segment.length)
      if (span) return span
    }
  }
  return null
}

/**
 * The index of the span holding `offset` among spans in text order (the last one starting at or
 * before it; 0 when none does): the extractor's line of a sentence, the renderer's block of a claim.
 */
export function spanIndexAt(spans: readonly { start: number }[], offset: number): number {
  let lo = 0
  let hi = spans.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (spans[mid].start <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}
