import { type Hash, type TransactionReceipt, TransactionReceiptNotFoundError } from 'viem'
import { getTransactionReceipt } from 'viem/actions'
import { getL2HashFromPriorityOp } from 'viem/zksync'
import type { BridgeClients, L1Client, L2Client } from '../clients'
import { type DepositStatus, deriveDepositStatus } from '../model/status'
import { getChainContracts } from '../protocol/contracts'

export type ReceiptSummary = {
  status: 'success' | 'reverted'
  blockNumber: bigint
  /** Fee paid for the transaction, in the chain's native coin. */
  fee: bigint
}

export type L1ToL2StatusInfo = {
  status: DepositStatus
  l1Receipt?: ReceiptSummary
  /** The L2 (canonical priority-op) hash, known once the L1 receipt exists. */
  l2Hash?: Hash
  l2Receipt?: ReceiptSummary
}

export type GetL1ToL2StatusParameters = BridgeClients & {
  l1Hash: Hash
  /** Already known L2 hash (saves reading the L1 receipt's logs again). */
  l2Hash?: Hash
}

const summary = (receipt: TransactionReceipt): ReceiptSummary => ({
  status: receipt.status,
  blockNumber: receipt.blockNumber,
  fee: receipt.gasUsed * receipt.effectiveGasPrice,
})

async function receiptOrNull(client: L1Client | L2Client, hash: Hash) {
  try {
    return await getTransactionReceipt(client, { hash })
  } catch (error) {
    if (error instanceof TransactionReceiptNotFoundError) return null
    throw error
  }
}

/**
 * Where an L1→L2 transaction (a deposit, a request execute) is: L1 pending → L1 confirmed (L2
 * pending) → L2 success / L2 failed. The L2 transaction hash is the canonical hash of the
 * priority request emitted in the L1 receipt.
 */
export async function getL1ToL2Status(
  parameters: GetL1ToL2StatusParameters,
): Promise<L1ToL2StatusInfo> {
  const { l1, l2, l1Hash } = parameters
  const l1Receipt = await receiptOrNull(l1, l1Hash)
  if (!l1Receipt) return { status: deriveDepositStatus({}) }
  if (l1Receipt.status !== 'success')
    return { status: deriveDepositStatus({ l1Receipt }), l1Receipt: summary(l1Receipt) }
  const l2Hash =
    parameters.l2Hash ??
    getL2HashFromPriorityOp(l1Receipt, (await getChainContracts({ l1, l2 })).diamond)
  const l2Receipt = await receiptOrNull(l2, l2Hash)
  return {
    status: deriveDepositStatus({ l1Receipt, l2Receipt }),
    l1Receipt: summary(l1Receipt),
    l2Hash,
    ...(l2Receipt ? { l2Receipt: summary(l2Receipt) } : {}),
  }
}
