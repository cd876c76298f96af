// electron-builder afterPack hook: flips the Electron Fuses (build/fuses.cjs) in the
// packaged binary. It runs before signing, so the signature covers the flipped fuses.
const path = require('node:path')
const { flipFuses } = require('@electron/fuses')
const { FUSES } = require('./fuses.cjs')

const ARM64 = 3 // builder-util's Arch.arm64

/** The file that holds the fuse wire: the .app on macOS (fuses finds the framework), else the executable. */
function electronBinary({ appOutDir, electronPlatformName, packager }) {
  const name = packager.appInfo.productFilename
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`)
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`)
  return path.join(appOutDir, packager.executableName)
}

exports.electronBinary = electronBinary
exports.default = async function afterPack(context) {
  const binary = electronBinary(context)
  // An arm64 macOS binary must stay (ad hoc) signed after its bytes change.
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === ARM64
  await flipFuses(binary, { ...FUSES, resetAdHocDarwinSignature })
  console.log(`  • fuses flipped in ${path.relative(process.cwd(), binary)}`)
}
