/**
 * A deposit's life: the L1 transaction, then the L2 priority transaction. `l2-failed` is the
 * only state that waits for the user (a two-bridges deposit can be claimed back on L1).
 */
export type DepositStatus =
  | 'l1-pending'
  | 'l1-failed'
  | 'l2-pending'
  | 'l2-success'
  | 'l2-failed'
  | 'claimed'

/**
 * A withdrawal's life: the L2 transaction, its batch sealed, committed, proven and executed on
 * L1 (ready to finalize), then finalized by an L1 transaction. `executed` waits for the user.
 */
export type WithdrawalStatus =
  | 'l2-pending'
  | 'l2-failed'
  | 'included'
  | 'sealed'
  | 'committed'
  | 'proven'
  | 'executed'
  | 'finalized'

export type TransferStatus = DepositStatus | WithdrawalStatus

export const depositStatuses = [
  'l1-pending',
  'l1-failed',
  'l2-pending',
  'l2-success',
  'l2-failed',
  'claimed',
] as const satisfies readonly DepositStatus[]

export const withdrawalStatuses = [
  'l2-pending',
  'l2-failed',
  'included',
  'sealed',
  'committed',
  'proven',
  'executed',
  'finalized',
] as const satisfies readonly WithdrawalStatus[]

/** A receipt's status as viem formats it (`success`/`reverted`) or as the RPC sends it (`0x1`/`0x0`). */
export type ReceiptStatusLike = 'success' | 'reverted' | '0x1' | '0x0'

export type ReceiptLike = { status: ReceiptStatusLike }

function succeeded(receipt: ReceiptLike): boolean {
  return receipt.status === 'success' || receipt.status === '0x1'
}

export type DeriveDepositStatusParameters = {
  /** The L1 deposit receipt; `undefined`/`null` while not mined. */
  l1Receipt?: ReceiptLike | null
  /** The L2 priority-transaction receipt; `undefined`/`null` while not executed. */
  l2Receipt?: ReceiptLike | null
  /** Whether the failed deposit was claimed back on L1. */
  claimed?: boolean
}

/**
 * A deposit's status from what is known. An L2 receipt proves the L1 transaction succeeded, so
 * it decides even when the L1 receipt is missing; `claimed` only counts for a failed (or not yet
 * known) L2 execution, since a successful one cannot be claimed.
 */
export function deriveDepositStatus({
  l1Receipt,
  l2Receipt,
  claimed = false,
}: DeriveDepositStatusParameters): DepositStatus {
  if (l2Receipt) {
    if (succeeded(l2Receipt)) return 'l2-success'
    return claimed ? 'claimed' : 'l2-failed'
  }
  if (claimed) return 'claimed'
  if (!l1Receipt) return 'l1-pending'
  if (!succeeded(l1Receipt)) return 'l1-failed'
  return 'l2-pending'
}

/** The fields of `zks_getL1BatchDetails` that matter here; every one may be missing or null. */
export type BatchDetailsLike = {
  status?: string | null
  commitTxHash?: string | null
  proveTxHash?: string | null
  executeTxHash?: string | null
}

export type DeriveWithdrawalStatusParameters = {
  /** The L2 withdrawal receipt; `undefined`/`null` while not mined. */
  l2Receipt?: ReceiptLike | null
  /** `zks_getL1BatchDetails` of the receipt's batch; `null` while the batch is not sealed. */
  batchDetails?: BatchDetailsLike | null
  /** `isWithdrawalFinalized` on L1. */
  finalized?: boolean
}

/**
 * A withdrawal's status from what is known. Batch stages follow the L1 transaction hashes the
 * node fills in once each is confirmed (`status: 'verified'` also means executed); a later stage
 * implies the earlier ones. `finalized` is read from L1 and wins over stale L2 data.
 */
export function deriveWithdrawalStatus({
  l2Receipt,
  batchDetails,
  finalized = false,
}: DeriveWithdrawalStatusParameters): WithdrawalStatus {
  if (l2Receipt && !succeeded(l2Receipt)) return 'l2-failed'
  if (finalized) return 'finalized'
  if (!l2Receipt) return 'l2-pending'
  if (!batchDetails) return 'included'
  if (batchDetails.executeTxHash || batchDetails.status === 'verified') return 'executed'
  if (batchDetails.proveTxHash) return 'proven'
  if (batchDetails.commitTxHash) return 'committed'
  return 'sealed'
}

const terminal: ReadonlySet<TransferStatus> = new Set<TransferStatus>([
  'l1-failed',
  'l2-success',
  'claimed',
  'finalized',
])

