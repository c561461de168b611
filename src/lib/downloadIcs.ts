import type { Hash } from 'viem'
import { buildIcs } from './buildIcs'

/** This withdrawal's page in this Ferry (works from any device): `…#/claim/<hash>`. */
export function claimUrlOf(
  l2Hash: Hash,
  location: Pick<Location, 'origin' | 'pathname' | 'search'>,
) {
  return `${location.origin}${location.pathname}${location.search}#/claim/${l2Hash}`
}

/** Saves a calendar event at `readyAt` reminding to finalize the withdrawal (an .ics file). */
export function downloadIcs(p: { l2Hash: Hash; readyAt: number; what: string; l1Name: string }) {
  const url = claimUrlOf(p.l2Hash, window.location)
  const ics = buildIcs({
    uid: `withdrawal-${p.l2Hash.toLowerCase()}@ferry`,
    start: new Date(p.readyAt),
    summary: `Finalize your withdrawal of ${p.what}`,
    description: `Your withdrawal of ${p.what} should now be ready to finalize on ${p.l1Name}. Open ${url} to finalize it.`,
    url,
  })
  const href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }))
  const a = document.createElement('a')
  a.href = href
  a.download = `ferry-withdrawal-${p.l2Hash.slice(2, 10)}.ics`
  a.click()
  setTimeout(() => URL.revokeObjectURL(href), 1_000)
}
