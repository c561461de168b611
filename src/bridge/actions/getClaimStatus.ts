import {
  type Address,
  type Hash,
  type Hex,
  isAddressEqual,
  TransactionNotFoundError,
  TransactionReceiptNotFoundError,
} from 'viem'
import { getTransaction, getTransactionReceipt, readContract } from 'viem/actions'
import { getBlockDetails, getL1BatchDetails, getL2HashFromPriorityOp } from 'viem/zksync'
import { l1NullifierAbi } from '../abis'
import type { BridgeClients } from '../clients'
import { L2_ASSET_ROUTER_ADDRESS } from '../constants'
import { type ClaimFacts, type ClaimStatus, decideClaim } from '../model/claim'
import { getChainCapabilities } from '../protocol/capabilities'
import { buildClaimRequest, findPriorityStatusLog, getClaimReadiness } from '../protocol/claim'
import { getChainContracts } from '../protocol/contracts'
import { getRawReceipt, type RawWithdrawalReceipt } from '../protocol/withdrawal'
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
      facts.l2Hash = getL2HashFromPriorityOp(
        l1Receipt,
        (await getChainContracts({ l1, l2 })).diamond,
      )
    } catch {
      return decideClaim(facts)
    }
  } else facts.l2Hash = p.hash
  const l2Hash = facts.l2Hash

  const receipt = (await getRawReceipt(l2, l2Hash)) as ClaimReceipt | null
  if (!receipt) {
    facts.l2Known = (await orNull(getTransaction(l2, { hash: l2Hash }))) !== null
    return decideClaim(facts)
  }
  const tx = await getTransaction(l2, { hash: l2Hash })
  const status = findPriorityStatusLog(receipt, l2Hash)
  facts.l2Known = true
  facts.l2Receipt = {
    success: receipt.status === '0x1',
    priority: status !== undefined,
    viaSharedBridge: receipt.to !== null && isAddressEqual(receipt.to, L2_ASSET_ROUTER_ADDRESS),
    outOfGas: BigInt(receipt.gasUsed) >= tx.gas,
  }
  if (facts.l2Receipt.success || !facts.l2Receipt.priority || !facts.l2Receipt.viaSharedBridge)
    return decideClaim(facts)

  const contracts = await getChainContracts({ l1, l2 })
  const built = await buildClaimRequest({
    l1,
    l2,
    l2ChainId: l2.chain.id,
    l2Hash,
    receipt,
    nativeTokenVault: contracts.l1NativeTokenVault,
  })
  const readiness = built.ok ? await getClaimReadiness({ l1, request: built.request }) : undefined
  facts.batchExecuted = readiness !== undefined && readiness.kind !== 'not-settled'
  if (!facts.batchExecuted) {
    const readyAt = await claimEta({ l2, receipt, now: p.now ?? Date.now() })
    if (readyAt !== undefined) facts.readyAt = readyAt
    return decideClaim(facts)
  }
  const recorded = await readContract(l1, {
    address: contracts.l1Nullifier,
    abi: l1NullifierAbi,
    functionName: 'depositHappened',
    args: [BigInt(l2.chain.id), l2Hash],
  })
  facts.depositRecorded = !/^0x0*$/.test(recorded)
  return decideClaim(facts)
}

type ClaimReceipt = RawWithdrawalReceipt & { from: Address; to: Address | null; gasUsed: Hex }

/** When the batch is expected to execute, where the chain reports batch details (Era). */
async function claimEta(p: {
  l2: BridgeClients['l2']
  receipt: ClaimReceipt
  now: number
}): Promise<number | undefined> {
  if (!(await getChainCapabilities(p.l2)).batchDetails) return undefined
  const sealed = p.receipt.l1BatchNumber ? BigInt(p.receipt.l1BatchNumber) : undefined
  const batchNumber =
    sealed ??
    BigInt(
      (await getBlockDetails(p.l2, { number: Number(BigInt(p.receipt.blockNumber)) }))
        .l1BatchNumber,
    )
  const batch =
    sealed === undefined ? null : await getL1BatchDetails(p.l2, { number: Number(sealed) })
  return estimateReadyAt({ l2: p.l2, batchNumber, batch, now: p.now })
}
