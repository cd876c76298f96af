// The probe grid of invented pages (bylines-grid.ts): every cell gives the bare name it prints, or no author on a page
// that prints none. Session 25 (bylines4), first grid (408 cells): before its rules 262/354 found (ko 47/70, es 47/76,
// ru 36/54, de 46/52, fr 41/52, en 45/50), 3/54 false ("Von Montag an …" gave "Montag"); after, 354/354 and 0/54.
// Second grid (918 cells: separators, a second date format, two reporters, above the headline, run on after the last
// sentence, chrome run on): 781/828, 0/54 false with the first rules; after the second, 808/828 and 0/90 false. The grid
// is in-sample for those rules (they were written from its failing cells): it guards against regressions, it does not
// measure coverage on real pages. Third batch (1062 cells: ko "[매체=이름 기자]", "(e-mail)", "/이름 기자", 선임기자,
// "지역=이름 기자"; es "Por X | Outlet", "X | Corresponsal", "NAME SURNAME / Town"): 922/972, 0/90 with the second rules
// ("[한빛일보=박서진 기자]" missed everywhere, and "입력 2019.12.24 …" gave "입력"); after, 950/972, 0/90. The cells still missed are listed in KNOWN_MISSES; every other cell must pass.
import { describe, expect, it } from 'vitest'
import { bylineGrid, cleanAuthor } from './__fixtures__/bylines-grid'
import { extract } from './index'
import { bylineMatches } from './published-corpus'

const cells = bylineGrid()

