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
import { TransactionRevertedError } from '../errors/bridgeErrors'
import { type ClaimFacts, type ClaimStatus, decideClaim } from '../model/claim'
import { estimateReadyAt } from './estimateReadyAt'

const BOOTLOADER = '0x0000000000000000000000000000000000008001'
const nullifierAbi = parseAbi([
  'function depositHappened(uint256 chainId, bytes32 l2TxHash) view returns (bytes32)',
])

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
  const l2Hash = facts.l2Hash as Hash

  const receipt = (await orNull(
    getTransactionReceipt(l2Plain, { hash: l2Hash }),
  )) as ZksyncTransactionReceipt | null
  if (!receipt) {
    facts.l2Known = (await orNull(getTransaction(l2Plain, { hash: l2Hash }))) !== null
    return decideClaim(facts)
  }
  const [tx, bridges] = await Promise.all([
    getTransaction(l2Plain, { hash: l2Hash }),
    getDefaultBridgeAddresses(l2),
  ])
  facts.l2Known = true
  facts.l2Receipt = {
    success: receipt.status === 'success',
    priority: receipt.l2ToL1Logs.some(
      (log) =>
        isAddressEqual(log.sender as Address, BOOTLOADER) &&
        log.key.toLowerCase() === l2Hash.toLowerCase(),
    ),
    viaSharedBridge: receipt.to !== null && isAddressEqual(receipt.to, bridges.sharedL2),
    outOfGas: receipt.gasUsed >= tx.gas,
  }
  if (facts.l2Receipt.success || !facts.l2Receipt.priority || !facts.l2Receipt.viaSharedBridge)
    return decideClaim(facts)

  const zk = publicActionsL2()(l2)
  const batch =
    receipt.l1BatchNumber === null
      ? null
      : await zk.getL1BatchDetails({ number: Number(receipt.l1BatchNumber) })
  facts.batchExecuted = Boolean(batch?.executeTxHash)
  if (!facts.batchExecuted) {
    const batchNumber =
      receipt.l1BatchNumber ??
      BigInt((await zk.getBlockDetails({ number: Number(receipt.blockNumber) })).l1BatchNumber)
    const readyAt = await estimateReadyAt({ l2, batchNumber, batch, now: p.now ?? Date.now() })
    if (readyAt !== undefined) facts.readyAt = readyAt
    return decideClaim(facts)
  }
  const recorded = await readContract(l1, {
    address: (bridges.l1Nullifier ?? bridges.sharedL1) as Address,
    abi: nullifierAbi,
    functionName: 'depositHappened',
    args: [BigInt(l2.chain.id), l2Hash],
  })
  facts.depositRecorded = !/^0x0*$/.test(recorded)
  return decideClaim(facts)
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
