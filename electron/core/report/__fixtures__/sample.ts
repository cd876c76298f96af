// Handwritten report fixtures: the sample Daily NK article with claims in every
// state the reports must handle (hostile notes, formulas, Korean, commas, quotes,
// newlines), and a short Korean article with an emoji before a claim.
// Pure (the tests read the article text and pass it in) so it typechecks for the web too.
import type { ArticleFile, Claim, Evidence } from '../../schema'
import { unreviewedClaim } from '../../claims'

const T0 = '2026-11-20T09:00:00.000Z'

function anchor(text: string, exact: string) {
  const start = text.indexOf(exact)
  if (start < 0) throw new Error(`fixture quote not in text: ${exact.slice(0, 40)}`)
  const end = start + exact.length
  return { quote: { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) }, position: { start, end } }
}

function claim(text: string, id: string, exact: string, rest: Partial<Claim>): Claim {
  const base = unreviewedClaim(
    {
      id,
      anchor: anchor(text, exact),
      origin: 'extracted',
      checkworthiness: 0.8,
      signals: ['number'],
      sourcing: { type: 'anonymous-source', suggested: 'anonymous-source', confirmed: true, attribution: 'A source in North Hamgyong Province', cue: 'told' },
      hedge: { hedged: false, cue: null },
    },
    T0,
  )
  return { ...base, ...rest }
}

function evidence(id: string, rest: Partial<Evidence>): Evidence {
  return { id, citation: '', url: null, note: '', stance: 'supports', independent: true, file: null, addedAt: '2026-11-21T08:30:00.000Z', ...rest }
}

export function sampleArticleFile(text: string): ArticleFile {
  return {
    schemaVersion: 1,
    article: {
      id: 'chongjin-explosion',
      title: 'Explosion at Chongjin factory injures workers (청진 화학섬유공장 폭발)',
      outlet: 'Daily NK',
      author: 'Jong So Yong',
      url: 'https://www.dailynk.com/english/explosion-chongjin-chemical-textile-factory/',
      publishedAt: '2020-11-02',
      language: 'en',
      text,
      contentHash: 'c'.repeat(64),
      importedAt: '2026-11-20T08:59:00.000Z',
      sourceFormat: 'text',
      sourceName: 'chongjin-explosion.txt',
      nonClaims: [],
    },
    claims: [
      claim(text, 'c1', 'An explosion at Chongjin Chemical and Textile Factory in North Hamgyong Province reportedly left several workers injured.', {
        hedge: { hedged: true, cue: 'reportedly' },
        reliability: 'F',
        credibility: 3,
        corroboration: 'unverified',
        note: 'Tried to check <script>alert(1)</script> and found nothing.\nNo second source.',
        history: [{ field: 'corroboration', from: 'unreviewed', to: 'unverified', at: '2026-11-21T10:00:00.000Z', by: 'Kim Min-ji' }],
        updatedAt: '2026-11-21T10:00:00.000Z',
      }),
      claim(text, 'c2', 'Two people received serious injuries, while five received minor injuries.', {
        reliability: 'C',
        credibility: 4,
        corroboration: 'contradicted',
        evidence: [
          evidence('e1', {
            citation: 'Provincial hospital register, "ward 3", Nov. 2020',
            url: 'https://example.org/register?ward=3&year=2020',
            note: 'Lists three "serious" cases, not two,\nand no minor ones.',
            stance: 'contradicts',
          }),
        ],
        note: 'See [x](javascript:alert(1)) — numbers differ, by 1.',
        tags: ['numbers', '부상자'],
        history: [
          { field: 'corroboration', from: 'unreviewed', to: 'unverified', at: '2026-11-21T10:05:00.000Z', by: 'Kim Min-ji' },
          { field: 'corroboration', from: 'unverified', to: 'contradicted', at: '2026-11-22T14:30:00.000Z', by: 'Lee "Editor" Park' },
        ],
        updatedAt: '2026-11-22T14:30:00.000Z',
      }),
      claim(text, 'c3', 'It reportedly began pertinent experiments on Oct. 19.', {
        hedge: { hedged: true, cue: 'reportedly' },
        reliability: 'B',
        credibility: 2,
        corroboration: 'corroborated',
        evidence: [
          evidence('e2', { citation: 'Satellite image, 20 Oct 2020', url: 'https://example.org/imagery/chongjin-2020-10-20', note: 'Kiln area activity visible.', stance: 'supports' }),
          evidence('e3', { citation: 'Daily NK follow-up', url: null, note: '', stance: 'context', independent: false }),
        ],
        note: "=cmd|' /C calc'!A0",
        tags: ['-dates', 'timeline'],
        history: [{ field: 'corroboration', from: 'unreviewed', to: 'corroborated', at: '2026-11-22T09:00:00.000Z', by: '@reviewer' }],
        updatedAt: '2026-11-22T09:00:00.000Z',
      }),
      claim(text, 'c4', 'The explosion was reportedly so powerful that local residents near the factory could hear it loud and clear.', {
        hedge: { hedged: true, cue: 'reportedly' },
      }),
      claim(text, 'c5', 'Chongjin Chemical and Textile Factory was ordered to submit a technological innovation plan by the end of this year', {
        sourcing: { type: 'outlet', suggested: 'unattributed', confirmed: true, attribution: null, cue: null },
        reliability: 'B',
        credibility: 3,
        corroboration: 'partly-corroborated',
        evidence: [
          evidence('e4', { citation: 'KCNA, five-year plan coverage', url: 'javascript:alert(1)', note: '# Not a heading\n- not a list\n1. not a list either', stance: 'supports', independent: true }),
        ],
        note: 'Plan deadline confirmed; "import disease" quote not found, 50% | 100%.',
        updatedAt: '2026-11-22T11:00:00.000Z',
      }),
      claim(text, 'c6', 'They lament that the party seems “ignorant of this reality.”', {
        hedge: { hedged: true, cue: 'seems' },
        sourcing: { type: 'anonymous-source', suggested: 'anonymous-source', confirmed: false, attribution: 'The source', cue: 'said' },
        corroboration: 'unverifiable',
        reliability: 'F',
        credibility: 6,
        tags: ['belief'],
      }),
      claim(text, 'c7', 'Please direct any comments or questions about this article to', {
        state: 'dismissed',
        sourcing: { type: 'unattributed', suggested: 'unattributed', confirmed: false, attribution: null, cue: null },
      }),
    ],
  }
}