/**
 * Session 25 left 22 cells on purpose (a bare name above the headline or run on after the last sentence, "Name, Name" at
 * the end); session 26 (bylines5) read them by class: such a name signs the page when it opens with a common given name
 * (the packs' givenNames) and is printed nowhere else: 950/972 -> 972/972, 0/90 false (in-sample for the grid).
 * Session 26 then widened the grid to 1217 cells with shapes from practice (ko "글·사진 X 기자", "(X 기자)",
 * "[지역=매체]X 기자 =", "입력 … 수정 … X 기자"; es "Por X | Ciudad", "X / EFE", "Redacción · Ciudad · fecha",
 * "X Ciudad - 12 MAR 2024 - 10:15 CET"; fr "Par X, avec AFP", "J.M. (avec AFP)"; ru "X / РИА") and a nearby line naming no
 * author for each (a photo or caption credit, an outlet or agency alone, a place and a date), and made the pass rule
 * stricter (no date word or town in the author): main 1038/1105, 0/112; after the known-miss classes 1060/1105; after
 * the new classes 1104/1105, 0/112 (in-sample).
 * Second batch (1532 cells: ko "◆ X 기자", "[매체 = X 기자]", "X 기자 e-mail 다른기사 보기", "매체 X 기자 입력 …"; es
 * "NOMBRE APELLIDO | Ciudad", "Texto: X / Fotos: Y", "Por X - @handle", "X (Ciudad)", "Por X, enviada especial"; ru
 * "X, «Издание»", "Материал подготовила X", "Текст: X, фото: Y"; fr "Par X (correspondante à …)", "X - Le Courrier de …",
 * "Rédigé par X le …"; de "X, Town"; en "Story by X", "X, Outlet"; must-not: photo credits, "[사진=X 기자]", "해솔시 제공",
 * "Valdeluna (EFE)", "Con información de EFE", "«Издание»" alone, and an outlet's name alone closing the page, which gave
 * the outlet as the author in de, fr and en): 1341/1397, 3/135 false with the first batch's rules; after, 1394/1397,
 * 0/135 (in-sample).
 * Left: "… de cultura. Marta Quintanilla / EFE" closing the last paragraph reads as a caption's credit ("Vecinos frente
 * a la biblioteca. Luis Ortega / EFE" is one, and must stay none); so does "… Texto: X / Fotos: Y" run on there; and
 * "… de cultura. Marta Quintanilla (Valdeluna)" ends in a bracket, which the run-on rule reads as a sentence's end.
 * Session 27 (bylines6): the three left are one class, a signature run on after the last paragraph that the caption
 * rules took for a credit: a paragraph of fifteen words or more before it (eight before initials) is body text, and the
 * signature is read off its end (the short caption "Vecinos frente a … Luis Ortega / EFE" stays a caption). The grid
 * then grew by the complication classes of check4's and dev5's misses, each across the languages with nearby cells that
 * name no author (1532 -> 1648 cells): initials signing the page (over the date, under the standfirst, before a date and
 * a reading time, last, run on behind a mark or in brackets), initials with the agency, the byline's word and the name
 * run into the first paragraph or the standfirst (and sentences whose subject is the name: none), a name closing the page
 * with a full stop or with the paper after a comma (a greeting: none), "Name | Paper" above or under the headline (a tag
 * naming a person the text speaks about: none), an author box at the foot (its heading, or the name twice over a
 * biography; a name the text speaks about: none), a byline glued to the update stamp, an initial and a name in
 * capitals with a code, and Korean run-in reporters below a weather header and broadcast sign-offs ("… 뉴스 이상입니다":
 * none). The 1648 cells on the rules before session 27: 1407/1489 found, 4/159 false (all four pre-existing classes:
 * "Von X stammt …", "Par X elle-même, …", "By X’s count …", "… 뉴스 이상입니다"); after: 1489/1489, 0/159 (in-sample for
 * the grid: the rules were written from its failing cells). Then two classes from the brief's list (1648 -> 1678 cells):
 * a pull quote with its speaker after a dash ("«Queremos abrir de noche» - Luis Ortega") gave the speaker as the author
 * in all five languages, under the headline and last (10 false cells; the speaker is no author now), and a name closing
 * the page under a share bar ("Compartir en Facebook …" / "Marta Quintanilla", or in capitals when it opens with a given
 * name; "ÚLTIMA HORA" there is none): 1489/1499, 10/179 false before; 1499/1499, 0/179 after (in-sample).
 * Session 28 (bylines7): the complication classes of check5's misses (spent, read as dev) and dev6's, across the
 * languages with nearby cells that name no author (1678 -> 2039 cells, S28 in bylines-grid.ts): a writer's label with a
 * colon or a report's label before one name or several ("Von: X", "Bericht: X", "Reportage X, Y", "Crónica: X",
 * "Report: X", "Репортаж: X"; under the headline, last, after the outlet and a bar, run on, on a page of one paragraph),
 * a given name alone after such a label ("Bericht: Anna"), a blog's "posted by" (the surname in capitals first or not),
 * a writing symbol before the byline ("✍?Redacción"), a name alone under the opening standfirst of a page without a
 * headline, a dash bullet with an initial and a surname, the day and time before the byline's word and the update
 * stamp after the name, a name in capitals broken over two lines, initials after a mark or run on in lowercase ("*brc",
 * "… tw", "(dls)"), the paper's initials with a dash opening the first paragraph, Korean run-ins with the outlet in
 * brackets or a channel code, a blog's user name closing a page in Cyrillic or Hangul; must-not: contact lines, chrome
 * labels closing the page ("Archivado En", "Read More", "Auch Interessant": 10 false cells before), "© NAME / AFP", two
 * words in capitals that are no name, "*FIN*", agency codes, share labels. The 361 new cells on main d990764's rules:
 * 74/239 found, 10/50 false (the first 289); after: 2039/2039 (1777 found, 0/262 false; in-sample for the grid). Then
 * 17 more (2056): initials run on without a mark ("… voisine. J.-M. G."), initials before the surname in a run-in byline
 * ("By J. Whitfield …"), the byline's word and a name after the standfirst's last sentence on its line (a sentence whose
 * subject is the name stays none): 2056/2056 (1790 found, 0/266 false; in-sample).
 * Session 29 (bylines8): check6's misses (spent, read as dev) and dev7's, and the segmentation classes bylines7 left,
 * as invented cells across the languages with nearby cells that name no author (2056 -> 2178 cells, S29 in
 * bylines-grid.ts): a publication label whose date the copy lost over the author slot ("Publié le" / "CORRESPONDANT",
 * "Publicado el , actualizado" / the paper's name), a name in capitals with a slash and the writer's role, a signature
 * with the writer's job after a comma (also under a page of one paragraph), a Korean name with its e-mail in brackets
 * (printed or hidden by the copy) above comment chrome, initials and a surname run on after the last sentence, the
 * byline's word and hyphenated initials run into the first paragraph ("Par J.-M. G. Deux …"), the desk's name and a
 * full stop opening it ("Redacción. ", "REDACCIÓN.- "), the date, the author slot and the section between slashes;
 * must-not: the label over a sentence or "Abonnés", a name in a closing sentence or a photo credit, initials and a
 * surname inside a sentence ("l'adjointe J. Marchand."), a sentence opening with the desk's word, site sections in
 * title case closing the page ("Reader Interactions", "Neueste Beiträge": 10 false cells before), a date and a
 * section only. The 122 new cells on main f863dda's rules: 5/78 found (the first 89 cells: 5/62), 10/44 false; after:
 * 2178/2178 (1868 found, 0/310 false; in-sample for the grid).
 */
