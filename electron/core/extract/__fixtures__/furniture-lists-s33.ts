// Invented cells for the session-33 classes (furniture11): items of a list that the learned check-worthiness score read as
// no fact, lists with no colon lead-in, and interview turns. None of this text comes from a page in the corpus.
import type { Lang } from './furniture-page'

/**
 * English items of a list, each opening its line with a bullet, that the learned check-worthiness score dropped as "no
 * fact" on main 127a662: [the lead-in or heading above, the items that must be claims].
 */
export const TERSE_ITEMS: [string, string[]][] = [
  ['Crews will sweep these streets on Monday:', ['- Elm', '- Maple Court', '- Orchard Way']],
  ['Have you heard', ['- Bakery on Main: Will reopen soon with new owners.', '- Chompers: Is a new app that connects diners with local kitchens.']],
  ['The market will have stalls on these squares:', ['• Orchard Way', '• Elm']],
]

/**
 * Near misses that must stay as on main: bulleted opinion and appeals (dropped by the opinion words or the appeal rule,
 * not by the score), and a group's heading printed without the bullet its items carry ("Mill Valley" over "- Elm
 * Street …"): [the paragraph, the lines that must not be claims].
 */
export const NOT_TERSE_ITEMS: [string, string[]][] = [
  ['What readers told us:\n- A wonderful new bakery\n- Terrible parking downtown', ['A wonderful new bakery', 'Terrible parking downtown']],
  ['Road closures across the county:\nMill Valley\n- Elm Street between Oak and Pine\n- Birch Lane\nOakford\n- Orchard Way at the bridge', ['Mill Valley', 'Oakford']],
  ['Before you go:\n- Please drive carefully.\n- Follow us for updates.', ['Please drive carefully.', 'Follow us for updates.']],
]