export const KOREAN_TEXT = '소식통에 따르면 😀 청진에서 폭발이 있었다. 부상자는 "7명"이라고 한다, 확인되지 않았다.'

/** A second, Korean article: no URL, no outlet, an emoji before the claim (UTF-16 and code-point offsets differ). */
export function koreanArticleFile(): ArticleFile {
  const text = KOREAN_TEXT
  return {
    schemaVersion: 1,
    article: {
      id: 'ko-1',
      title: '청진 폭발, "부상자 7명"',
      outlet: null,
      author: null,
      url: null,
      publishedAt: null,
      language: 'ko',
      text,
      contentHash: 'd'.repeat(64),
      importedAt: '2026-11-20T08:59:30.000Z',
      sourceFormat: 'text',
      sourceName: null,
      nonClaims: [],
    },
    claims: [
      claim(text, 'k1', '부상자는 "7명"이라고 한다', {
        sourcing: { type: 'anonymous-source', suggested: 'anonymous-source', confirmed: true, attribution: '소식통', cue: '따르면' },
        hedge: { hedged: true, cue: '한다' },
        corroboration: 'unverified',
        note: '두 번째 출처 없음, "확인 중"\r\n+1 more',
      }),
    ],
  }
}

export const JAPANESE_TEXT = '関係者によると、清津の工場で爆発があり、7人が負傷したという。'
export const CHINESE_TEXT = '据消息人士称，清津一家工厂发生爆炸，7人受伤。'

/** A one-claim article in another CJK language (Japanese kana, simplified Chinese forms): the PDF must print them with no system CJK font. */
export function cjkArticleFile(language: 'ja' | 'zh', id: string, title: string, text: string, exact: string): ArticleFile {
  const file = koreanArticleFile()
  return {
    ...file,
    article: { ...file.article, id, title, language, text, contentHash: (language === 'ja' ? 'e' : 'f').repeat(64) },
    claims: [claim(text, `${id}-c1`, exact, { corroboration: 'unverified' })],
  }
}

export function japaneseArticleFile(): ArticleFile {
  return cjkArticleFile('ja', 'ja-1', '清津で爆発', JAPANESE_TEXT, '7人が負傷したという')
}

export function chineseArticleFile(): ArticleFile {
  return cjkArticleFile('zh', 'zh-1', '清津工厂发生爆炸', CHINESE_TEXT, '清津一家工厂发生爆炸')
}
