import { type Hash, type Hex, isAddressEqual, TransactionNotFoundError } from 'viem'
import { getTransaction } from 'viem/actions'
import { getBlockDetails, getL1BatchDetails, type ZksyncBatchDetails } from 'viem/zksync'
import type { BridgeClients } from '../clients'
import { L1_MESSENGER_ADDRESS } from '../constants'
import { deriveWithdrawalStatus, type WithdrawalStatus } from '../model/status'
import { getChainCapabilities } from '../protocol/capabilities'
import { getChainContracts } from '../protocol/contracts'
import {
  finalizeParams,
  findWithdrawalMessage,
  getL1Readiness,
  getLogProof,
  getRawReceipt,
  type L1Readiness,
} from '../protocol/withdrawal'
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
        /** Executed on its settlement layer (ZKsync Gateway), not on L1 yet: L1 refuses it. */
        | 'awaiting-l1-settlement'
        /** The bridge is paused on L1. */
        | 'paused'
        /** L1 refuses it for another reason (`error` names it). */
        | 'refused'
      /** For `batch-not-executed`: when the batch is expected to be executed (ms since epoch). */
      readyAt?: number
      /** For `refused`: the contract error L1 answered. */
      error?: string
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

type StatusReceipt = Parameters<typeof findWithdrawalMessage>[0] & {
  gasUsed: Hex
  effectiveGasPrice: Hex
}

/**
 * Where a withdrawal is, on any chain kind: L2 pending → included → (sealed → committed → proven,
 * where the node reports batch details) → executed (ready to finalize) → finalized. "Ready" is
 * L1's own answer: once the log proof exists, `finalizeDeposit` is simulated and its revert
 * classified, so a batch executed on ZKsync Gateway but not yet settled on L1 waits (status
 * `proven`, reason `awaiting-l1-settlement`) instead of offering a finalization that would fail.
 */
export async function getWithdrawalStatus(
  parameters: GetWithdrawalStatusParameters,
): Promise<WithdrawalStatusInfo> {
  const { l1, l2, l2Hash } = parameters
  const now = parameters.now ?? Date.now()
  const receipt = (await getRawReceipt(l2, l2Hash)) as StatusReceipt | null
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
  const success = receipt.status === '0x1'
  const l2Receipt = {
    status: success ? ('success' as const) : ('reverted' as const),
    blockNumber: BigInt(receipt.blockNumber),
    fee: BigInt(receipt.gasUsed) * BigInt(receipt.effectiveGasPrice),
  }
  if (!success)
    return { status: 'l2-failed', l2Receipt, finalize: { ready: false, reason: 'l2-failed' } }
  const isWithdrawal = (receipt.l2ToL1Logs ?? []).some((log) =>
    isAddressEqual(String(log.sender) as Hex, L1_MESSENGER_ADDRESS),
  )
  if (!isWithdrawal)
    return {
      status: deriveWithdrawalStatus({ l2Receipt }),
      l2Receipt,
      finalize: { ready: false, reason: 'not-a-withdrawal' },
    }

  // Batch stages where the node reports them (Era); a ZKsync OS node does not.
  const capabilities = await getChainCapabilities(l2)
  let batchNumber: bigint | undefined
  let batch: ZksyncBatchDetails | null = null
  if (capabilities.batchDetails) {
    const sealed = receipt.l1BatchNumber ? BigInt(receipt.l1BatchNumber) : undefined
    batchNumber =
      sealed ??
      BigInt((await getBlockDetails(l2, { number: Number(l2Receipt.blockNumber) })).l1BatchNumber)
    batch =
      sealed === undefined
        ? null
        : await getL1BatchDetails(l2, { number: Number(sealed) }).catch(() => null)
  }
  const stage = deriveWithdrawalStatus({ l2Receipt, batchDetails: batch })
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
  const known = {
    l2Receipt,
    ...(batchNumber === undefined ? {} : { batchNumber }),
    ...(capabilities.batchDetails ? { batch: summary } : {}),
  }

  // L1's answer, once a proof exists (Era serves it when the batch is executed on its
  // settlement layer; ZKsync OS likewise, answering an error until then)
  const mayBeExecuted = !capabilities.batchDetails || stage === 'executed'
  const message = mayBeExecuted ? findWithdrawalMessage(receipt) : undefined
  const proof = message ? await getLogProof(l2, l2Hash, message.logIndex) : null
  if (message && proof) {
    const params = finalizeParams({
      l2ChainId: l2.chain.id,
      message,
      proof,
      receiptBatch: batchNumber,
    })
    const { l1Nullifier } = await getChainContracts({ l1, l2 })
    const l1Answer = await getL1Readiness({ l1, nullifier: l1Nullifier, params })
    return { ...known, ...fromL1Readiness(l1Answer, stage), batchNumber: params.l2BatchNumber }
  }
  if (stage === 'executed')
    return { ...known, status: stage, finalize: { ready: false, reason: 'proof-not-available' } }
  const readyAt = capabilities.batchDetails
    ? await estimateReadyAt({ l2, batchNumber: batchNumber ?? 0n, batch, now })
    : undefined
  return {
    ...known,
    status: stage,
    ...(readyAt === undefined ? {} : { readyAt }),
    finalize: {
      ready: false,
      reason: 'batch-not-executed',
      ...(readyAt === undefined ? {} : { readyAt }),
    },
  }
}

/** The status and readiness L1's answer means. */
function fromL1Readiness(
  answer: L1Readiness,
  stage: WithdrawalStatus,
): Pick<WithdrawalStatusInfo, 'status' | 'finalize'> {
  switch (answer.kind) {
    case 'ready':
      return { status: 'executed', finalize: { ready: true } }
    case 'finalized':
      return { status: 'finalized', finalize: { ready: false, reason: 'already-finalized' } }
    case 'not-settled':
      return {
        status: stage === 'executed' ? 'proven' : stage,
        finalize: { ready: false, reason: 'awaiting-l1-settlement' },
      }
    case 'paused':
      return { status: 'executed', finalize: { ready: false, reason: 'paused' } }
    case 'refused':
      return { status: stage, finalize: { ready: false, reason: 'refused', error: answer.error } }
  }
}
