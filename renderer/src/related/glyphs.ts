// The signs of link states, conflicts and updates: shown beside their words (aria-hidden), never translated.
import type { LinkStatus } from '../../../electron/core/related-views'

export const CONFLICT_GLYPH = '⚠'
export const UPDATE_GLYPH = '↻'
export const LINK_STATUS_GLYPHS = { suggested: '?', confirmed: '✓', rejected: '✕' } satisfies Record<LinkStatus, string>
