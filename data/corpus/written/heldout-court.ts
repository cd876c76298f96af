// Written after the extractor was tuned, and not tuned on: an honest held-out text.
// Court filings, police, a photo, allegations, an opinion line and a rhetorical question. Original text.
import type { LabelledText } from './types'

export const heldoutCourt: LabelledText = {
  id: 'heldout-court',
  kind: 'held-out: court and police report',
  language: 'en',
  title: 'Shipping firm accused of smuggling coal past sanctions',
  author: 'Daniel Okafor',
  text: `Shipping firm accused of smuggling coal past sanctions

By Daniel Okafor

A Singapore-registered shipping company allegedly moved more than 30,000 tonnes of North Korean coal to ports in China between 2021 and 2023, according to court filings unsealed on Wednesday in New York.

The filings say the company's ships switched off their transponders for up to nine days at a time. Prosecutors said the firm earned at least $4.2 million from the shipments.

The company's lawyer, Rachel Tan, said her client "categorically denies" the charges and would fight them in court.

A photo released by the U.S. Treasury shows one of the vessels loading coal at the North Korean port of Nampo in June 2022.

The firm's founder is said to have left Singapore last year.

Sanctions experts have long warned that enforcement at sea is weak. Who is checking these ships?

This case should be a wake-up call for regulators.

Copyright 2025. All rights reserved.
`,
  claims: [
    { key: 'allegedly moved more than 30,000 tonnes', sourcing: 'document', hedged: true },
    { key: 'switched off their transponders', sourcing: 'document', hedged: false },
    { key: 'earned at least $4.2 million', sourcing: 'official', hedged: false },
    { key: 'categorically denies', sourcing: 'named-source', hedged: false },
    { key: 'loading coal at the North Korean port of Nampo', sourcing: 'media', hedged: false },
    { key: 'is said to have left Singapore', sourcing: 'unattributed', hedged: true },
    { key: 'enforcement at sea is weak', sourcing: 'anonymous-source', hedged: false },
  ],
  notClaims: ['By Daniel Okafor', 'Who is checking these ships?', 'should be a wake-up call', 'All rights reserved'],
}
