// Invented one-page stories for the byline class tests of sessions 33 and 34: a headline and a two-sentence body per language,
// and a page that closes with the line under test. Every name, place and sentence here is invented.
export const page = (headline: string, body: string, close: string) => `${headline}\n\n${body}\n\n${close}`
export const DE = ['Sommerfest im Kindergarten', 'Am Samstag feierten die Kinder mit ihren Eltern das Sommerfest im Garten. Der Förderverein spendierte Kuchen.'] as const
export const EN = ['Park cleanup draws volunteers', 'More than forty residents picked up litter along the creek on Saturday. The city supplied bags and gloves.'] as const
export const ES = ['Inauguran cancha en la colonia', 'Los vecinos recibieron la nueva cancha de fútbol este sábado. El alcalde cortó el listón.'] as const
export const FR = ['Le parc rouvre ses portes', 'Les enfants ont retrouvé les jeux du parc municipal ce mercredi. La mairie a repeint les bancs.'] as const
export const RU = ['Субботник в парке', 'В субботу жители посёлка убрали территорию парка Победы. Администрация выдала перчатки.'] as const
export const KO = ['마을 도로 포장 완료', '주민들이 10년 동안 요구한 마을 진입로 포장 공사가 마무리됐다. 군은 예산 2억원을 들였다.'] as const
