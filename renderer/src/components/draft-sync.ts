/**
 * What a text field shows when the stored value changes under it. `synced` is the value the field last agreed with the
 * store on (adopted from it, or saved to it). A field holding typing the store has not seen keeps it: the store's change
 * is then most often the field's own save coming back while the reviewer types on, and adopting it would drop the
 * keystrokes typed since (CI caught "Checked against …" saved as "Checked nst …"). The typing is saved on the next pause.
 */
export function draftOnStoreChange(draft: string, synced: string, incoming: string): string {
  return draft === synced ? incoming : draft
}
