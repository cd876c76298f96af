// A German local news item: police, residents, fire brigade, a "soll" hedge. Original text.
import type { LabelledText } from './types'

export const germanPlant: LabelledText = {
  id: 'german-plant',
  kind: 'non-English (German)',
  language: 'de',
  title: 'Explosion in Chemiewerk bei Leverkusen: zwei Verletzte',
  author: 'Julia Becker',
  text: `Explosion in Chemiewerk bei Leverkusen: zwei Verletzte

Bei einer Explosion in einem Chemiewerk bei Leverkusen sind am Dienstag zwei Arbeiter verletzt worden.

Laut Polizei wurde einer der Männer schwer verletzt und in eine Klinik in Köln gebracht.

Die Ursache der Explosion ist noch unklar. Ein Sprecher des Betreibers sagte, man arbeite eng mit den Behörden zusammen.

Anwohner berichteten von einem lauten Knall und einer dunklen Rauchwolke.

Nach Angaben der Feuerwehr bestand zu keinem Zeitpunkt eine Gefahr für die Bevölkerung.

Das Werk soll bereits im vergangenen Jahr wegen Sicherheitsmängeln kontrolliert worden sein.

Von Julia Becker
`,
  claims: [
    { key: 'zwei Arbeiter verletzt worden', sourcing: 'unattributed', hedged: false },
    { key: 'schwer verletzt und in eine Klinik', sourcing: 'official', hedged: false },
    { key: 'Die Ursache der Explosion ist noch unklar', sourcing: 'unattributed', hedged: false },
    { key: 'man arbeite eng mit den Behörden', sourcing: 'named-source', hedged: false },
    { key: 'von einem lauten Knall', sourcing: 'anonymous-source', hedged: false },
    { key: 'Gefahr für die Bevölkerung', sourcing: 'official', hedged: false },
    { key: 'wegen Sicherheitsmängeln kontrolliert', sourcing: 'unattributed', hedged: true },
  ],
  notClaims: ['Von Julia Becker', 'Explosion in Chemiewerk bei Leverkusen: zwei Verletzte'],
}
