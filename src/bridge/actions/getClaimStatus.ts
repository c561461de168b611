import {
  type Hash,
  isAddressEqual,
  TransactionNotFoundError,
  TransactionReceiptNotFoundError,
} from 'viem'
import { getTransaction, getTransactionReceipt, readContract } from 'viem/actions'
import {
  getBlockDetails,
  getDefaultBridgeAddresses,
  getL1BatchDetails,
  getL2HashFromPriorityOp,
  getMainContractAddress,
} from 'viem/zksync'
import { l1NullifierAbi } from '../abis'
import type { BridgeClients } from '../clients'
import { BOOTLOADER_ADDRESS } from '../constants'
import { type ClaimFacts, type ClaimStatus, decideClaim } from '../model/claim'
import { estimateReadyAt } from './estimateReadyAt'

export type GetClaimStatusParameters = BridgeClients & {
  /** The L1 deposit hash or its L2 (priority) hash: either works. */
  hash: Hash
  now?: number
}

async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise
  } catch (error) {
    if (
      error instanceof TransactionReceiptNotFoundError ||
      error instanceof TransactionNotFoundError
    )
      return null
    throw error
  }
}

/**
 * Claimability of a deposit from any device, by its L1 or L2 hash. Only deposits that went
 * through the shared bridge's second bridge (ERC-20s, ETH to a custom-base-token chain) and
 * failed on L2 can be claimed on L1, once their batch is executed, and only once.
 */
export async function getClaimStatus(p: GetClaimStatusParameters): Promise<ClaimStatus> {
  const { l1, l2 } = p
  const facts: ClaimFacts = { l2Known: false }
  const l1Receipt = await orNull(getTransactionReceipt(l1, { hash: p.hash }))
  if (l1Receipt) {
    facts.l1Hash = p.hash
    try {
      facts.l2Hash = getL2HashFromPriorityOp(l1Receipt, await getMainContractAddress(l2))
    } catch {
      return decideClaim(facts)
    }
  } else facts.l2Hash = p.hash
  const l2Hash = facts.l2Hash

  const receipt = await orNull(getTransactionReceipt(l2, { hash: l2Hash }))
  if (!receipt) {
    facts.l2Known = (await orNull(getTransaction(l2, { hash: l2Hash }))) !== null
    return decideClaim(facts)
  }
  const [tx, bridges] = await Promise.all([
    getTransaction(l2, { hash: l2Hash }),
    getDefaultBridgeAddresses(l2),
  ])
  facts.l2Known = true
  facts.l2Receipt = {
    success: receipt.status === 'success',
    priority: receipt.l2ToL1Logs.some(
      (log) =>
        log.sender.toLowerCase() === BOOTLOADER_ADDRESS.toLowerCase() &&
        log.key.toLowerCase() === l2Hash.toLowerCase(),
    ),
    viaSharedBridge: receipt.to !== null && isAddressEqual(receipt.to, bridges.sharedL2),
    outOfGas: receipt.gasUsed >= tx.gas,
  }
  if (facts.l2Receipt.success || !facts.l2Receipt.priority || !facts.l2Receipt.viaSharedBridge)
    return decideClaim(facts)

  const batch =
    receipt.l1BatchNumber === null
      ? null
      : await getL1BatchDetails(l2, { number: Number(receipt.l1BatchNumber) })
  facts.batchExecuted = Boolean(batch?.executeTxHash)
  if (!facts.batchExecuted) {
    const batchNumber =
      receipt.l1BatchNumber ??
      BigInt((await getBlockDetails(l2, { number: Number(receipt.blockNumber) })).l1BatchNumber)
    const readyAt = await estimateReadyAt({ l2, batchNumber, batch, now: p.now ?? Date.now() })
    if (readyAt !== undefined) facts.readyAt = readyAt
    return decideClaim(facts)
  }
  const recorded = await readContract(l1, {
    address: bridges.l1Nullifier ?? bridges.sharedL1,
    abi: l1NullifierAbi,
    functionName: 'depositHappened',
    args: [BigInt(l2.chain.id), l2Hash],
  })
  facts.depositRecorded = !/^0x0*$/.test(recorded)
  return decideClaim(facts)
}
