// Wire copy with named officials, a dateline and a wire credit line. Original text.
import type { LabelledText } from './types'

export const wireMissiles: LabelledText = {
  id: 'wire-missiles',
  kind: 'wire copy with named officials',
  language: 'en',
  title: 'North Korea fires two short-range missiles into sea, Seoul says',
  author: 'Min-ji Park',
  outlet: 'Reuters',
  text: `North Korea fires two short-range missiles into sea, Seoul says

By Min-ji Park

SEOUL, March 4 (Reuters) - North Korea fired two short-range ballistic missiles off its east coast on Tuesday, South Korea's Joint Chiefs of Staff said, the third launch this year.

The missiles flew about 350 km (217 miles) before landing outside Japan's exclusive economic zone, Japanese Defence Minister Gen Nakatani told reporters in Tokyo.

"North Korea's repeated launches are a clear violation of U.N. Security Council resolutions," Nakatani said.

South Korean Unification Minister Kim Young-ho said on Wednesday that Seoul would keep its military hotline open despite the launch.

The launch came two days after U.S. and South Korean forces began an 11-day joint exercise involving about 18,000 troops. Pyongyang has called such drills rehearsals for invasion.

North Korea's state news agency KCNA did not immediately mention the launch.

Analysts said the missiles appeared to be a new variant of the KN-23.

"The flight profile suggests they are testing a manoeuvring warhead," said Yang Uk, a fellow at the Asan Institute for Policy Studies in Seoul.

(Reporting by Min-ji Park; Editing by Tom Hogue)
`,
  claims: [
    { key: 'North Korea fired two short-range ballistic missiles', sourcing: 'official', hedged: false },
    { key: 'The missiles flew about 350 km', sourcing: 'official', hedged: false },
    { key: "repeated launches are a clear violation", sourcing: 'official', hedged: false },
    { key: 'Seoul would keep its military hotline open', sourcing: 'official', hedged: false },
    { key: 'The launch came two days after', sourcing: 'unattributed', hedged: false },
    { key: 'Pyongyang has called such drills', sourcing: 'official', hedged: false },
    { key: 'KCNA did not immediately mention', sourcing: 'unattributed', hedged: false },
    { key: 'new variant of the KN-23', sourcing: 'anonymous-source', hedged: true },
    { key: 'The flight profile suggests', sourcing: 'named-source', hedged: false },
  ],
  notClaims: ['By Min-ji Park', 'SEOUL, March 4 (Reuters)', 'Reporting by Min-ji Park', 'North Korea fires two short-range missiles into sea, Seoul says'],
}
