import {
  type Chain,
  type Client,
  type Hash,
  TransactionNotFoundError,
  TransactionReceiptNotFoundError,
  type Transport,
} from 'viem'
import { getTransaction, getTransactionReceipt } from 'viem/actions'
import {
  type ChainEIP712,
  publicActionsL1,
  publicActionsL2,
  type ZksyncBatchDetails,
  type ZksyncTransactionReceipt,
} from 'viem/zksync'
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

export type GetWithdrawalStatusParameters = {
  l1: Client<Transport, Chain>
  l2: Client<Transport, ChainEIP712>
  /** The L2 withdrawal transaction. */
  l2Hash: Hash
  now?: number
}

const L1_MESSENGER = '0x0000000000000000000000000000000000008008'

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
  const zk = publicActionsL2()(l2)
  const asPlain = l2 as unknown as Client<Transport, Chain>
  let receipt: ZksyncTransactionReceipt | null = null
  try {
    receipt = (await getTransactionReceipt(asPlain, {
      hash: l2Hash,
    })) as unknown as ZksyncTransactionReceipt
  } catch (error) {
    if (!(error instanceof TransactionReceiptNotFoundError)) throw error
  }
  if (!receipt) {
    const known = await getTransaction(asPlain, { hash: l2Hash }).catch((error) => {
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
  const isWithdrawal = receipt.l2ToL1Logs.some((log) => log.sender.toLowerCase() === L1_MESSENGER)
  if (!isWithdrawal)
    return {
      status: deriveWithdrawalStatus({ l2Receipt: receipt }),
      l2Receipt,
      finalize: { ready: false, reason: 'not-a-withdrawal' },
    }

  const batchNumber =
    receipt.l1BatchNumber ??
    BigInt((await zk.getBlockDetails({ number: Number(receipt.blockNumber) })).l1BatchNumber)
  const batch =
    receipt.l1BatchNumber === null
      ? null
      : await zk.getL1BatchDetails({ number: Number(batchNumber) }).catch(() => null)
  const executed = Boolean(batch?.executeTxHash)
  const finalized = executed
    ? await publicActionsL1()(l1).isWithdrawalFinalized({ client: l2, hash: l2Hash } as never)
    : false
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
    const proof = await zk.getLogProof({ txHash: l2Hash, index: 0 }).catch(() => null)
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
