// The merge report is a list of messages: the CLI prints their English, which is what it
// printed before the report became codes (the expected text below was printed by the old
// formatMergeReport), and the app's Merge dialog shows them in the window's language.
import i18next from 'i18next'
import { expect, it } from 'vitest'
import { coreMessages, isMessage, message, type Message } from '../core/messages'
import { pseudoCatalogue } from '../core/__fixtures__/pseudo-locale'
import { MERGE_RESULT } from './__fixtures__/merge-result'
import { formatMergeReport, mergeReportLines } from './merge'
import { withSkippedLine } from './merge-report'

const OLD_REPORT = "# Merge report\n\nMerged export of 2026-11-26T08:00:00.000Z on 2026-11-26 09:00 UTC by Kim (merge).\n\nMerge id: `2026-11-26T09-00-00-000Z-abc123`. Undo restores every article as it was before.\n\n**Articles:** 2 added, 1 merged, 1 unchanged, 1 skipped.  \n**Claims:** 6 added (1 orphaned: text not found), 3 updated, 13 unchanged; 4 conflicts.\n\n## Conflicts: both changed the same field, the newer change was kept\n\n- **note** of “An explosion at the Chongjin Chemical and Textile Factory r…” (Blast at Chongjin): kept “Lee: no second source yet.” (the merged work: Lee, 2026-11-25 11:00:05 UTC); overrode (empty) (this workspace: time unknown), kept in the claim's history\n- **evidence e7** of “Workers were hurt” (Blast at Chongjin): kept supports: “KCNA, 3 May” (this workspace: Kim, 2026-11-25 10:00:00 UTC); overrode a, b (the merged work: Lee, 2026-11-25 10:30:00 UTC), kept in the claim's history\n- **sourcing.type** of “q” (Blast at Chongjin): kept “official” (this workspace: time unknown); overrode (none) (the merged work: time unknown), kept in the claim's history\n- **span** of “q2” (Blast at Chongjin): kept “the span” (this workspace: time unknown); overrode 3 (the merged work: time unknown), kept in the claim's history\n\n## Articles\n\n- **Blast at Chongjin**: 1 claims added; 3 updated; 10 unchanged; 1 added as orphaned (their text is not in this version of the article); filled in: outlet, byline; their article text differs: this workspace’s text was kept\n- **Market in Hyesan**: new here, added with 1 claim\n- **Rains**: new here, added with 4 claims\n\n## Skipped: could not be read, nothing of them was merged\n\n- articles/a-broken.json: not valid JSON (Unexpected end of JSON input)\n\n## Evidence files\n\n- copied: evidence/a.png\n- not available (an export does not carry files; copy them from the other reviewer): evidence/b.pdf, evidence/c.pdf\n"
const OLD_NOTHING = "# Merge report\n\nMerged /home/lee/work on 2026-11-26 09:00 UTC by Kim (merge).\n\nNothing to merge: this workspace already has all of this work.\n\n**Articles:** 0 added, 0 merged, 2 unchanged.  \n**Claims:** 0 added, 0 updated, 5 unchanged; 1 conflict.\n"

const nothing = {
  ...MERGE_RESULT,
  mergeId: null,
  source: '/home/lee/work',
  articles: [],
  skipped: [],
  evidenceFiles: { copied: [], missing: [] },
  totals: { articlesAdded: 0, articlesMerged: 0, articlesUnchanged: 2, claimsAdded: 0, claimsUpdated: 0, claimsUnchanged: 5, claimsOrphaned: 0, conflicts: 1, skipped: 0 },
}

it('prints the same English as before, line for line', () => {
  expect(formatMergeReport(MERGE_RESULT)).toBe(OLD_REPORT)
  expect(formatMergeReport(nothing)).toBe(OLD_NOTHING)
})

it('in a pseudo-locale every line is translated: no plain English outside the titles, quotes, paths and names', () => {
  const pseudo = i18next.createInstance()
  void pseudo.init({ lng: 'x', resources: { x: { translation: { msg: pseudoCatalogue(coreMessages) as object } } }, interpolation: { escapeValue: false }, initAsync: false })
  const say = (m: Message): string => {
    const values: Record<string, string | number> = {}
    for (const [k, v] of Object.entries(m.values ?? {})) values[k] = isMessage(v) ? say(v) : v
    return (pseudo.t as (key: string, options: object) => string)(`msg.${m.code}`, values)
  }
  const skipped = { ...MERGE_RESULT, skipped: [withSkippedLine({ file: 'article a9', reason: 'x' }, message('mergeReport.skipped', { file: message('mergeSkip.article', { id: 'a9' }), reason: message('mergeSkip.twice') }))] }
  const lines = mergeReportLines(skipped)
  // The reviewer's data and technical values in this report, as the fixture has them.
  const data = /Blast at Chongjin|Market in Hyesan|Rains|An explosion at the Chongjin Chemical and Textile Factory r…|Workers were hurt|Lee: no second source yet\.|KCNA, 3 May|supports|Lee|Kim \(merge\)|Kim|official|the span|evidence\/[a-z.]+|outlet, byline|a, b|2026-[0-9-]+[ T][0-9:.Z]+|abc123|a9|e7/g
  for (const line of lines) {
    if (!isMessage(line)) {
      expect(line).toBe('')
      continue
    }
    const shown = say(line)
    expect(shown.startsWith('['), shown).toBe(true)
    // A pseudo word has an accent; a word of three plain letters left is English that bypassed the catalogue.
    const english = shown.replace(data, '').match(/\p{L}+/gu)?.filter((word) => word.length >= 3 && /^[A-Za-z]+$/.test(word)) ?? []
    expect(english, shown).toEqual([])
  }
  expect(say(lines.find((l) => isMessage(l) && l.code === 'mergeReport.skipped') as Message)).toContain(say(message('mergeSkip.twice')))
})
