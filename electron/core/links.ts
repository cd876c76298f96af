/** Links the user clicks open in the OS browser, and only http(s) ones. */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}
