// How wide the header must be to show every command as a button, from its stable parts only.
// The decision to fold the commands into the ☰ menu compares this with the header's width.
//
// Counted: the brand, the search box at its smallest, the progress at its smallest (bar and whole text),
// the save state at the widest of its resting texts (or the part styles.css lets it shorten to), and the commands (undo, redo and the wide
// buttons, measured even while folded: styles.css keeps them laid out but hidden).
// Never counted: what comes and goes — import progress or a refusal in the save state, the search
// results, the menu's list. Counting those folded the header on a passing overflow, and it stayed
// folded (commit 50c233c, reverted in aa4fcb0). None of the counted widths depends on whether the
// header is folded, so the decision cannot flip back and forth.

/** The widths the decision adds up, in CSS pixels. */
export interface HeaderParts {
  /** Left + right padding of the header. */
  padding: number
  /** Gap between the header's parts, and how many parts there are. */
  gap: number
  parts: number
  brand: number
  search: number
  progress: number
  save: number
  /** Undo, redo, the wide buttons and the gaps between them. */
  commands: number
}

export function neededWidth(p: HeaderParts): number {
  return p.padding + p.gap * Math.max(0, p.parts - 1) + p.brand + p.search + p.progress + p.save + p.commands
}

/** Folded when the header is narrower than what its parts need (half a pixel for rounding). */
export function folds(p: HeaderParts, available: number): boolean {
  return neededWidth(p) > available + 0.5
}

const px = (value: string) => parseFloat(value) || 0
const width = (el: Element | null | undefined) => (el ? el.getBoundingClientRect().width : 0)

let canvas: CanvasRenderingContext2D | null | undefined
/** A text's width in an element's font, at regular weight (a refusal is bold; a resting state is not). */
function textWidth(el: Element, text: string): number {
  canvas ??= document.createElement('canvas').getContext('2d')
  if (!canvas) return 0
  const style = getComputedStyle(el)
  canvas.font = `${style.fontStyle} 400 ${style.fontSize} ${style.fontFamily}`
  return canvas.measureText(text).width
}

/** Reads the parts of a header rendered by components/Header.tsx. */
export function measureHeader(header: HTMLElement, restingSaveTexts: string[]): HeaderParts {
  const style = getComputedStyle(header)
  const q = (selector: string) => header.querySelector<HTMLElement>(selector)
  const parts = [...header.children].filter((el) => el.getClientRects().length > 0).length

  const search = q('.search')
  // The progress at its smallest (styles.css: min-content): the bar's least width, the gap, the whole text.
  const progress = q('.progress-block')
  const bar = q('.progress')
  const progressNeeds = Math.max(90, (bar ? px(getComputedStyle(bar).minWidth) : 0) + (progress ? px(getComputedStyle(progress).columnGap) : 0) + width(q('.progress-text')))

  const save = q('.save-indicator')
  // The glyph and a space precede the text; 2 px for the difference between canvas and layout.
  const saveWhole = save ? Math.max(0, ...restingSaveTexts.map((text) => textWidth(save, `✓ ${text}`))) + 2 : 0
  // styles.css says how much of it must show: all ("whole") or a width it may shorten to.
  const saveRoom = style.getPropertyValue('--save-room').trim()
  const saveNeeds = saveRoom && saveRoom !== 'whole' ? Math.min(saveWhole, px(saveRoom)) : saveWhole

  const actions = q('.header-actions')
  const actionsGap = actions ? px(getComputedStyle(actions).columnGap) : 0
  const undoRedo = actions ? [...actions.querySelectorAll(':scope > button')] : []
  const commands = undoRedo.reduce((sum, b) => sum + width(b), 0) + width(q('.header-wide')) + actionsGap * undoRedo.length

  return {
    padding: px(style.paddingLeft) + px(style.paddingRight),
    gap: px(style.columnGap),
    parts,
    brand: width(q('.brand')),
    search: search ? px(getComputedStyle(search).minWidth) : 0,
    progress: progressNeeds,
    save: saveNeeds,
    commands,
  }
}
