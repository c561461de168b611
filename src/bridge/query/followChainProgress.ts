import type { Query, QueryClient } from '@tanstack/query-core'
import type { NotClaimableReason } from '../model/claim'
import {
  type ChainProgress,
  claimTrigger,
  depositTrigger,
  isTriggered,
  type StatusTrigger,
  withdrawalTrigger,
} from '../model/progress'
import {
  type DepositStatus,
  depositStatuses,
  type WithdrawalStatus,
  withdrawalStatuses,
} from '../model/status'

// The other half of status reads that follow the chain (model/progress.ts): whenever a pair's
// `chainProgress` query reads something new, the status queries of that pair whose awaited event
// it reports are re-read — and only those. A status query that failed is re-read at the next
// progress, so an RPC hiccup heals without a timer of its own.

const isBigint = (value: unknown): value is bigint => typeof value === 'bigint'

function progressOf(data: unknown): ChainProgress | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  if (!('l1Block' in data) || !('l2Block' in data)) return undefined
  if (!isBigint(data.l1Block) || !isBigint(data.l2Block)) return undefined
  const optional = (key: 'sealedBatch' | 'committedBatch' | 'provenBatch' | 'executedBatch') => {
    const value = key in data ? (data as Record<string, unknown>)[key] : undefined
    return isBigint(value) ? { [key]: value } : {}
  }
  return {
    l1Block: data.l1Block,
    l2Block: data.l2Block,
    ...optional('sealedBatch'),
    ...optional('committedBatch'),
    ...optional('provenBatch'),
    ...optional('executedBatch'),
  }
}

const isWithdrawalStatus = (v: unknown): v is WithdrawalStatus =>
  withdrawalStatuses.some((s) => s === v)
const isDepositStatus = (v: unknown): v is DepositStatus => depositStatuses.some((s) => s === v)
const notClaimableReasons: readonly string[] = [
  'not-found',
  'l2-pending',
  'succeeded',
  'base-token',
  'not-a-deposit',
  'already-claimed',
  'batch-not-executed',
] satisfies readonly NotClaimableReason[]
const isNotClaimableReason = (v: unknown): v is NotClaimableReason =>
  typeof v === 'string' && notClaimableReasons.includes(v)

function finalizeOf(data: object): { ready: boolean; reason?: string } | undefined {
  if (!('finalize' in data) || typeof data.finalize !== 'object' || data.finalize === null)
    return undefined
  const { finalize } = data
  if (!('ready' in finalize) || typeof finalize.ready !== 'boolean') return undefined
  const reason =
    'reason' in finalize && typeof finalize.reason === 'string' ? finalize.reason : undefined
  return { ready: finalize.ready, ...(reason === undefined ? {} : { reason }) }
}

/** What a cached status waits for, read from the query's name and data. */
export function triggerOfQuery(name: unknown, data: unknown): StatusTrigger | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  if (name === 'withdrawalStatus' && 'status' in data) {
    const { status } = data
    if (!isWithdrawalStatus(status)) return undefined
    const batchNumber =
      'batchNumber' in data && isBigint(data.batchNumber) ? data.batchNumber : undefined
    return withdrawalTrigger({ status, batchNumber, finalize: finalizeOf(data) })
  }
  if ((name === 'depositStatus' || name === 'l1ToL2Status') && 'status' in data) {
    const { status } = data
    return isDepositStatus(status) ? depositTrigger({ status }) : undefined
  }
  if (name === 'claimStatus' && 'state' in data) {
    if (data.state !== 'not-claimable') return undefined
    const why = 'why' in data ? data.why : undefined
    return isNotClaimableReason(why) ? claimTrigger({ state: 'not-claimable', why }) : undefined
  }
  return undefined
}

const STATUS_QUERIES = ['withdrawalStatus', 'depositStatus', 'l1ToL2Status', 'claimStatus'] as const

/**
 * Subscribes to the query cache: each new reading of a pair's chains re-reads the statuses it
 * concerns. Returns the unsubscribe function.
 */
export function followChainProgress(queryClient: QueryClient) {
  const cache = queryClient.getQueryCache()
  const last = new Map<string, ChainProgress>()
  return cache.subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return
    const [, name, ids] = event.query.queryKey
    if (name !== 'chainProgress' || typeof ids !== 'object' || ids === null) return
    const l1ChainId = 'l1ChainId' in ids ? ids.l1ChainId : undefined
    const l2ChainId = 'l2ChainId' in ids ? ids.l2ChainId : undefined
    if (typeof l1ChainId !== 'number' || typeof l2ChainId !== 'number') return
    const after = progressOf(event.action.data)
    if (!after) return
    const before = last.get(event.query.queryHash)
    last.set(event.query.queryHash, after)
    // the first reading: the statuses on screen were just read themselves
    if (!before) return
    for (const statusName of STATUS_QUERIES) {
      const queries: Query[] = cache.findAll({
        queryKey: ['ferry', statusName, { l1ChainId, l2ChainId }],
      })
      for (const query of queries) {
        if (query.state.fetchStatus === 'fetching') continue
        const failed = query.state.status === 'error'
        const trigger = failed
          ? ({ on: 'l1-block' } as const)
          : triggerOfQuery(statusName, query.state.data)
        if (trigger && isTriggered(trigger, before, after))
          void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true })
      }
    }
  })
}
