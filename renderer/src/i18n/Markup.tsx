// A catalogue message may mark words <em>…</em> or <strong>…</strong>, so a translator keeps the
// emphasis where the language puts the words. Only those two tags are read; everything else is
// text (React escapes it). Used only where the filled-in values are counts or labels, not user text.
import { Fragment } from 'react'

const TAG = /<(em|strong)>(.*?)<\/\1>/g

export function Markup({ text }: { text: string }) {
  const parts: React.ReactNode[] = []
  let at = 0
  for (const match of text.matchAll(TAG)) {
    if (match.index > at) parts.push(text.slice(at, match.index))
    const Tag = match[1] as 'em' | 'strong'
    parts.push(<Tag key={match.index}>{match[2]}</Tag>)
    at = match.index + match[0].length
  }
  if (at < text.length) parts.push(text.slice(at))
  return <Fragment>{parts}</Fragment>
}
