// A report citing a study, a white paper, satellite imagery and the outlet's own reporting. Original text.
import type { LabelledText } from './types'

export const studyReport: LabelledText = {
  id: 'study-report',
  kind: 'report citing a study',
  language: 'en',
  title: 'Study finds food prices in North Korean markets rose sharply in 2024',
  text: `Study finds food prices in North Korean markets rose sharply in 2024

Rice prices in North Korean markets rose by 40 percent between January and October 2024, a study published on Monday by the Seoul-based Institute for Far Eastern Studies found.

The study, based on price data collected by informants in 12 cities, found that corn prices nearly doubled over the same period. According to the report, the price of one kilogram of rice reached 7,500 won in Hyesan in October.

The report attributed the increase to tighter border controls and two poor harvests.

Satellite imagery from Planet Labs shows that several large markets in Sinuiju were closed for weeks in the summer.

A 2023 white paper by the Unification Ministry estimated that 40 percent of North Koreans lack sufficient food.

Daily NK has learned that rice rations in Hyesan were suspended in September.

Prices are likely to keep rising next year, the study predicted.
`,
  claims: [
    { key: 'Rice prices in North Korean markets rose by 40 percent', sourcing: 'document', hedged: false },
    { key: 'corn prices nearly doubled', sourcing: 'document', hedged: false },
    { key: 'one kilogram of rice reached 7,500 won', sourcing: 'document', hedged: false },
    { key: 'attributed the increase to tighter border controls', sourcing: 'document', hedged: false },
    { key: 'several large markets in Sinuiju were closed', sourcing: 'media', hedged: false },
    { key: '40 percent of North Koreans lack sufficient food', sourcing: 'document', hedged: false },
    { key: 'rice rations in Hyesan were suspended', sourcing: 'outlet', hedged: false },
    { key: 'Prices are likely to keep rising', sourcing: 'document', hedged: false },
  ],
  notClaims: ['Study finds food prices'],
}
