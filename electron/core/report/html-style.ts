// The HTML report's only stylesheet, inlined (the CSP allows inline styles, nothing remote).
// Colours always come with a text label. Print rules start each article on a new page
// and use a compact block/inline layout with CSS page-margin boxes for page numbers (no
// grid, flex, tables, rounded boxes or break rules per claim): Chromium must paginate
// 10,000 claims in seconds.
import type { Corroboration } from '../vocabulary'

/** Corroboration colours: bar fill and badge border. Readable on white, distinct in greyscale by label. */
export const CORROBORATION_COLOURS: Record<Corroboration, string> = {
  unreviewed: '#9aa0a6',
  unverified: '#d08c00',
  corroborated: '#1e7d32',
  'partly-corroborated': '#5b8f29',
  contradicted: '#c62828',
  unverifiable: '#6a5acd',
}

/**
 * A claim's status colour, by class. Not a custom property set per claim: an inherited
 * value that differs from claim to claim defeats Chromium's style sharing for everything
 * inside the claim (measured: a quarter of the print time of 1,000 claims).
 */
const STATUS_CSS = (Object.entries(CORROBORATION_COLOURS) as Array<[Corroboration, string]>)
  .map(([status, colour]) => `.claim.status-${status}, h3.pc.status-${status} { border-left-color: ${colour}; } .status-${status} .badge { border-color: ${colour}; } .status-${status} .badge::before { color: ${colour}; }`)
  .join('\n')

const LATIN_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans"'
const KOREAN_FONTS = '"Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", NanumGothic'
const JAPANESE_FONTS = '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", Meiryo'
const CHINESE_FONTS = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei"'

/**
 * The report's fonts: system fonts first, then a CJK fallback per language (the Han
 * characters of Korean, Japanese and Chinese differ in form, so each language puts its own
 * family first). An HTML report uses whatever the reader's system has; a PDF print page
 * adds "Noto Sans KR/JP/SC" as embedded web fonts (electron/services/report-fonts.ts), so
 * it prints CJK text on a machine that has none.
 */
export const FONT_STACKS = {
  default: `${LATIN_FONTS}, ${KOREAN_FONTS}, ${JAPANESE_FONTS}, ${CHINESE_FONTS}, sans-serif`,
  ja: `${LATIN_FONTS}, ${JAPANESE_FONTS}, ${KOREAN_FONTS}, ${CHINESE_FONTS}, sans-serif`,
  zh: `${LATIN_FONTS}, ${CHINESE_FONTS}, ${JAPANESE_FONTS}, ${KOREAN_FONTS}, sans-serif`,
} as const
export const REPORT_FONT_STACK = FONT_STACKS.default

