// A government statement on a public-health incident, with a subheading and boilerplate. Original text.
import type { LabelledText } from './types'

export const governmentStatement: LabelledText = {
  id: 'government-statement',
  kind: 'government statement',
  language: 'en',
  title: 'Health ministry confirms E. coli in Riverton tap water',
  text: `Health ministry confirms E. coli in Riverton tap water

The Ministry of Health confirmed on Thursday that tap water in three districts of Riverton contained E. coli bacteria above the legal limit.

In a statement, the ministry said 42 people had been treated in hospital for stomach illness since Monday.

Residents of the Eastgate, Mill Lane and Harbour districts have been told to boil water before drinking it.

The contamination was caused by a burst sewage pipe near the Harbour pumping station, according to the city's water authority. Officials said repairs would be completed by Saturday.

The ministry will distribute 50,000 bottles of water at four schools, spokeswoman Anna Reyes told a press conference. It is the second contamination incident in the city this year.

TAP WATER ADVICE

Residents should not use tap water for drinking, cooking or brushing teeth until further notice.

For more information, call the ministry hotline on 0800 555 0199.
`,
  claims: [
    { key: 'The Ministry of Health confirmed on Thursday', sourcing: 'official', hedged: false },
    { key: '42 people had been treated', sourcing: 'official', hedged: false },
    { key: 'have been told to boil water', sourcing: 'unattributed', hedged: false },
    { key: 'caused by a burst sewage pipe', sourcing: 'official', hedged: false },
    { key: 'repairs would be completed by Saturday', sourcing: 'official', hedged: false },
    { key: 'distribute 50,000 bottles', sourcing: 'official', hedged: false },
    { key: 'second contamination incident', sourcing: 'unattributed', hedged: false },
  ],
  notClaims: ['TAP WATER ADVICE', 'Residents should not use tap water', 'For more information'],
}
