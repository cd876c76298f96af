// The app's settings: one file in the user-data folder, per user and not per workspace
// (a workspace is handed to other reviewers; a reviewer's name and theme are not).
// This module holds the zod schema and defaults; the renderer imports its types only.
import { z } from 'zod'
import { REPORT_FORMATS } from './report'
import { DEFAULT_USER_SETTINGS, MAX_RECENT_WORKSPACES, TEXT_SIZES, THEMES } from './settings-values'

export const SETTINGS_VERSION = 1

const HttpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((u) => /^https?:\/\/[^\s/]+/i.test(u), 'Give an http or https address.')

const Path = z.string().min(1).max(4096)

export const PublisherSchema = z
  .object({
    /** The fact-checking organisation: the author of ClaimReview items. Empty: the reviewer is. */
    organisationName: z.string().trim().max(300),
    url: HttpUrl.nullable(),
    logoUrl: HttpUrl.nullable(),
    /** Where each review is published; `{article}` and `{claim}` are replaced (see factCheckUrl). */
    factCheckUrlPattern: HttpUrl.nullable(),
  })
  .strict()

export const WindowStateSchema = z
  .object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().min(100).max(100_000),
    height: z.number().int().min(100).max(100_000),
    maximized: z.boolean(),
  })
  .strict()

/** What the reviewer chooses in Settings (and the View menu). */
const UserSettings = {
  reviewerName: z.string().trim().max(200),
  theme: z.enum(THEMES),
  textSize: z.enum(TEXT_SIZES),
  exportFormat: z.enum(REPORT_FORMATS),
  /** Where "Export report" suggests saving; null: the OS default (Documents). */
  exportFolder: Path.nullable(),
  /** Single-key shortcuts (j/k, c, ?) on or off: WCAG 2.1.4 lets the user turn them off. */
  singleKeyShortcuts: z.boolean(),
  publisher: PublisherSchema,
}

/** What the app keeps for itself; the renderer cannot set these. */
const AppState = {
  recentWorkspaces: z.array(Path).max(MAX_RECENT_WORKSPACES),
  lastWorkspace: Path.nullable(),
  window: WindowStateSchema.nullable(),
}

export const AppSettingsSchema = z.object({ ...UserSettings, ...AppState }).strict()
export const SettingsFileSchema = AppSettingsSchema.extend({ schemaVersion: z.literal(SETTINGS_VERSION) }).strict()

/** A change from the Settings dialog: any user setting, the publisher field by field. */
export const SettingsPatchSchema = z
  .object({ ...UserSettings, publisher: PublisherSchema.partial().strict() })
  .partial()
  .strict()

export type AppSettings = z.infer<typeof AppSettingsSchema>
export type SettingsPatch = z.input<typeof SettingsPatchSchema>
export type Publisher = z.infer<typeof PublisherSchema>
export type WindowState = z.infer<typeof WindowStateSchema>

export const DEFAULT_SETTINGS: AppSettings = {
  ...DEFAULT_USER_SETTINGS,
  publisher: { organisationName: '', url: null, logoUrl: null, factCheckUrlPattern: null },
  recentWorkspaces: [],
  lastWorkspace: null,
  window: null,
}

export { factCheckUrl, reviewerLabel, UNNAMED_REVIEWER } from './settings-values'
