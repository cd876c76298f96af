// A feature with long quotes spanning sentences and paragraphs, and "he added". Original text.
import type { LabelledText } from './types'

export const longQuotes: LabelledText = {
  id: 'long-quotes',
  kind: 'long quotes spanning sentences',
  language: 'en',
  title: 'Defector describes bribery inside border guard unit',
  text: `Defector describes bribery inside border guard unit

Kang Chol-min, who served in a border guard unit in Hyesan until 2022, said guards routinely took bribes from smugglers.

“Every soldier in my company took money. The going rate was about 100 yuan for a crossing at night. If you refused, your superiors thought you were hiding something,” Kang said in an interview in Seoul.

He added that officers kept most of the money for themselves.

“We were hungry all the time. In winter we got half rations. Some of the younger soldiers fainted during night patrols.”

The border guard command was reorganised in 2023, according to South Korea's National Intelligence Service.

Kang said he crossed the Yalu River in March 2022 after a friend warned him that he was under investigation.
`,
  claims: [
    { key: 'guards routinely took bribes', sourcing: 'named-source', hedged: false },
    { key: 'Every soldier in my company took money', sourcing: 'named-source', hedged: false },
    { key: 'The going rate was about 100 yuan', sourcing: 'named-source', hedged: false },
    { key: 'If you refused', sourcing: 'named-source', hedged: false },
    { key: 'officers kept most of the money', sourcing: 'named-source', hedged: false },
    { key: 'We were hungry all the time', sourcing: 'named-source', hedged: false },
    { key: 'In winter we got half rations', sourcing: 'named-source', hedged: false },
    { key: 'younger soldiers fainted', sourcing: 'named-source', hedged: false },
    { key: 'border guard command was reorganised', sourcing: 'official', hedged: false },
    { key: 'crossed the Yalu River', sourcing: 'named-source', hedged: false },
  ],
  notClaims: ['Defector describes bribery'],
}