export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5f6368; --rule: #dadce0; --panel: #f6f7f9; }
* { box-sizing: border-box; }
html { font: 15px/1.5 ${REPORT_FONT_STACK}; color: var(--ink); background: #fff; }
:lang(ja) { font-family: ${FONT_STACKS.ja}; }
:lang(zh) { font-family: ${FONT_STACKS.zh}; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .5rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1rem; margin: 0; }
a { color: #1a56b8; overflow-wrap: anywhere; }
.byline, .muted { color: var(--muted); }
.filter { background: #fff8e1; border-left: 4px solid #d08c00; padding: .4rem .75rem; }
table { border-collapse: collapse; }
.counts td, .counts th { padding: .15rem .75rem .15rem 0; text-align: left; font-weight: normal; }
.counts td { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
.summary { display: flex; flex-wrap: wrap; gap: 1.5rem 2.5rem; align-items: flex-start; }
.chart text { font: 12px ${REPORT_FONT_STACK}; fill: var(--ink); }
nav ol { padding-left: 1.5rem; margin: .25rem 0; }
nav li { margin: .1rem 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0 1rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.article-summary { background: var(--panel); padding: .5rem .75rem; border-radius: 4px; }
.claim { border: 1px solid var(--rule); border-left: 6px solid var(--rule); border-radius: 4px; padding: .6rem .9rem .7rem; margin: 1rem 0; }
.claim header { display: flex; justify-content: space-between; gap: 1rem; align-items: baseline; }
.badge { display: inline-block; border: 1.5px solid var(--rule); color: var(--ink); border-radius: 999px; padding: 0 .6rem; font-size: .85rem; font-weight: 600; white-space: nowrap; }
.badge::before { content: ""; display: inline-block; width: .6rem; height: .6rem; border-radius: 50%; background: currentColor; margin-right: .35rem; }
.flag { color: #8a1c1c; font-weight: 600; }
blockquote { margin: .5rem 0; padding: .3rem .8rem; background: var(--panel); border-left: 3px solid var(--rule); font-size: 1.05rem; }
.fields { display: grid; grid-template-columns: max-content 1fr; gap: .05rem 1rem; margin: .4rem 0; font-size: .92rem; }
.fields dt { color: var(--muted); }
.fields dd { margin: 0; overflow-wrap: anywhere; }
.evidence { width: 100%; font-size: .88rem; margin: .4rem 0; }
.evidence th, .evidence td { border-top: 1px solid var(--rule); padding: .25rem .5rem .25rem 0; text-align: left; vertical-align: top; }
.evidence th { color: var(--muted); font-weight: 600; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; margin: .3rem 0 0; font-size: .92rem; }
.label { color: var(--muted); font-size: .85rem; font-weight: 600; margin: .5rem 0 0; }
.tag { display: inline-block; background: var(--panel); border: 1px solid var(--rule); border-radius: 3px; padding: 0 .35rem; margin-right: .25rem; font-size: .85rem; }
@page { size: A4; margin: 12mm 12mm 14mm;
  @bottom-right { content: counter(page) " / " counter(pages); font: 7.5pt ${REPORT_FONT_STACK}; color: #5f6368; }
}
@media print {
  /* Compact and block/inline only: a 10,000-claim report must lay out and paginate fast
     (no grid, flex, rounded boxes or inline-blocks per claim), and still read as a list. */
  html { font-size: 8.5pt; line-height: 1.3; }
  body { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { margin: 1rem 0 .4rem; }
  nav ol { padding-left: 2.5rem; }
  /* Breaks are decided per article, never per claim (no break-inside/after on claims): at
     10,000 claims each such rule is a pagination decision Chromium must weigh. */
  .article { break-before: page; }
  .summary, dl.meta { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .claim { border: 0; border-left: 2.5pt solid var(--rule); border-radius: 0; padding: 0 0 0 5pt; margin: 0 0 5pt; }
  .claim header { display: block; }
  .claim h3 { display: inline; font-size: 1rem; }
  .badge { display: inline; border: 0; border-radius: 0; padding: 0 0 0 .5rem; font-size: 1rem; }
  .badge::before { content: "\\25CF\\A0"; display: inline; width: auto; height: auto; border-radius: 0; background: none; margin: 0; }
  .flag { margin: 0; }
  blockquote { margin: 0; padding: 0; background: none; border: 0; font-size: 1.05rem; }
  .fields { display: block; margin: 0; font-size: 1rem; }
  .fields dt, .fields dd { display: inline; }
  .fields dt::after { content: ":"; }
  .fields dd { margin: 0 .8rem 0 .2rem; overflow-wrap: normal; }
  .tag { display: inline; border: 0; border-radius: 0; background: none; padding: 0; margin: 0 .35rem 0 0; font-size: 1rem; }
  /* Evidence rows as lines, not a table: table layout was a third of the print time. */
  .evidence, .evidence tbody, .evidence tr { display: block; font-size: 1rem; margin: 0; }
  .evidence thead { display: none; }
  .evidence td { display: inline; border: 0; padding: 0; }
  .evidence td + td::before { content: " \\B7  "; color: var(--muted); }
  .evidence td:empty { display: none; }
  .label { font-size: 1rem; margin: 0; }
  .note { margin: 0; font-size: 1rem; }
}
/* The print layout's claims (html-print-claim.ts): a heading with the status bar, then the
   quote and detail paragraphs, indented under it. */
h3.pc { margin: .6rem 0 0; padding-left: 5pt; border-left: 2.5pt solid var(--rule); }
h3.pc .badge { display: inline; border: 0; border-radius: 0; padding: 0 0 0 .5rem; font-size: 1rem; }
h3.pc .badge::before { content: "\\25CF\\A0"; display: inline; width: auto; height: auto; border-radius: 0; background: none; margin: 0; }
blockquote.pc { margin: 0; padding: 0 0 0 7.5pt; background: none; border: 0; font-size: 1.05rem; }
p.pc { margin: 0; padding-left: 7.5pt; }
p.pc .flag { font-weight: 600; }
${STATUS_CSS}
`
