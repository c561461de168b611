import type { ClaimStatus } from '../../bridge/model/claim'
import type { DepositStatus } from '../../bridge/model/status'

/**
 * Where a looked-up deposit stands, for its stepper (L1 → L2 → claim on L1); `undefined` when
 * stages would mislead (not found, not a deposit, a base-token deposit refunded on L2).
 */
export function depositStatusOfClaim(
  status: ClaimStatus,
  claimedHere: boolean,
): DepositStatus | undefined {
  if (claimedHere) return 'claimed'
  if (status.state === 'claimable') return 'l2-failed'
  switch (status.why) {
    case 'l2-pending':
      return 'l2-pending'
    case 'succeeded':
      return 'l2-success'
    case 'batch-not-executed':
      return 'l2-failed'
    case 'already-claimed':
      return 'claimed'
    default:
      return undefined
  }
}
