// Names in Latin letters, so that a place or a person named in Russian or Korean can
// meet the same name in English: Cyrillic by a plain transliteration, Hangul by the
// Revised Romanization of its syllables. Then a consonant skeleton, because the
// spellings still differ in their vowels (Chongjin / Cheongjin, Hamgyong / Hamgyeong).

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
}

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h']
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i']
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't']

function hangulSyllable(code: number): string {
  const index = code - 0xac00
  const initial = Math.floor(index / 588)
  const medial = Math.floor((index % 588) / 28)
  const final = index % 28
  return INITIALS[initial] + MEDIALS[medial] + FINALS[final]
}

/** Latin letters for Latin, Cyrillic and Hangul text; diacritics dropped, lower case. */
export function romanize(word: string): string {
  let out = ''
  for (const ch of word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC')) {
    const code = ch.charCodeAt(0)
    if (code >= 0xac00 && code <= 0xd7a3) out += hangulSyllable(code)
    else if (CYRILLIC[ch] !== undefined) out += CYRILLIC[ch]
    else out += ch
  }
  return out
}

/**
 * Consonants only, folded into classes that romanisations and European spellings swap
 * freely: velars and sibilants (c k g q ch j s z sch sh) become k, labials (b p f v) p,
 * dentals (d t) t, liquids (l r) l; h and w drop; doubled letters count once.
 * "Chongjin" meets "Cheongjin", "Marokko" meets "Morocco" and "Maroc". Short skeletons
 * collide, so callers keep only those of three letters or more.
 */
export function skeleton(latin: string): string {
  return latin
    .replace(/[aeiouy]/g, '')
    .replace(/[hw]/g, '')
    .replace(/[cgqjszx]/g, 'k')
    .replace(/[bfv]/g, 'p')
    .replace(/d/g, 't')
    .replace(/r/g, 'l')
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1')
}
