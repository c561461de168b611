import { useEffect, useRef, useState } from 'react'
import type { Hash } from 'viem'
import { Button } from '../../components/ui/Button'
import { buildIcs } from './buildIcs'

export type WithdrawalRemindersProps = {
  l2Hash: Hash
  /** When the withdrawal is expected to be ready (ms since epoch). */
  readyAt: number | undefined
  ready: boolean
  /** "1.5 ETH". */
  what: string
  l1Name: string
}

type Permission = NotificationPermission | 'unsupported'

function currentPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission
}

/** The page's own URL for this withdrawal (works from any device). */
function claimUrl(l2Hash: Hash): string {
  const { origin, pathname, search } = window.location
  return `${origin}${pathname}${search}#/claim/${l2Hash}`
}

/**
 * Reminders for a withdrawal still waiting: a browser notification when it becomes ready while
 * Ferry is open (asked for only when the user opts in), and a calendar file at the ETA.
 */
export function WithdrawalReminders({
  l2Hash,
  readyAt,
  ready,
  what,
  l1Name,
}: WithdrawalRemindersProps) {
  const [permission, setPermission] = useState<Permission>(currentPermission)
  const [wanted, setWanted] = useState(false)
  const notified = useRef(false)

  useEffect(() => {
    if (!ready || !wanted || notified.current || permission !== 'granted') return
    notified.current = true
    new Notification('Withdrawal ready to finalize', {
      body: `${what} can now be claimed on ${l1Name}.`,
      tag: `ferry-${l2Hash}`,
    })
  }, [ready, wanted, permission, what, l1Name, l2Hash])

  if (ready) return null
  const downloadIcs = () => {
    if (readyAt === undefined) return
    const url = claimUrl(l2Hash)
    const ics = buildIcs({
      uid: `withdrawal-${l2Hash.toLowerCase()}@ferry`,
      start: new Date(readyAt),
      summary: `Finalize your withdrawal of ${what}`,
      description: `Your withdrawal of ${what} should be ready to finalize on ${l1Name}. Open ${url} to finalize it.`,
      url,
    })
    const href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }))
    const a = document.createElement('a')
    a.href = href
    a.download = `ferry-withdrawal-${l2Hash.slice(2, 10)}.ics`
    a.click()
    setTimeout(() => URL.revokeObjectURL(href), 1_000)
  }
  return (
    <div className="flex flex-wrap gap-2" data-testid="reminders">
      {permission !== 'unsupported' && permission !== 'denied' && (
        <Button
          size="sm"
          variant="secondary"
          disabled={wanted && permission === 'granted'}
          onClick={async () => {
            setWanted(true)
            if (permission === 'default') setPermission(await Notification.requestPermission())
          }}
        >
          {wanted && permission === 'granted'
            ? 'You will be notified here'
            : 'Notify me when ready'}
        </Button>
      )}
      {readyAt !== undefined && (
        <Button size="sm" variant="secondary" onClick={downloadIcs}>
          Add to calendar (.ics)
        </Button>
      )}
    </div>
  )
}