/**
 * True when nothing more can ever happen: stop polling. A failed L2 withdrawal (`l2-failed` of a
 * withdrawal) is terminal too, but shares its name with the claimable deposit state, so pass the
 * kind to tell them apart.
 */
export function isTerminal(status: TransferStatus, kind?: 'deposit' | 'withdrawal'): boolean {
  if (status === 'l2-failed') return kind === 'withdrawal'
  return terminal.has(status)
}

/**
 * Nothing on chain can change this status any more (a failed deposit's L2 result is final too;
 * whether it was claimed is a separate check): it need not be read again.
 */
export function isSettled(status: TransferStatus | undefined, kind: 'deposit' | 'withdrawal') {
  return (
    status !== undefined &&
    (isTerminal(status, kind) || (kind === 'deposit' && status === 'l2-failed'))
  )
}

/** True when the next step is the user's: claim a failed deposit, finalize an executed withdrawal. */
export function awaitsUserAction(status: TransferStatus, kind: 'deposit' | 'withdrawal'): boolean {
  return kind === 'deposit' ? status === 'l2-failed' : status === 'executed'
}

export type ProgressStep = {
  id: string
  label: string
  state: StepStatus
}

/**
 * The deposit stepper: L1 transaction → L2 execution, plus the L1 claim once execution failed.
 * Labels say where each step is ("L1 pending", "L1 confirmed", "L2 pending", "L2 success"…).
 */
export function depositProgressSteps(status: DepositStatus): ProgressStep[] {
  const l1: ProgressStep =
    status === 'l1-pending'
      ? { id: 'l1', label: 'L1 pending', state: 'active' }
      : status === 'l1-failed'
        ? { id: 'l1', label: 'L1 failed', state: 'failed' }
        : { id: 'l1', label: 'L1 confirmed', state: 'done' }
  const l2: ProgressStep = (() => {
    switch (status) {
      case 'l1-pending':
      case 'l1-failed':
        return { id: 'l2', label: 'L2 execution', state: 'pending' }
      case 'l2-pending':
        return { id: 'l2', label: 'L2 pending', state: 'active' }
      case 'l2-success':
        return { id: 'l2', label: 'L2 success', state: 'done' }
      case 'l2-failed':
      case 'claimed':
        return { id: 'l2', label: 'L2 failed', state: 'failed' }
    }
  })()
  if (status === 'l2-failed')
    return [l1, l2, { id: 'claim', label: 'Claim on L1', state: 'active' }]
  if (status === 'claimed') return [l1, l2, { id: 'claim', label: 'Claimed on L1', state: 'done' }]
  return [l1, l2]
}

const withdrawalStages = [
  { id: 'l2', pending: 'L2 pending', done: 'L2 confirmed' },
  { id: 'sealed', pending: 'Batch sealing', done: 'Batch sealed' },
  { id: 'committed', pending: 'Commit on L1', done: 'Committed on L1' },
  { id: 'proven', pending: 'Proof on L1', done: 'Proven on L1' },
  { id: 'executed', pending: 'Execution on L1', done: 'Executed on L1' },
  { id: 'finalized', pending: 'Finalize on L1', done: 'Finalized on L1' },
] as const satisfies readonly {
  id: string
  pending: string
  done: string
}[]

/** Order of the stages a successful withdrawal goes through (index into `withdrawalStages`). */
const withdrawalRank: Record<WithdrawalStatus, number> = {
  'l2-pending': -1,
  'l2-failed': -1,
  included: 0,
  sealed: 1,
  committed: 2,
  proven: 3,
  executed: 4,
  finalized: 5,
}

/**
 * The withdrawal stepper: L2 → batch sealed → committed → proven → executed → finalized. The
 * first stage not reached is `active` (the one in progress; for `finalize` the user's turn).
 */
export function withdrawalProgressSteps(status: WithdrawalStatus): ProgressStep[] {
  if (status === 'l2-failed') {
    return withdrawalStages.map((stage, index) =>
      index === 0
        ? { id: stage.id, label: 'L2 failed', state: 'failed' }
        : { id: stage.id, label: stage.pending, state: 'pending' },
    )
  }
  const rank = withdrawalRank[status]
  return withdrawalStages.map((stage, index) => ({
    id: stage.id,
    label: index <= rank ? stage.done : stage.pending,
    state: index <= rank ? 'done' : index === rank + 1 ? 'active' : 'pending',
  }))
}

/** Per-step state of a multi-step flow (executor, progress UI, wizard). */
export type StepStatus = 'pending' | 'active' | 'done' | 'failed'
