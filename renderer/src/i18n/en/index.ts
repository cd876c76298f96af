// The English message catalogue: every word of the UI, complete. Other languages are catalogues
// of the same shape (any key may be missing: it falls back to this one). Split in parts by area
// to keep files short; the parts share no top-level key (i18n/catalogue.test.ts checks it).
import { dialogs } from './dialogs'
import { features } from './features'
import { messages } from './messages'
import { related } from './related'
import { review } from './review'
import { workbench } from './workbench'

export const CATALOGUE_PARTS = { workbench, review, dialogs, features, related, messages } as const

export const en = { ...workbench, ...review, ...dialogs, ...features, ...related, ...messages } as const
