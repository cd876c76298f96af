// Related claims (issue 12) for the sample report: the Chongjin blast's first claim is
// linked to other reports of it, one of each kind a report must handle (confirmed with a
// URL, confirmed without one, only suggested, rejected, a non-http URL, the same page
// twice), with one conflicting and one updated figure. Outlets and URLs are made up
// (example.org): this is shape test data, not a corpus.
import type { RelatedReport, RelatedReportClaim } from '../../corroboration/report-entries'

const link = (rest: Partial<RelatedReportClaim> & Pick<RelatedReportClaim, 'articleId' | 'claimId'>): RelatedReportClaim => ({
  outlet: null,
  title: '',
  publishedAt: null,
  url: null,
  text: '',
  status: 'confirmed',
  ...rest,
})

export const RELATED_EARLIER_URL = 'https://north-news.example.org/2020/10/chongjin-blast'
export const RELATED_LATER_URL = 'https://east-asia-wire.example.org/chongjin-plant'

export const sampleRelated: RelatedReport = {
  'chongjin-explosion/c1': {
    linked: [
      link({ articleId: 'ko-1', claimId: 'k1', title: '청진 폭발, "부상자 7명"', text: '부상자는 "7명"이라고 한다', status: 'confirmed' }),
      link({ articleId: 'north-1', claimId: 'n3', outlet: 'North News', title: 'Blast at Chongjin chemical plant', publishedAt: '2020-10-31', url: RELATED_EARLIER_URL, text: 'Three workers were hurt in the blast, a resident said.' }),
      link({ articleId: 'north-1', claimId: 'n4', outlet: 'North News', title: 'Blast at Chongjin chemical plant', publishedAt: '2020-10-31', url: RELATED_EARLIER_URL, text: 'The kiln had been repaired in the summer.' }),
      link({ articleId: 'wire-1', claimId: 'w1', outlet: 'East Asia Wire', title: 'Chongjin plant explosion', publishedAt: '2020-11-05', url: RELATED_LATER_URL, text: 'Seven workers were injured, officials said.' }),
      link({ articleId: 'guess-1', claimId: 'g1', outlet: 'Guess Daily', title: 'Factory fire', publishedAt: '2020-11-01', url: 'https://guess.example.org/fire', text: 'A fire broke out.', status: 'suggested' }),
      link({ articleId: 'other-1', claimId: 'o1', outlet: 'Other Post', title: 'Unrelated blast', publishedAt: '2020-09-01', url: 'https://other.example.org/blast', text: 'A blast elsewhere.', status: 'rejected' }),
      link({ articleId: 'script-1', claimId: 's1', outlet: 'Script Times', title: 'Script', url: 'javascript:alert(1)', text: 'Workers were hurt.' }),
    ],
    conflicts: [
      {
        quantity: 'injured',
        values: [
          { value: 3, upper: null, bound: 'exact', text: 'Three workers', articleId: 'north-1', claimId: 'n3' },
          { value: 7, upper: null, bound: 'exact', text: 'Seven workers', articleId: 'wire-1', claimId: 'w1' },
        ],
      },
    ],
    updates: [
      {
        quantity: 'dead',
        values: [
          { value: 1, upper: null, bound: 'at-least', text: 'at least one', articleId: 'wire-1', claimId: 'w1' },
          { value: 2, upper: null, bound: 'exact', text: 'two', articleId: 'wire-1', claimId: 'w1' },
        ],
      },
    ],
  },
}
