import { useEffect, useRef } from 'react'
import { SHORTCUTS } from '../shortcuts'
import { t } from '../i18n'

export function ShortcutsOverlay({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    void ref.current?.showModal()
  }, [])
  return (
    <dialog ref={ref} className="shortcuts-dialog" aria-label={t('shortcuts.title')} onClose={onClose}>
      <h2>{t('shortcuts.title')}</h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.keys} className="shortcut">
            <dt>
              {s.keys.split(' / ').map((k, i) => (
                <span key={k}>
                  {i > 0 && ' / '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{s.action}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" autoFocus>
          {t('shortcuts.close')}
        </button>
      </form>
    </dialog>
  )
}
