// The Electron Fuses Claimdesk ships with, read by the afterPack hook and by the packaging
// test (e2e/package.spec.ts), which reads them back from the packaged binary.
const { FuseV1Options, FuseVersion } = require('@electron/fuses')

/** @type {import('@electron/fuses').FuseV1Config} */
const FUSES = {
  version: FuseVersion.V1,
  // The app binary never runs as plain Node (ELECTRON_RUN_AS_NODE) ...
  [FuseV1Options.RunAsNode]: false,
  // ... takes no NODE_OPTIONS and no --inspect: nothing can inject code at launch.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // Only the signed app.asar is loaded, and it must match its recorded hash (macOS, Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The renderer is served from app://, so file:// needs no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
}

module.exports = { FUSES }
