// Help: what the Admiralty grades, the sourcing and the corroboration values mean, and About.
import { useEffect, useRef } from 'react'
import {
  CORROBORATION_LABELS,
  CORROBORATION_STATUSES,
  CREDIBILITY_GRADES,
  CREDIBILITY_LABELS,
  RELIABILITY_GRADES,
  RELIABILITY_LABELS,
  SOURCING_LABELS,
  SOURCING_TYPES,
} from '../../../electron/core/vocabulary'
import { ADMIRALTY_INTRO, CORROBORATION_HELP, DOCS_URL, SOURCING_HELP } from '../help-text'
import { STRINGS } from '../strings'
import { CORROBORATION_GLYPHS } from './StatusBadge'

export type HelpTopic = 'admiralty' | 'sourcing' | 'corroboration' | 'about'

export function HelpDialog({ topic, version, onClose }: { topic?: HelpTopic; version: string; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    ref.current?.showModal()
    if (topic) document.getElementById(`help-${topic}`)?.scrollIntoView({ block: 'start' })
  }, [topic])
  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title" onClose={onClose}>
      <div className="help-body" tabIndex={0} aria-label="Help text">
        <h2 id="help-title">{STRINGS.help.title}</h2>
        <section id="help-admiralty" aria-labelledby="help-admiralty-h">
          <h3 id="help-admiralty-h">The Admiralty scale</h3>
          <p>{ADMIRALTY_INTRO}</p>
          <div className="help-columns">
            <table className="help-table">
              <caption>Source reliability</caption>
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
              <caption>Information credibility</caption>
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
          <h3 id="help-sourcing-h">Sourcing: who says so</h3>
          <dl className="help-list">
            {SOURCING_TYPES.map((s) => (
              <div key={s}>
                <dt>{SOURCING_LABELS[s]}</dt>
                <dd>{SOURCING_HELP[s]}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section id="help-corroboration" aria-labelledby="help-corroboration-h">
          <h3 id="help-corroboration-h">Corroboration: does anyone else confirm it</h3>
          <dl className="help-list">
            {CORROBORATION_STATUSES.map((c) => (
              <div key={c}>
                <dt>
                  <span aria-hidden="true" className={`help-glyph corroboration-${c}`}>
                    {CORROBORATION_GLYPHS[c]}
                  </span>{' '}
                  {CORROBORATION_LABELS[c]}
                </dt>
                <dd>{CORROBORATION_HELP[c]}</dd>
              </div>
            ))}
          </dl>
          <p>
            Independence is judged by origin, not by outlet: two outlets quoting the same wire agency, ministry or anonymous source are one
            source. The app suggests <em>Partly corroborated</em> for one independent supporting item and <em>Corroborated</em> for two from
            different origins; you decide.
          </p>
        </section>
        <section id="help-about" aria-labelledby="help-about-h">
          <h3 id="help-about-h">{STRINGS.help.about}</h3>
          <p>
            {STRINGS.app.name} {version}: {STRINGS.app.tagline}. Everything stays on this computer; links open in your browser only when you
            click them.
          </p>
          <button type="button" className="link-button" onClick={() => void window.api.links.openExternal(DOCS_URL)}>
            {STRINGS.help.docs}
          </button>
        </section>
      </div>
      <form method="dialog" className="dialog-actions">
        <button type="submit" autoFocus>
          {STRINGS.help.close}
        </button>
      </form>
    </dialog>
  )
}
