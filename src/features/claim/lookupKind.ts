import type { WithdrawalStatusInfo } from '../../bridge/actions/getWithdrawalStatus'
import type { ClaimStatus } from '../../bridge/model/claim'

/** What a pasted hash turned out to be, as far as known yet. */
export type LookupKind = 'loading' | 'withdrawal' | 'deposit' | 'other' | 'not-found'

/**
 * Decides between the withdrawal panel and the deposit claim panel from both readings: stages
 * only a withdrawal reaches decide at once; a failed or pending L2 transaction may be either, so
 * the claim reading decides (a priority transaction is a deposit). `needsClaimStatus` says when
 * the claim reading is worth making.
 */
export function lookupKind(p: {
  withdrawal: WithdrawalStatusInfo | undefined
  claim: ClaimStatus | undefined
}): LookupKind {
  const readiness = p.withdrawal?.finalize
  if (!readiness) return 'loading'
  if (isSurelyWithdrawal(p.withdrawal)) return 'withdrawal'
  const claim = p.claim
  if (!claim) return 'loading'
  if (claim.state === 'claimable') return 'deposit'
  if (claim.why !== 'not-a-deposit' && claim.why !== 'not-found') return 'deposit'
  const reason = readiness.ready ? undefined : readiness.reason
  if (reason === 'l2-failed' || reason === 'l2-pending') return 'withdrawal'
  if (claim.why === 'not-found' && reason === 'not-found') return 'not-found'
  return 'other'
}

/** Whether the withdrawal reading alone proves it is a withdrawal (no claim reading needed). */
export function isSurelyWithdrawal(withdrawal: WithdrawalStatusInfo | undefined): boolean {
  const readiness = withdrawal?.finalize
  if (!readiness) return false
  return (
    readiness.ready ||
    readiness.reason === 'batch-not-executed' ||
    readiness.reason === 'proof-not-available' ||
    readiness.reason === 'awaiting-l1-settlement' ||
    readiness.reason === 'already-finalized'
  )
}
