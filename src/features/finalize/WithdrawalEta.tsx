import { secondsLeft } from '../../bridge/model/eta'
import { formatDateTime, formatDuration } from '../../lib/format'

/** "Expected to be ready at Nov 24, 2026, 5:44 PM (in 4m 05s)", counting down; nothing once due. */
export function WithdrawalEta({ readyAt, now }: { readyAt: number; now: number }) {
  const left = secondsLeft(readyAt, now)
  if (left <= 0) return null
  return (
    <p data-testid="withdrawal-eta">
      Expected to be ready at{' '}
      <span className="font-semibold text-ink">{formatDateTime(readyAt)}</span>{' '}
      <span className="tabular-nums">(in {formatDuration(left, 'short')})</span>
    </p>
  )
}
