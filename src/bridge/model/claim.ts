import type { Hash } from 'viem'

/** Why an L1→L2 transaction failed on L2, where it can be told from the receipt. */
export type FailureReason = 'out-of-gas' | 'reverted'

export type NotClaimableReason =
  | 'not-found'
  | 'l2-pending'
  | 'succeeded'
  | 'base-token'
  | 'not-a-deposit'
  | 'already-claimed'
  | 'batch-not-executed'

/** Whether a deposit's funds can be claimed back on L1, and if not, why. */
export type ClaimStatus =
  | { state: 'claimable'; l1Hash?: Hash; l2Hash: Hash; reason: FailureReason }
  | {
      state: 'not-claimable'
      l2Hash?: Hash
      l1Hash?: Hash
      why: NotClaimableReason
      /** For `batch-not-executed`: ETA of the batch execution (ms since epoch). */
      readyAt?: number
      /** For failed deposits: what went wrong on L2. */
      reason?: FailureReason
    }

/** What the chain says about a (supposed) deposit; later facts are only read when needed. */
export type ClaimFacts = {
  l1Hash?: Hash
  /** Undefined when an L1 hash has no priority request in its receipt. */
  l2Hash?: Hash
  /** The L2 transaction exists (mined or not). */
  l2Known: boolean
  l2Receipt?: {
    success: boolean
    /** The bootloader's status log for this hash: only L1→L2 transactions have one. */
    priority: boolean
    /** Sent to the L2 shared bridge, i.e. a two-bridges deposit (ERC-20, or ETH to a custom chain). */
    viaSharedBridge: boolean
    outOfGas: boolean
  }
  batchExecuted?: boolean
  /** `L1Nullifier.depositHappened` still holds the deposit (cleared by a claim). */
  depositRecorded?: boolean
  readyAt?: number
}

/**
 * The claim rules: only a deposit through the second bridge that failed on L2 can be claimed on
 * L1, once its batch is executed, and only once. Base-token deposits and plain L1→L2 calls are
 * refunded on L2 instead.
 */
export function decideClaim(f: ClaimFacts): ClaimStatus {
  const ids = {
    ...(f.l1Hash ? { l1Hash: f.l1Hash } : {}),
    ...(f.l2Hash ? { l2Hash: f.l2Hash } : {}),
  }
  if (f.l1Hash && !f.l2Hash) return { state: 'not-claimable', ...ids, why: 'not-a-deposit' }
  const receipt = f.l2Receipt
  if (!receipt)
    return {
      state: 'not-claimable',
      ...ids,
      why: f.l2Known || f.l1Hash ? 'l2-pending' : 'not-found',
    }
  if (!receipt.priority) return { state: 'not-claimable', ...ids, why: 'not-a-deposit' }
  if (receipt.success) return { state: 'not-claimable', ...ids, why: 'succeeded' }
  const reason: FailureReason = receipt.outOfGas ? 'out-of-gas' : 'reverted'
  if (!receipt.viaSharedBridge) return { state: 'not-claimable', ...ids, why: 'base-token', reason }
  if (!f.batchExecuted)
    return {
      state: 'not-claimable',
      ...ids,
      why: 'batch-not-executed',
      reason,
      ...(f.readyAt === undefined ? {} : { readyAt: f.readyAt }),
    }
  if (!f.depositRecorded) return { state: 'not-claimable', ...ids, why: 'already-claimed', reason }
  return { state: 'claimable', ...ids, l2Hash: f.l2Hash as Hash, reason }
}
