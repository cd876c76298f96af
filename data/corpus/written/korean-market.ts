// A Korean market report: anonymous source, ministry briefing, a study, hedges. Original text.
import type { LabelledText } from './types'

export const koreanMarket: LabelledText = {
  id: 'korean-market',
  kind: 'non-English (Korean)',
  language: 'ko',
  title: '양강도 혜산시 장마당 쌀값 한 달 새 30% 급등',
  author: '정다은',
  text: `양강도 혜산시 장마당 쌀값 한 달 새 30% 급등

양강도 혜산시 장마당에서 쌀값이 한 달 사이에 30% 가까이 오른 것으로 알려졌다.

양강도 소식통은 10일 데일리NK에 “이달 초 1kg에 6000원이던 쌀값이 최근 7800원까지 올랐다”고 전했다. 소식통은 국경 봉쇄가 강화되면서 중국산 쌀 유입이 줄어든 것이 원인이라고 설명했다.

통일부는 이날 정례브리핑에서 북한의 식량 사정이 작년보다 악화됐다고 밝혔다.

한국개발연구원(KDI) 보고서에 따르면 올해 북한의 곡물 생산량은 약 450만t으로 추정된다.

주민들 사이에서는 당국이 곧 양곡판매소를 다시 열 것이라는 소문이 돌고 있다고 한다.

정다은 기자
`,
  claims: [
    { key: '30% 가까이 오른 것으로 알려졌다', sourcing: 'unattributed', hedged: true },
    { key: '7800원까지 올랐다', sourcing: 'anonymous-source', hedged: false },
    { key: '중국산 쌀 유입이 줄어든', sourcing: 'anonymous-source', hedged: false },
    { key: '식량 사정이 작년보다 악화됐다', sourcing: 'official', hedged: false },
    { key: '곡물 생산량은 약 450만t', sourcing: 'document', hedged: false },
    { key: '양곡판매소를 다시 열', sourcing: 'anonymous-source', hedged: true },
  ],
  notClaims: ['정다은 기자', '양강도 혜산시 장마당 쌀값 한 달 새 30% 급등'],
}
