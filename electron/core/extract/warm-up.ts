// The extractor's first run in a process costs ~0.5 s more than later runs: V8 compiles each of
// the packs' several hundred regular expressions on first use, and reads the packs' literals.
// The app pays that once, in small steps while the user is still looking at the window, so the
// first import answers as fast as the next. Invented text, one short page per language pack:
// title, byline, dateline, a quote, attribution before and after the fact, a hedge, a caption.
import { PACKS } from '../lang'
import { extract } from './index'

export const WARM_UP_PAGES: Readonly<Record<string, string>> = {
  en: 'Council approves new bus route\n\nBy Jane Miller\n\nSPRINGFIELD (AP) — The city council approved a new bus route on Monday, officials said.\n\n"The route will open in March," Mayor Tom Reyes said. According to a transit spokesperson, the buses reportedly cost $2 million.\n\nPhoto: John Smith/AP',
  de: 'Stadtrat beschließt neue Buslinie\n\nVon Anna Müller\n\nBERLIN (dpa) – Der Stadtrat hat am Montag eine neue Buslinie beschlossen, wie die Stadt mitteilte.\n\n„Die Linie startet im März“, sagte Bürgermeister Tom Weber. Laut einem Sprecher soll die Linie zwei Millionen Euro gekostet haben.\n\nFoto: Max Schmidt/dpa',
  es: 'El ayuntamiento aprueba una nueva línea de autobús\n\nPor Ana Martínez\n\nMADRID (EFE).- El pleno aprobó el lunes una nueva línea de autobús, según informó el ayuntamiento.\n\n"La línea abrirá en marzo", dijo el alcalde, Tomás Ruiz. Al parecer, las obras costarán dos millones de euros.\n\nFoto: Juan López/EFE',
  fr: 'Le conseil municipal approuve une nouvelle ligne de bus\n\nPar Marie Dupont\n\nLYON (AFP) - Le conseil a approuvé lundi une nouvelle ligne de bus, selon la mairie.\n\n« La ligne ouvrira en mars », a déclaré le maire, Paul Martin. Les travaux auraient coûté deux millions d\'euros.\n\nPhoto : Jean Durand/AFP',
  ru: 'Горсовет утвердил новый автобусный маршрут\n\nАнна Иванова\n\nМОСКВА, 3 марта — РИА Новости. Горсовет в понедельник утвердил новый маршрут, сообщили в мэрии.\n\n«Маршрут откроется в марте», — сказал мэр Иван Петров. По данным источника, работы якобы стоили два миллиона рублей.\n\nФото: Пётр Смирнов/ТАСС',
  ko: '시의회, 새 버스 노선 승인\n\n홍길동 기자\n\n(서울=연합뉴스) 시의회는 3일 새 버스 노선을 승인했다고 밝혔다.\n\n김철수 시장은 "노선은 3월에 개통한다"고 말했다. 시 관계자에 따르면 공사비는 20억 원이 든 것으로 알려졌다.\n\n사진=연합뉴스',
}

/**
 * Small steps, each a single extraction, for a caller to run one per tick: per language pack, each
 * paragraph alone (the first-use cost spread thin), then the whole page (bylines and titles).
 */
export function warmUpSteps(): Array<() => void> {
  return Object.keys(PACKS).flatMap((language) => {
    const page = WARM_UP_PAGES[language] ?? WARM_UP_PAGES.en
    return [...page.split('\n\n').map((paragraph) => () => void extract(paragraph, { language })), () => void extract(page)]
  })
}
