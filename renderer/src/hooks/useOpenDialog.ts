import { useCallback, useRef, useState } from 'react'

export type DialogKind = 'paste' | 'shortcuts' | 'meta' | 'export' | 'merge' | 'settings' | 'help' | 'conflicts'

/**
 * The one dialog open over the workbench. Each opening has its own number because a <dialog>
 * closed with Escape reports "close" a task later, and by then the reviewer may have opened the
 * next one from the menu or a shortcut: that late close must not shut the new dialog, and the
 * same dialog opened again must mount anew (its showModal runs on mount). `key` is the number.
 */
export function useOpenDialog() {
  const [open, setOpen] = useState<{ kind: DialogKind; key: number } | null>(null)
  const opened = useRef(0)
  const setDialog = useCallback((kind: DialogKind | null) => setOpen(kind ? { kind, key: ++opened.current } : null), [])
  // Closes the opening it was made for, and nothing opened after it.
  const closerOf = useCallback((key: number | undefined) => () => setOpen((now) => (now && now.key === key ? null : now)), [])
  return { dialog: open?.kind ?? null, dialogKey: open?.key, setDialog, closerOf }
}
