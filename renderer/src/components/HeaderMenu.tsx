// The header's commands as a menu button, for windows too narrow to show them all
// (styles.css shows this button and hides the inline buttons below 1280 px).
// WAI-ARIA menu button: arrows move, Home/End jump, Escape closes and returns focus.
import { useEffect, useId, useRef, useState } from 'react'
import { t } from '../i18n'

export interface HeaderCommand {
  label: string
  run(): void
  disabled?: boolean
}

export function HeaderMenu({ commands }: { commands: HeaderCommand[] }) {
  const [open, setOpen] = useState(false)
  const menuId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLUListElement>(null)
  const items = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])]

  useEffect(() => {
    if (!open) return
    items()[0]?.focus()
    const onPointer = (e: PointerEvent) => {
      if (!menuRef.current?.contains(e.target as Node) && !buttonRef.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) buttonRef.current?.focus()
  }

  return (
    <div className="header-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault()
            e.stopPropagation()
            setOpen(true)
          }
        }}
      >
        <span aria-hidden="true">☰</span> {t('header.menu')}
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={t('header.menu')}
          className="header-menu-list"
          onKeyDown={(e) => {
            const list = items()
            const at = list.indexOf(document.activeElement as HTMLButtonElement)
            const go = (i: number) => list[(i + list.length) % list.length]?.focus()
            if (e.key === 'ArrowDown') go(at + 1)
            else if (e.key === 'ArrowUp') go(at - 1)
            else if (e.key === 'Home') go(0)
            else if (e.key === 'End') go(list.length - 1)
            else if (e.key === 'Escape') close(true)
            else if (e.key === 'Tab') close(false)
            else return
            e.preventDefault()
            e.stopPropagation()
          }}
        >
          {commands.map((c) => (
            <li key={c.label} role="none">
              <button
                type="button"
                role="menuitem"
                disabled={c.disabled}
                onClick={() => {
                  close(true)
                  c.run()
                }}
              >
                {c.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
