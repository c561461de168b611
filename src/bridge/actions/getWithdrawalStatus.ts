import { type Hash, TransactionNotFoundError, TransactionReceiptNotFoundError } from 'viem'
import { getTransaction, getTransactionReceipt } from 'viem/actions'
import {
  getBlockDetails,
  getL1BatchDetails,
  getLogProof,
  isWithdrawalFinalized,
  type ZksyncBatchDetails,
  type ZksyncTransactionReceipt,
} from 'viem/zksync'
import type { BridgeClients } from '../clients'
import { L1_MESSENGER_ADDRESS } from '../constants'
import { deriveWithdrawalStatus, type WithdrawalStatus } from '../model/status'
import { estimateReadyAt } from './estimateReadyAt'

/** Why a withdrawal cannot be finalized now (or `ready`). */
export type FinalizeReadiness =
  | { ready: true }
  | {
      ready: false
      reason:
        | 'not-found'
        | 'not-a-withdrawal'
        | 'l2-failed'
        | 'l2-pending'
        | 'batch-not-executed'
        | 'proof-not-available'
        | 'already-finalized'
      /** For `batch-not-executed`: when the batch is expected to be executed (ms since epoch). */
      readyAt?: number
    }

export type WithdrawalStatusInfo = {
  status: WithdrawalStatus
  l2Receipt?: { status: 'success' | 'reverted'; blockNumber: bigint; fee: bigint }
  /** The L1 batch that holds the withdrawal (known before sealing from the block details). */
  batchNumber?: bigint
  batch?: Pick<
    ZksyncBatchDetails,
    'commitTxHash' | 'committedAt' | 'proveTxHash' | 'provenAt' | 'executeTxHash' | 'executedAt'
  > | null
  /** Estimated time the withdrawal can be finalized (ms since epoch), until it is executed. */
  readyAt?: number
  finalize: FinalizeReadiness
}

export type GetWithdrawalStatusParameters = BridgeClients & {
  /** The L2 withdrawal transaction. */
  l2Hash: Hash
  now?: number
}

/**
 * Where a withdrawal is: L2 pending → included → sealed → committed → proven → executed (ready to
 * finalize) → finalized, from the receipt, `zks_getL1BatchDetails` and `isWithdrawalFinalized`,
 * with the reason it cannot be finalized yet and an ETA from the chain's recent batch timings.
 */
export async function getWithdrawalStatus(
  parameters: GetWithdrawalStatusParameters,
): Promise<WithdrawalStatusInfo> {
  const { l1, l2, l2Hash } = parameters
  const now = parameters.now ?? Date.now()
  let receipt: ZksyncTransactionReceipt | null = null
  try {
    receipt = await getTransactionReceipt(l2, { hash: l2Hash })
  } catch (error) {
    if (!(error instanceof TransactionReceiptNotFoundError)) throw error
  }
  if (!receipt) {
    const known = await getTransaction(l2, { hash: l2Hash }).catch((error) => {
      if (error instanceof TransactionNotFoundError) return null
      throw error
    })
    return {
      status: 'l2-pending',
      finalize: { ready: false, reason: known ? 'l2-pending' : 'not-found' },
    }
  }
  const l2Receipt = {
    status: receipt.status,
    blockNumber: receipt.blockNumber,
    fee: receipt.gasUsed * receipt.effectiveGasPrice,
  }
  if (receipt.status !== 'success')
    return { status: 'l2-failed', l2Receipt, finalize: { ready: false, reason: 'l2-failed' } }
  const isWithdrawal = receipt.l2ToL1Logs.some(
    (log) => log.sender.toLowerCase() === L1_MESSENGER_ADDRESS.toLowerCase(),
  )
  if (!isWithdrawal)
    return {
      status: deriveWithdrawalStatus({ l2Receipt: receipt }),
      l2Receipt,
      finalize: { ready: false, reason: 'not-a-withdrawal' },
    }

  const batchNumber =
    receipt.l1BatchNumber ??
    BigInt((await getBlockDetails(l2, { number: Number(receipt.blockNumber) })).l1BatchNumber)
  const batch =
    receipt.l1BatchNumber === null
      ? null
      : await getL1BatchDetails(l2, { number: Number(batchNumber) }).catch(() => null)
  const executed = Boolean(batch?.executeTxHash)
  const finalized = executed ? await isWithdrawalFinalized(l1, { client: l2, hash: l2Hash }) : false
  const status = deriveWithdrawalStatus({ l2Receipt: receipt, batchDetails: batch, finalized })
  const summary = batch
    ? {
        commitTxHash: batch.commitTxHash,
        committedAt: batch.committedAt,
        proveTxHash: batch.proveTxHash,
        provenAt: batch.provenAt,
        executeTxHash: batch.executeTxHash,
        executedAt: batch.executedAt,
      }
    : null

  if (status === 'finalized')
    return {
      status,
      l2Receipt,
      batchNumber,
      batch: summary,
      finalize: { ready: false, reason: 'already-finalized' },
    }
  if (status === 'executed') {
    const proof = await getLogProof(l2, { txHash: l2Hash, index: 0 }).catch(() => null)
    return {
      status,
      l2Receipt,
      batchNumber,
      batch: summary,
      finalize: proof ? { ready: true } : { ready: false, reason: 'proof-not-available' },
    }
  }
  const readyAt = await estimateReadyAt({ l2, batchNumber, batch, now })
  return {
    status,
    l2Receipt,
    batchNumber,
    batch: summary,
    ...(readyAt === undefined ? {} : { readyAt }),
    finalize: {
      ready: false,
      reason: 'batch-not-executed',
      ...(readyAt === undefined ? {} : { readyAt }),
    },
  }
}
