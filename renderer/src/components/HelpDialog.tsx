// Help: what the Admiralty grades, the sourcing and the corroboration values mean, and About.
import { useEffect, useRef } from 'react'
import { CORROBORATION_STATUSES, CREDIBILITY_GRADES, RELIABILITY_GRADES, SOURCING_TYPES } from '../../../electron/core/vocabulary'
import { CORROBORATION_LABELS, CREDIBILITY_LABELS, RELIABILITY_LABELS, SOURCING_LABELS } from '../i18n/vocabulary'
import { CORROBORATION_GLYPHS } from './StatusBadge'
import { t } from '../i18n'
import { Markup } from '../i18n/Markup'

/** The guide, opened in the OS browser. */
export const DOCS_URL = 'https://github.com/claimdesk/claimdesk#readme'

export type HelpTopic = 'admiralty' | 'sourcing' | 'corroboration' | 'about'

export function HelpDialog({ topic, version, onClose }: { topic?: HelpTopic; version: string; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    ref.current?.showModal()
    if (topic) document.getElementById(`help-${topic}`)?.scrollIntoView({ block: 'start' })
  }, [topic])
  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title" onClose={onClose}>
      <div className="help-body" tabIndex={0} aria-label={t('help.text')}>
        <h2 id="help-title">{t('help.title')}</h2>
        <section id="help-admiralty" aria-labelledby="help-admiralty-h">
          <h3 id="help-admiralty-h">{t('help.admiralty')}</h3>
          <p>{t('hints.admiraltyIntro')}</p>
          <div className="help-columns">
            <table className="help-table">
              <caption>{t('grades.reliability')}</caption>
              <tbody>
                {RELIABILITY_GRADES.map((g) => (
                  <tr key={g}>
                    <th scope="row">{g}</th>
                    <td>{RELIABILITY_LABELS[g]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="help-table">
              <caption>{t('grades.credibility')}</caption>
              <tbody>
                {CREDIBILITY_GRADES.map((g) => (
                  <tr key={g}>
                    <th scope="row">{g}</th>
                    <td>{CREDIBILITY_LABELS[g]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section id="help-sourcing" aria-labelledby="help-sourcing-h">
          <h3 id="help-sourcing-h">{t('help.sourcing')}</h3>
          <dl className="help-list">
            {SOURCING_TYPES.map((s) => (
              <div key={s}>
                <dt>{SOURCING_LABELS[s]}</dt>
                <dd>{t(`hints.sourcing.${s}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section id="help-corroboration" aria-labelledby="help-corroboration-h">
          <h3 id="help-corroboration-h">{t('help.corroboration')}</h3>
          <dl className="help-list">
            {CORROBORATION_STATUSES.map((c) => (
              <div key={c}>
                <dt>
                  <span aria-hidden="true" className={`help-glyph corroboration-${c}`}>
                    {CORROBORATION_GLYPHS[c]}
                  </span>{' '}
                  {CORROBORATION_LABELS[c]}
                </dt>
                <dd>{t(`hints.corroboration.${c}`)}</dd>
              </div>
            ))}
          </dl>
          <p>
            <Markup text={t('help.independence', { partly: CORROBORATION_LABELS['partly-corroborated'], corroborated: CORROBORATION_LABELS.corroborated })} />
          </p>
        </section>
        <section id="help-about" aria-labelledby="help-about-h">
          <h3 id="help-about-h">{t('help.about')}</h3>
          <p>
            {t('help.aboutText', { name: t('app.name'), version, tagline: t('app.tagline') })}
          </p>
          <button type="button" className="link-button" onClick={() => void window.api.links.openExternal(DOCS_URL)}>
            {t('help.docs')}
          </button>
        </section>
      </div>
      <form method="dialog" className="dialog-actions">
        <button type="submit" autoFocus>
          {t('help.close')}
        </button>
      </form>
    </dialog>
  )
}