// Session 30 (bylines9): check7's misses (spent, read as dev) and dev8's, and the brief's classes, as invented cells
// across the languages with nearby cells that name no author (2178 -> 2345 cells, S30 in bylines-grid.ts): a code in
// capitals closing the page ("JFL", "FL31"; also when a photo credit names it; not an agency, an end mark or a code the
// text prints), initials and a surname alone as the last line, a board's or a CMS's entry line naming its poster
// ("작성자 X 댓글 0건 …", "Добавил: X |"), the desk and its section ("Redacción Ciudad"), a name and an empty slash
// ("C. MARTÍN/"), a Kürzel in brackets after the dateline's place, a bulleted author over a relative or a reading time,
// a Korean edit label before the reporter, the contributor's line closing the page ("X is a member of …"), a writer's
// label and a name ended by a dash run into the first paragraph ("Texto y fotos:X.—"; also under a section label in
// capitals, which the capitals rule took for the author), the outlet's web address in the author slot; must-not: a
// caption and its photo credit ("… / EFE") under the standfirst, a caption naming a place in a name's shape
// ("Biblioteca Valdeluna"), a board line without a poster, a section alone, a district in brackets, a photo credit with
// an empty slash or a dash, a contributor-shaped sentence about a place or a person the text names, an address with
// "www." or a social site. The 167 new cells on main fb142f9's rules: 22/101 found, 10/66 false; after: 2345/2345
// (101/101, 0/66; in-sample for the grid).
// Session 31 (bylines10): the lead's decision (an agency or a desk printed alone in the author slot is the byline as
// printed) turns the grid's cells that said an agency alone is none into must-change cells (es "EFE" and ru "РИА
// Новости" under the headline and last; "EFE", "AP", "ТАСС", "РИА", "DPA", "AFP" closing the page, which S30's capitals
// rule kept as none), and S31 crosses an agency alone with the slot in every language (under the headline, under a
// place line, closing the text, in brackets there) with nearby cells that stay none (a photo credit, a source line, a
// copyright, the agency run onto the last sentence): 2345 -> 2389 cells. On main a664251's rules: 1969/1993 found (the 24
// S31 must-change cells all missed), 0/396 false; after the agency-slot rule: 1993/1993, 0/396 (in-sample for the grid).
const KNOWN_MISSES = new Set<string>([])

describe('byline probe grid (invented pages)', () => {
  it('holds 2389 cells in six languages, none of them a known miss', () => {
    expect(cells.length).toBe(2389)
    expect(cells.filter((c) => KNOWN_MISSES.has(c.id)).length).toBe(KNOWN_MISSES.size)
    expect(new Set(cells.map((c) => c.language)).size).toBe(6)
  })

  it.each(cells.filter((c) => !KNOWN_MISSES.has(c.id)).map((c) => [c.id, c] as const))('%s', (_id, cell) => {
    const author = extract(cell.text, { language: cell.language }).meta.author
    if (cell.author === null) expect(author).toBeNull()
    else {
      expect(author, cell.text).not.toBeNull()
      expect(bylineMatches(author, cell.author) && cleanAuthor(author ?? ''), `${author} for ${cell.author}`).toBe(true)
    }
  })

  // the list stays true: a cell fixed by a later change must leave KNOWN_MISSES (and is then guarded like the others)
  it('still misses exactly the known misses', () => {
    const fixed = cells
      .filter((c) => KNOWN_MISSES.has(c.id))
      .filter((c) => {
        const author = extract(c.text, { language: c.language }).meta.author
        return c.author !== null && author !== null && bylineMatches(author, c.author) && cleanAuthor(author)
      })
      .map((c) => c.id)
    expect(fixed, 'fixed now: remove from KNOWN_MISSES').toEqual([])
  })
})
