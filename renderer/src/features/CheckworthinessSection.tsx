// "Why it was picked": the claim's check-worthiness score and the model's reasons, in a
// reviewer's words ("+ states a number: '50'", "− opinion: 'I think'"). Claims made by
// hand, or extracted before the model gave reasons, show the score alone and say so.
import type { Claim } from '../../../electron/core/schema'
import { t } from '../i18n'
import { signalMessage } from '../../../electron/core/messages/signals'
import { tm } from '../i18n/messages'

/** "+ states a number: '50'" → sign and text, so the sign can be shown (and read) apart. */
function splitReason(reason: string): { sign: 'up' | 'down' | null; text: string } {
  const match = /^([+\-−])\s*(.*)$/.exec(reason)
  if (!match) return { sign: null, text: reason }
  return { sign: match[1] === '+' ? 'up' : 'down', text: match[2] }
}

/** A stored reason in the UI's language when a signal of the model says it; otherwise as stored. */
function shownReason(text: string): string {
  const m = signalMessage(text)
  return m ? tm(m) : text
}

export function CheckworthinessSection({ claim }: { claim: Pick<Claim, 'checkworthiness' | 'reasons'> }) {
  const percent = Math.round(claim.checkworthiness * 100)
  const reasons = claim.reasons ?? []
  return (
    <section className="checkworthiness" aria-labelledby="checkworthiness-title">
      <h3 className="section-title" id="checkworthiness-title">
        {t('checkworthiness.title')}
      </h3>
      <p className="cw-score">
        <span className="cw-meter" aria-hidden="true">
          <span style={{ width: `${percent}%` }} />
        </span>
        {t('checkworthiness.score', { percent })}
      </p>
      {reasons.length > 0 ? (
        <ul className="cw-reasons">
          {reasons.map((reason, i) => {
            const { sign, text } = splitReason(reason)
            return (
              <li key={i} className={sign ? `cw-${sign}` : undefined}>
                {sign && (
                  <span className="cw-sign" aria-label={sign === 'up' ? t('checkworthiness.raises') : t('checkworthiness.lowers')}>
                    {sign === 'up' ? '+' : '−'}
                  </span>
                )}
                {shownReason(text)}
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="hint">{t('checkworthiness.noReasons')}</p>
      )}
    </section>
  )
}
