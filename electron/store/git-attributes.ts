// A new workspace gets a .gitattributes, so a workspace put under git survives Git for
// Windows' default core.autocrlf=true: evidence files are bytes whose SHA-256 is
// recorded (a CRLF checkout would change them), and article JSON keeps LF everywhere.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export const GITATTRIBUTES = `# Written by Claimdesk when this workspace was created (see docs/exchange.md).
# Evidence files are kept byte for byte: their SHA-256 is recorded in the claims.
evidence/** binary
# Article files and the index are JSON with LF line ends on every system.
*.json text eol=lf
`

/** Creates the workspace's .gitattributes unless one exists (a user's own is never replaced). */
export async function ensureGitAttributes(workspaceDir: string): Promise<void> {
  await writeFile(join(workspaceDir, '.gitattributes'), GITATTRIBUTES, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
}
