// English catalogue, part 6: the words the core, services and main make for the window
// (suggestion reasons, notices, undo labels, refusals, counted things), as message codes.
// Their English lives once, in electron/core/messages/en.ts (the CLI prints it too); here
// it joins the catalogue under `msg`, where another language translates it key by key.
import { coreMessages } from '../../../../electron/core/messages/en'

export const messages = { msg: coreMessages } as const
