// The values a setting can take, without zod, so the renderer can list them in the
// Settings dialog and main can build its View menu from the same lists.

export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

/** Text sizes, smallest first, with the factor the UI scales its base font by. */
export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const
export type TextSize = (typeof TEXT_SIZES)[number]
export const TEXT_SIZE_SCALE: Record<TextSize, number> = { small: 0.875, medium: 1, large: 1.125, 'x-large': 1.25 }

/**
 * The defaults of what the reviewer chooses in Settings. Here, without zod, so the
 * renderer shows the same defaults before main's settings arrive (core/settings.ts
 * builds DEFAULT_SETTINGS from them).
 */
export const DEFAULT_USER_SETTINGS = {
  reviewerName: '',
  theme: 'system' as Theme,
  textSize: 'medium' as TextSize,
  exportFormat: 'md' as const,
  exportFolder: null as string | null,
  singleKeyShortcuts: true,
}

/** How many workspaces File > Open recent remembers. */
export const MAX_RECENT_WORKSPACES = 10

/**
 * The name written in the audit trail, previews, reports and by the CLI when the
 * reviewer has not given one: one spelling everywhere (it was "reviewer", "Reviewer"
 * and "unknown" in three places).
 */
export const UNNAMED_REVIEWER = 'Unnamed reviewer'

export function reviewerLabel(name: string | null | undefined): string {
  return name?.trim() || UNNAMED_REVIEWER
}

/**
 * The published URL of one claim's review, from the publisher's pattern: `{article}`
 * and `{claim}` are replaced by the ids. Without a `{claim}` placeholder the claim is
 * added as a fragment, so every ClaimReview still gets its own URL.
 */
export function factCheckUrl(pattern: string, articleId: string, claimId: string): string {
  const filled = pattern.replaceAll('{article}', encodeURIComponent(articleId)).replaceAll('{claim}', encodeURIComponent(claimId))
  return pattern.includes('{claim}') ? filled : `${filled.split('#')[0]}#claim-${articleId}-${claimId}`
}
