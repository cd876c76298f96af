// (session 31, ruko4) The one helper the sourcing-rukoN tests share: the sourcing type of the claim holding a fragment, in a page
// of the language under a short headline (so the sentence is body text, not the page's title).
import { claimOf } from './claim-of'

export const sourcingIn = (language: string, head: string) => (text: string, fragment: string) => claimOf(`${head}\n\n${text}`, fragment, language).sourcing.type

export const ru = sourcingIn('ru', 'Заголовок')
export const ko = sourcingIn('ko', '제목')
export const fr = sourcingIn('fr', 'Titre')
export const es = sourcingIn('es', 'Título')
export const en = sourcingIn('en', 'Headline')
export const de = sourcingIn('de', 'Titel')
