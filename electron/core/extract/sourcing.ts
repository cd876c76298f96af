// Which of DOMAIN.md's seven sourcing types a speaker span suggests.
import type { SourcingType } from '../vocabulary'

const ANONYMOUS_STRONG =
  /\b(?:sources?|anonymity|not to be (?:named|identified)|declined to be (?:named|identified)|unnamed|unidentified|insiders?|informants?|(?:person|people|someone) (?:familiar|close|with knowledge)|who (?:requested|asked for) anonymity)\b|소식통|익명|Quelle|Insider|source(?:s)? proche/iu
const MEDIA = /\b(?:photos?|photographs?|videos?|footage|images?|imagery|pictures?|satellite|screenshots?|recordings?)\b|사진|영상|위성|Foto|Bild|Aufnahme|vidéo|image/iu
const DOCUMENT =
  /\b(?:study|studies|report|reports|survey|paper|white paper|filings?|court (?:documents?|records?|filings?)|records?|data|documents?|statistics|census|analysis|audit|memo|indictment|ruling|assessment|dataset|figures|research|minutes|transcript|budget|index|Studie|Bericht|Umfrage|étude|rapport|enquête)\b|보고서|연구|자료|조사|백서|통계|문건|문서/iu
const INSTITUTION =
  /\b(?:institute|university|foundation|think tank|NGO|organi[sz]ation|group|company|corporation|corp|inc|association|cent(?:er|re)|researchers?|professor|analysts?|experts?|economist|lawyer|activist|watchdog|charity|network|Institut|Stiftung|Universität)\b|연구원|대학|단체/iu
const SINGLE_UNNAMED =
  /^(?:an?|one|another) (?:\p{L}+[ -]){0,4}(?:official|worker|resident|trader|merchant|employee|defector|soldier|cadre|technician|person|man|woman|farmer|student|witness|driver|smuggler|doctor|teacher|manager|member)\b/iu
const OFFICIAL =
  /\b(?:government|ministry|ministries|minister|KCNA|Korean Central News Agency|Rodong Sinmun|state (?:media|television|TV|news|broadcaster)|state-run|spokes(?:man|woman|person)|police|military|intelligence|fire (?:brigade|department|service)|army|navy|air force|Joint Chiefs|president|prime minister|premier|chancellor|party|Central Committee|Politburo|cabinet|department|authority|authorities|agency|officials|embassy|parliament|National Assembly|Bundestag|regime|White House|Kremlin|Pentagon|prosecutors?|court|mayor|governor|commission|central bank|Bank of Korea|statement|Bundesregierung|Ministerium|Regierung|Polizei|Feuerwehr|Behörden?|Staatsanwaltschaft|gouvernement|ministère|ministre|préfecture|porte-parole)\b|정부|통일부|외교부|국방부|당국|조선중앙통신|노동신문|대변인|합동참모본부|합참|경찰|검찰|청와대|대통령실/iu
const PERSONAL_PRONOUN = /^(?:he|she|they|it|we|er|sie|il|elle|ils|elles|그는|그녀는|그들은)$/iu
// linear: two capitalised words in a row (optionally joined by "of", "for" ...), or an acronym
const PROPER_NAME = /(?:^|[\s(])\p{Lu}[\p{Ll}'’]+[ -](?:(?:of|for|the|de|von|du|la) )?\p{Lu}|\b\p{Lu}{2,}\b/u
const OUTLET_VERB = /^(?:learned|learnt|has learned|understands|can reveal|obtained|confirmed|found|reported|found out|verified)$/i
const OUTLET_NAME =
  /\b(?:NK|News|Times|Post|Reuters|AP|AFP|BBC|CNN|NHK|Yonhap|Kyodo|Bloomberg|Herald|Journal|Daily|Radio|Tribune|Guardian|Press|Telegraph|Monitor|Gazette|Economist|Chosun|JoongAng|Hankyoreh|Spiegel|Zeit|Monde|Figaro|Nikkei|Ilbo|Express|Broadcasting|Magazine|Wire|Tagesschau|Observer|Insider|Voice|this (?:newspaper|paper|outlet|website))\b|데일리NK|연합뉴스/u

export type PronounKind = 'singular' | 'plural'

export function pronounKind(speaker: string): PronounKind | null {
  if (!PERSONAL_PRONOUN.test(speaker)) return null
  return /^(?:they|we|sie|ils|elles|그들은)$/iu.test(speaker) ? 'plural' : 'singular'
}

/** True when the name looks like a news outlet ("Daily NK", "Reuters", "The Korea Herald"). */
export function looksLikeOutlet(name: string): boolean {
  return OUTLET_NAME.test(name)
}

/**
 * `names` holds words of people already named in the article, so "Kim said" after
 * "Kim Tae-hyun, a researcher, ..." is recognised as the named source.
 */
export function classifySpeaker(speaker: string, cue: string, knownOutlet: string | null, names?: Map<string, SourcingType>): SourcingType {
  // a surname already introduced: "Nakatani said" after "Defence Minister Gen Nakatani told ..."
  const known = names && /^\p{Lu}[\p{L}'’-]+$/u.test(speaker) ? names.get(speaker) : undefined
  if (known) return known
  if (ANONYMOUS_STRONG.test(speaker)) return 'anonymous-source'
  if (MEDIA.test(speaker) || MEDIA.test(cue)) return 'media'
  if (DOCUMENT.test(speaker)) return 'document'
  const isOutletName = (knownOutlet !== null && speaker.includes(knownOutlet)) || OUTLET_NAME.test(speaker)
  if (isOutletName && OUTLET_VERB.test(cue)) return 'outlet'
  // "the Korea Institute for National Unification" is named; "an analyst", "experts" are not
  if (INSTITUTION.test(speaker)) return PROPER_NAME.test(speaker) ? 'named-source' : 'anonymous-source'
  if (SINGLE_UNNAMED.test(speaker)) return 'anonymous-source'
  if (OFFICIAL.test(speaker)) return 'official'
  if (isOutletName) return 'named-source'
  if (PROPER_NAME.test(speaker.replace(/^(?:The|A|An)\s/, ''))) return 'named-source'
  // an unnamed person or group ("workers", "residents", "one defector")
  return 'anonymous-source'
}

/** A proper name somewhere in the text: a pronoun's likely antecedent is a named person. */
export function hasPersonName(text: string): boolean {
  return /(?:^|[^\p{L}])\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,3}/u.test(text.slice(0, 2000))
}
