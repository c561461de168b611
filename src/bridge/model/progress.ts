import type { ClaimStatus } from './claim'
import type { DepositStatus, WithdrawalStatus } from './status'

// Status reads that follow the chain, not the clock. A transfer's status can only change when
// something specific happens on a chain: a new L1 block (a deposit's L1 transaction mined), a new
// L2 block (its L2 transaction executed), a batch sealed, committed, proven or executed. One
// cheap read per pair (`ChainProgress`) says how far the chains are; a status is re-read only
// when the event it waits for has happened. A status that waits for the user (ready to finalize,
// failed and claimable) or is final waits for nothing and is never re-read on its own.

/** How far a pair's chains are: their heads and, where they report them, the batch counters. */
export type ChainProgress = {
  l1Block: bigint
  l2Block: bigint
  /** The latest sealed batch (`zks_L1BatchNumber`), where the L2 reports it. */
  sealedBatch?: bigint | undefined
  /** Batches committed / proven / executed, from the chain's L1 contract, where it reports them. */
  committedBatch?: bigint | undefined
  provenBatch?: bigint | undefined
  executedBatch?: bigint | undefined
}

export type BatchStage = 'sealed' | 'committed' | 'proven' | 'executed'

/** What a status waits for. */
export type StatusTrigger =
  | { on: 'l1-block' }
  | { on: 'l2-block' }
  | { on: 'batch'; stage: BatchStage; batch: bigint }

const nextStage: Partial<Record<WithdrawalStatus, BatchStage>> = {
  included: 'sealed',
  sealed: 'committed',
  committed: 'proven',
  proven: 'executed',
}

/** What a withdrawal's status waits for (`undefined`: nothing on chain, it is final or the user's). */
export function withdrawalTrigger(info: {
  status: WithdrawalStatus
  batchNumber?: bigint | undefined
  finalize?: { ready: boolean; reason?: string } | undefined
}): StatusTrigger | undefined {
  if (info.status === 'l2-pending') return { on: 'l2-block' }
  if (info.status === 'executed')
    // executed but no proof served yet: the L2 server catches up block by block
    return info.finalize?.ready === false && info.finalize.reason === 'proof-not-available'
      ? { on: 'l2-block' }
      : undefined
  // executed on its settlement layer, waiting for L1 (Gateway): L1 answers with a new block
  if (info.finalize?.ready === false && info.finalize.reason === 'awaiting-l1-settlement')
    return { on: 'l1-block' }
  const stage = nextStage[info.status]
  if (!stage) return undefined
  // no batch number: a node without batch details (ZKsync OS); the batch executes on L1
  return info.batchNumber === undefined
    ? { on: 'l1-block' }
    : { on: 'batch', stage, batch: info.batchNumber }
}

/** What a deposit's status waits for. */
export function depositTrigger(info: { status: DepositStatus }): StatusTrigger | undefined {
  if (info.status === 'l1-pending') return { on: 'l1-block' }
  if (info.status === 'l2-pending') return { on: 'l2-block' }
  return undefined
}

/** What a claim check waits for: the deposit executed on L2, then its batch on L1. */
export function claimTrigger(claim: ClaimStatus): StatusTrigger | undefined {
  if (claim.state !== 'not-claimable') return undefined
  if (claim.why === 'l2-pending') return { on: 'l2-block' }
  if (claim.why === 'batch-not-executed') return { on: 'l1-block' }
  return undefined
}

const counterOf = (progress: ChainProgress, stage: BatchStage) =>
  stage === 'sealed'
    ? progress.sealedBatch
    : stage === 'committed'
      ? progress.committedBatch
      : stage === 'proven'
        ? progress.provenBatch
        : progress.executedBatch

/**
 * Whether what a status waits for happened between two readings of the chains (`before`: none
 * yet). A batch stage the chain does not report is followed by its L1 blocks instead (batches
 * are committed, proven and executed by L1 transactions).
 */
export function isTriggered(
  trigger: StatusTrigger,
  before: ChainProgress | undefined,
  after: ChainProgress,
): boolean {
  if (trigger.on === 'l1-block') return before?.l1Block !== after.l1Block
  if (trigger.on === 'l2-block') return before?.l2Block !== after.l2Block
  const counter = counterOf(after, trigger.stage)
  if (counter === undefined)
    return trigger.stage === 'sealed'
      ? before?.l2Block !== after.l2Block
      : before?.l1Block !== after.l1Block
  return counter >= trigger.batch
}
