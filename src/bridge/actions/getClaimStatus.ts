import {
  type Account,
  type Address,
  type Chain,
  type Client,
  type Hash,
  isAddressEqual,
  parseAbi,
  TransactionNotFoundError,
  TransactionReceiptNotFoundError,
  type Transport,
} from 'viem'
import {
  getTransaction,
  getTransactionReceipt,
  readContract,
  waitForTransactionReceipt,
} from 'viem/actions'
import {
  type ChainEIP712,
  claimFailedDeposit,
  getDefaultBridgeAddresses,
  getL2HashFromPriorityOp,
  getMainContractAddress,
  publicActionsL2,
  type ZksyncTransactionReceipt,
} from 'viem/zksync'
import { TransactionRevertedError } from './errors'
import { estimateReadyAt } from './estimateReadyAt'

const BOOTLOADER = '0x0000000000000000000000000000000000008001'
const nullifierAbi = parseAbi([
  'function depositHappened(uint256 chainId, bytes32 l2TxHash) view returns (bytes32)',
])

/** Whether a deposit's funds can be claimed back on L1, and if not, why (in words for the UI). */
export type ClaimStatus =
  | { state: 'claimable'; l1Hash?: Hash; l2Hash: Hash; reason: FailureReason }
  | {
      state: 'not-claimable'
      l2Hash?: Hash
      l1Hash?: Hash
      why:
        | 'not-found'
        | 'l2-pending'
        | 'succeeded'
        | 'base-token'
        | 'not-a-deposit'
        | 'already-claimed'
        | 'batch-not-executed'
      /** For `batch-not-executed`: ETA of the batch execution (ms since epoch). */
      readyAt?: number
      /** For failed deposits: what went wrong on L2. */
      reason?: FailureReason
    }

/** Why an L1→L2 transaction failed on L2, where it can be told from the receipt. */
export type FailureReason = 'out-of-gas' | 'reverted'

export type GetClaimStatusParameters = {
  l1: Client<Transport, Chain>
  l2: Client<Transport, ChainEIP712>
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
  const l2Plain = l2 as unknown as Client<Transport, Chain>
  let l1Hash: Hash | undefined
  let l2Hash: Hash = p.hash
  const l1Receipt = await orNull(getTransactionReceipt(l1, { hash: p.hash }))
  if (l1Receipt) {
    l1Hash = p.hash
    try {
      l2Hash = getL2HashFromPriorityOp(l1Receipt, await getMainContractAddress(l2))
    } catch {
      return { state: 'not-claimable', l1Hash, why: 'not-a-deposit' }
    }
  }
  const ids = { l2Hash, ...(l1Hash ? { l1Hash } : {}) }
  const receipt = (await orNull(
    getTransactionReceipt(l2Plain, { hash: l2Hash }),
  )) as ZksyncTransactionReceipt | null
  if (!receipt) {
    const known = l1Hash ?? (await orNull(getTransaction(l2Plain, { hash: l2Hash })))
    return { state: 'not-claimable', ...ids, why: known ? 'l2-pending' : 'not-found' }
  }
  const statusLog = receipt.l2ToL1Logs.find(
    (log) =>
      isAddressEqual(log.sender as Address, BOOTLOADER) &&
      log.key.toLowerCase() === l2Hash.toLowerCase(),
  )
  if (!statusLog) return { state: 'not-claimable', ...ids, why: 'not-a-deposit' }
  if (receipt.status === 'success') return { state: 'not-claimable', ...ids, why: 'succeeded' }

  const tx = await getTransaction(l2Plain, { hash: l2Hash })
  const reason: FailureReason = receipt.gasUsed >= tx.gas ? 'out-of-gas' : 'reverted'
  const bridges = await getDefaultBridgeAddresses(l2)
  // Base-token deposits and calls go straight to the recipient; a failure refunds them on L2.
  if (!receipt.to || !isAddressEqual(receipt.to, bridges.sharedL2))
    return { state: 'not-claimable', ...ids, why: 'base-token', reason }

  const batch =
    receipt.l1BatchNumber === null
      ? null
      : await publicActionsL2()(l2).getL1BatchDetails({ number: Number(receipt.l1BatchNumber) })
  if (!batch?.executeTxHash) {
    const batchNumber =
      receipt.l1BatchNumber ??
      BigInt(
        (await publicActionsL2()(l2).getBlockDetails({ number: Number(receipt.blockNumber) }))
          .l1BatchNumber,
      )
    const readyAt = await estimateReadyAt({ l2, batchNumber, batch, now: p.now ?? Date.now() })
    return {
      state: 'not-claimable',
      ...ids,
      why: 'batch-not-executed',
      reason,
      ...(readyAt === undefined ? {} : { readyAt }),
    }
  }
  const recorded = await readContract(l1, {
    address: (bridges.l1Nullifier ?? bridges.sharedL1) as Address,
    abi: nullifierAbi,
    functionName: 'depositHappened',
    args: [BigInt(l2.chain.id), l2Hash],
  })
  if (/^0x0*$/.test(recorded))
    return { state: 'not-claimable', ...ids, why: 'already-claimed', reason }
  return { state: 'claimable', ...ids, reason }
}

/** Claims a failed deposit back on L1 (viem/zksync `claimFailedDeposit`); resolves once mined. */
export async function claimDeposit(p: {
  l1: Client<Transport, Chain, Account>
  l2: Client<Transport, ChainEIP712>
  l2Hash: Hash
}): Promise<Hash> {
  const hash = await claimFailedDeposit(p.l1, {
    account: p.l1.account,
    chain: p.l1.chain,
    client: p.l2,
    depositHash: p.l2Hash,
  } as Parameters<typeof claimFailedDeposit>[1])
  const receipt = await waitForTransactionReceipt(p.l1, { hash })
  if (receipt.status !== 'success') throw new TransactionRevertedError(hash, 'The claim')
  return hash
}
