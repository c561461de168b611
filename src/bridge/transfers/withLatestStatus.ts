import type { Hash } from 'viem'
import type { DepositStatus, WithdrawalStatus } from '../model/status'
import type { Transfer } from '../model/transfer'

/** What a status query learned about a transfer. */
export type StatusUpdate =
  | { kind: 'deposit'; status: DepositStatus; l2Hash?: Hash | undefined }
  | { kind: 'withdrawal'; status: WithdrawalStatus }

/**
 * The record with what the chain says now, or `undefined` when that changes nothing. A claimed
 * deposit stays claimed: the chain reports it as failed on L2 forever, the claim is this
 * browser's knowledge (or another's, through the claim status).
 */
export function withLatestStatus(transfer: Transfer, update: StatusUpdate): Transfer | undefined {
  if (transfer.kind === 'deposit' && update.kind === 'deposit') {
    const status =
      transfer.lastStatus === 'claimed' && update.status === 'l2-failed' ? 'claimed' : update.status
    const l2Hash = transfer.l2Hash ?? update.l2Hash
    if (status === transfer.lastStatus && l2Hash === transfer.l2Hash) return undefined
    return { ...transfer, lastStatus: status, ...(l2Hash ? { l2Hash } : {}) }
  }
  if (transfer.kind === 'withdrawal' && update.kind === 'withdrawal') {
    if (update.status === transfer.lastStatus) return undefined
    return { ...transfer, lastStatus: update.status }
  }
  return undefined
}
