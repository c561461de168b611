import type { FailureReason } from '../../bridge/model/claim'
import type { DepositStatus, WithdrawalStatus } from '../../bridge/model/status'
import type { Transfer } from '../../bridge/model/transfer'

export type TransferTone = 'neutral' | 'accent' | 'warn' | 'success' | 'danger'

export type TransferDescription = {
  /** "Deposit" / "Withdrawal". */
  title: string
  /** Where the transfer stands, in words. */
  label: string
  tone: TransferTone
  /** What the user can do now, if anything (links to the transfer's page). */
  action?: 'claim' | 'finalize'
}

const failureText: Record<FailureReason, string> = {
  'out-of-gas': 'out of gas',
  reverted: 'reverted',
}

const depositLabels: Record<DepositStatus, Omit<TransferDescription, 'title'>> = {
  'l1-pending': { label: 'Waiting for L1', tone: 'accent' },
  'l1-failed': { label: 'Failed on L1', tone: 'danger' },
  'l2-pending': { label: 'On its way to L2', tone: 'accent' },
  'l2-success': { label: 'Complete', tone: 'success' },
  'l2-failed': { label: 'Failed on L2 — funds claimable on L1', tone: 'warn', action: 'claim' },
  claimed: { label: 'Failed on L2 — claimed back on L1', tone: 'neutral' },
}

const withdrawalLabels: Record<WithdrawalStatus, Omit<TransferDescription, 'title'>> = {
  'l2-pending': { label: 'Pending on L2', tone: 'accent' },
  'l2-failed': { label: 'Failed on L2', tone: 'danger' },
  included: { label: 'Waiting for the batch', tone: 'accent' },
  sealed: { label: 'Batch sealed, waiting for L1', tone: 'accent' },
  committed: { label: 'Committed on L1, waiting for the proof', tone: 'accent' },
  proven: { label: 'Proven, waiting for execution', tone: 'accent' },
  executed: { label: 'Ready to finalize', tone: 'warn', action: 'finalize' },
  finalized: { label: 'Complete', tone: 'success' },
}

/**
 * A transfer's line in the list: its kind, its status in words, and the action it waits for.
 * A failed base-token deposit is refunded on L2 (nothing to claim); `undefined` status = not
 * read yet.
 */
export function describeTransfer(
  transfer: Transfer,
  status: DepositStatus | WithdrawalStatus | undefined,
  /** Why a deposit failed on L2, when known. */
  failure?: FailureReason,
): TransferDescription {
  if (transfer.kind === 'deposit') {
    const s = (status ?? transfer.lastStatus) as DepositStatus | undefined
    if (!s) return { title: 'Deposit', label: 'Checking…', tone: 'neutral' }
    const why = failure ? ` (${failureText[failure]})` : ''
    if (s === 'l2-failed' && transfer.route === 'base-token')
      return { title: 'Deposit', label: `Failed on L2${why} — refunded on L2`, tone: 'danger' }
    if (s === 'l2-failed')
      return {
        title: 'Deposit',
        label: `Failed on L2${why} — funds claimable on L1`,
        tone: 'warn',
        action: 'claim',
      }
    return { title: 'Deposit', ...depositLabels[s] }
  }
  const s = (status ?? transfer.lastStatus) as WithdrawalStatus | undefined
  if (!s) return { title: 'Withdrawal', label: 'Checking…', tone: 'neutral' }
  return { title: 'Withdrawal', ...withdrawalLabels[s] }
}

/** The hash a transfer's own page (#/claim/<hash>) is opened with. */
export function transferPageHash(transfer: Transfer): string {
  return transfer.kind === 'deposit' ? transfer.l1Hash : transfer.l2Hash
}
