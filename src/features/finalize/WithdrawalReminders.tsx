import type { Hash } from 'viem'
import { Button } from '../../components/ui/Button'
import { downloadIcs } from '../../lib/downloadIcs'
import type { useReadyNotification } from './useReadyNotification'

export type WithdrawalRemindersProps = {
  l2Hash: Hash
  /** When the withdrawal is expected to be ready (ms since epoch). */
  readyAt: number | undefined
  /** "1.5 ETH". */
  what: string
  l1Name: string
  notification: ReturnType<typeof useReadyNotification>
}

/** "Notify me when ready" (asks the browser only on click) and a calendar file at the ETA. */
export function WithdrawalReminders({
  l2Hash,
  readyAt,
  what,
  l1Name,
  notification,
}: WithdrawalRemindersProps) {
  const { permission, armed, blocked, optIn } = notification
  const canNotify = permission !== 'unsupported' && permission !== 'denied'
  if (!canNotify && !blocked && readyAt === undefined) return null
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="reminders">
      {canNotify && (
        <Button size="sm" variant="secondary" disabled={armed} onClick={() => void optIn()}>
          {armed ? 'You will be notified here' : 'Notify me when ready'}
        </Button>
      )}
      {blocked && (
        <span className="text-xs text-muted">Notifications are blocked for this site.</span>
      )}
      {readyAt !== undefined && (
        <Button
          size="sm"
          variant="secondary"
          onClick={() => downloadIcs({ l2Hash, readyAt, what, l1Name })}
        >
          Add to calendar (.ics)
        </Button>
      )}
    </div>
  )
}
