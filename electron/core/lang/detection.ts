// What tells the Latin-script languages apart, as data beside the packs. It is kept out of the packs themselves
// because the renderer detects a text's language too (for `lang` on article text), and importing the packs would
// pull every pack's cues into its bundle (+380 KB) for four word lists.

/**
 * Lower-case words frequent in one language and rare in the others of its script (no "la", "que", "en": they are
 * shared). The language with most of them in a sample wins; a tie goes to the one listed first, English first as the
 * fallback. Adding a Latin-script pack means adding its row here.
 */
export const FUNCTION_WORDS: readonly (readonly [code: string, words: readonly string[]])[] = [
  ['en', ['the', 'and', 'of', 'to', 'is', 'was', 'that', 'with', 'for', 'are', 'by', 'it', 'were', 'has', 'have']],
  ['de', ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'dem', 'den', 'wurde', 'ein', 'eine', 'auf', 'im', 'zu', 'von', 'des']],
  ['fr', ['le', 'les', 'des', 'est', 'et', 'une', 'dans', 'pour', 'qui', 'du', 'au', 'sur', 'pas', 'il', 'elle', 'ont', 'été', 'aux', 'ces']],
  ['es', ['el', 'los', 'las', 'del', 'por', 'una', 'con', 'para', 'según', 'y', 'al', 'lo', 'como', 'más', 'fue', 'han', 'sus', 'entre', 'se']],
]
