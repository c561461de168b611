import type { QueryCacheNotifyEvent, QueryClient } from '@tanstack/query-core'
import type { Hash } from 'viem'
import type { StorageLike } from '../../lib/storage'
import {
  type DepositStatus,
  depositStatuses,
  type WithdrawalStatus,
  withdrawalStatuses,
} from '../model/status'
import { type Transfer, transferId } from '../model/transfer'
import { validateTransfer } from '../transfers/schema'
import { loadTransfers, saveTransfer } from '../transfers/store'
import { type StatusUpdate, withLatestStatus } from '../transfers/withLatestStatus'

const isDepositStatus = (value: unknown): value is DepositStatus =>
  depositStatuses.some((status) => status === value)
const isWithdrawalStatus = (value: unknown): value is WithdrawalStatus =>
  withdrawalStatuses.some((status) => status === value)
const isHash = (value: unknown): value is Hash =>
  typeof value === 'string' && /^0x[0-9a-fA-F]{64}$/.test(value)

/** The update a successful status query carries (the key names the query; the data is checked). */
function updateOf(event: QueryCacheNotifyEvent): StatusUpdate | undefined {
  if (event.type !== 'updated' || event.action.type !== 'success') return undefined
  const [, name] = event.query.queryKey
  const data: unknown = event.action.data
  if (typeof data !== 'object' || data === null || !('status' in data)) return undefined
  if (name === 'depositStatus' && isDepositStatus(data.status)) {
    const l2Hash = 'l2Hash' in data && isHash(data.l2Hash) ? data.l2Hash : undefined
    return { kind: 'deposit', status: data.status, l2Hash }
  }
  if (name === 'withdrawalStatus' && isWithdrawalStatus(data.status))
    return { kind: 'withdrawal', status: data.status }
  return undefined
}

/** The stored version of a record, which may know more than the query's copy (a claim hash). */
function storedOrGiven(storage: StorageLike, given: Transfer): Transfer {
  const id = transferId(given)
  const stored = loadTransfers(storage, { pairId: given.pairId, account: given.account })
  return stored.transfers.find((t) => transferId(t) === id) ?? given
}

/**
 * Keeps the transfers store up to date with what status queries learn: whenever a deposit or
 * withdrawal status query that carries its record (`meta.transfer`) succeeds, the record's
 * `lastStatus` (and a deposit's L2 hash) is saved, so a terminal transfer needs no polling after
 * a reload. Status queries themselves never write. Returns the unsubscribe function.
 */
export function persistTransferStatuses(queryClient: QueryClient, storage: StorageLike) {
  return queryClient.getQueryCache().subscribe((event) => {
    const update = updateOf(event)
    if (!update) return
    const given = validateTransfer(event.query.meta?.transfer)
    if (!given.ok) return
    const next = withLatestStatus(storedOrGiven(storage, given.value), update)
    if (next) saveTransfer(storage, next)
  })
}
