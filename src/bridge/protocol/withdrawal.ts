import {
  type Address,
  BaseError,
  type Client,
  ContractFunctionRevertedError,
  decodeAbiParameters,
  getAddress,
  type Hash,
  type Hex,
  isAddressEqual,
  keccak256,
  parseAbi,
  slice,
} from 'viem'
import { readContract, simulateContract } from 'viem/actions'
import { L1_MESSENGER_ADDRESS } from '../constants'
import { bridgeErrorsAbi } from '../errors/abi'

// A withdrawal's L1 side, from what every chain kind offers: the L2 receipt (its `l2ToL1Logs`,
// in Era's or ZKsync OS's shape), the log proof (`zks_getL2ToL1LogProof`, both shapes) and the
// L1 contracts themselves. Readiness is what L1 says: `finalizeDeposit` simulated, its revert
// classified (real-networks.md §1–§2) — never batch details alone, which on a chain settling on
// Gateway report the batch executed before L1 can accept it.

/** One user L2→L1 log of a transaction: the fields its Merkle leaf is made of. */
export type L2ToL1Log = {
  sender: Address
  key: Hex
  value: Hex
  /** The transaction's number as the leaf has it (`_l2TxNumberInBatch` of finalizeDeposit). */
  txNumberInBatch: number
}

/** `L1MessageSent(address indexed _sender, bytes32 indexed _hash, bytes _message)` of 0x…8008. */
const L1_MESSAGE_SENT_TOPIC: Hex =
  '0x3a36e47291f4201faf137fab081d92295bce2d53be2c6ca68ba82c7faa9ce241'

type RawLog = { address: string; topics: readonly Hex[]; data: Hex }
export type RawWithdrawalReceipt = {
  status: Hex
  blockNumber: Hex
  transactionIndex: Hex
  /** Era only: the transaction's index in its batch (null before sealing). */
  l1BatchTxIndex?: Hex | null
  l1BatchNumber?: Hex | null
  logs: readonly RawLog[]
  l2ToL1Logs?: readonly Record<string, unknown>[]
}

const asNumber = (value: unknown): number | undefined =>
  typeof value === 'number'
    ? value
    : typeof value === 'string' && value !== ''
      ? Number(BigInt(value))
      : undefined

/**
 * The receipt's L2→L1 logs in one shape. Era: `{ sender, key, value, txIndexInL1Batch, … }` with
 * the batch index also on the receipt; ZKsync OS: `{ l2_shard_id, is_service,
 * tx_number_in_block, sender, key, value }`. `undefined` when the batch index is not known yet
 * (an Era receipt before its batch is sealed).
 */
export function readL2ToL1Logs(receipt: RawWithdrawalReceipt): L2ToL1Log[] | undefined {
  const logs: L2ToL1Log[] = []
  for (const entry of receipt.l2ToL1Logs ?? []) {
    const txNumber =
      asNumber(entry.tx_number_in_block) ??
      asNumber(entry.txIndexInL1Batch) ??
      asNumber(receipt.l1BatchTxIndex)
    if (txNumber === undefined) return undefined
    logs.push({
      sender: getAddress(String(entry.sender)),
      key: String(entry.key) as Hex,
      value: String(entry.value) as Hex,
      txNumberInBatch: txNumber,
    })
  }
  return logs
}

/** What a withdrawal message needs to be proven and finalized, found in its L2 receipt. */
export type WithdrawalMessage = {
  /** The message bytes (`L1MessageSent._message`). */
  message: Hex
  /** The L2 contract that sent it (L2BaseToken, L2AssetRouter…): `finalizeDeposit`'s l2Sender. */
  l2Sender: Address
  /** Its position among the transaction's L2→L1 logs: the index of `zks_getL2ToL1LogProof`. */
  logIndex: number
  txNumberInBatch: number
}

/**
 * The `index`-th withdrawal message of a transaction, matched to its L2→L1 log by sender and
 * hash. `undefined` when the transaction sent none (or its logs are not known yet).
 */
export function findWithdrawalMessage(
  receipt: RawWithdrawalReceipt,
  index = 0,
): WithdrawalMessage | undefined {
  const l2ToL1 = readL2ToL1Logs(receipt)
  if (!l2ToL1) return undefined
  const sent = receipt.logs.filter(
    (log) =>
      isAddressEqual(log.address as Address, L1_MESSENGER_ADDRESS) &&
      log.topics[0]?.toLowerCase() === L1_MESSAGE_SENT_TOPIC,
  )
  const event = sent[index]
  const senderTopic = event?.topics[1]
  const hashTopic = event?.topics[2]
  if (!event || !senderTopic || !hashTopic) return undefined
  const [message] = decodeAbiParameters([{ type: 'bytes' }], event.data)
  if (keccak256(message) !== hashTopic.toLowerCase()) return undefined
  const logIndex = l2ToL1.findIndex(
    (log) =>
      isAddressEqual(log.sender, L1_MESSENGER_ADDRESS) &&
      log.key.toLowerCase() === senderTopic.toLowerCase() &&
      log.value.toLowerCase() === hashTopic.toLowerCase(),
  )
  const log = l2ToL1[logIndex]
  if (!log) return undefined
  return {
    message,
    l2Sender: getAddress(slice(senderTopic, 12)),
    logIndex,
    txNumberInBatch: log.txNumberInBatch,
  }
}

/** The receipt as the node sends it (both shapes keep their own fields). */
export async function getRawReceipt(l2: Client, hash: Hash): Promise<RawWithdrawalReceipt | null> {
  return (await l2.request({
    method: 'eth_getTransactionReceipt',
    params: [hash],
  } as never)) as RawWithdrawalReceipt | null
}

export type LogProof = { id: bigint; batchNumber: bigint | undefined; proof: Hex[] }

/** -32603: a ZKsync OS server's "not included in a batch yet" / "not executed yet". */
const INTERNAL_ERROR = -32603

/**
 * `zks_getL2ToL1LogProof` in one shape (`batchNumber` or `batch_number`); `null` while it is not
 * available (Era answers null, ZKsync OS an internal error until the batch is executed).
 */
export async function getLogProof(
  l2: Client,
  hash: Hash,
  logIndex: number,
): Promise<LogProof | null> {
  let answer: unknown
  try {
    answer = await l2.request({
      method: 'zks_getL2ToL1LogProof',
      params: [hash, logIndex],
    } as never)
  } catch (error) {
    if (rpcCode(error) === INTERNAL_ERROR) return null
    throw error
  }
  if (answer === null || typeof answer !== 'object') return null
  const raw = answer as Record<string, unknown>
  const id = asNumber(raw.id)
  if (id === undefined || !Array.isArray(raw.proof))
    throw new Error('zks_getL2ToL1LogProof: no id or proof')
  const batch = asNumber(raw.batch_number ?? raw.batchNumber)
  return {
    id: BigInt(id),
    batchNumber: batch === undefined ? undefined : BigInt(batch),
    proof: raw.proof as Hex[],
  }
}

function rpcCode(error: unknown): number | undefined {
  let e: unknown = error
  for (let depth = 0; e instanceof Error && depth < 10; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'number') return code
    e = e.cause
  }
  return undefined
}

export const nullifierAbi = parseAbi([
  'struct FinalizeL1DepositParams { uint256 chainId; uint256 l2BatchNumber; uint256 l2MessageIndex; address l2Sender; uint16 l2TxNumberInBatch; bytes message; bytes32[] merkleProof; }',
  'function finalizeDeposit(FinalizeL1DepositParams _params)',
  'function isWithdrawalFinalized(uint256 _chainId, uint256 _l2BatchNumber, uint256 _l2MessageIndex) view returns (bool)',
])

export type FinalizeParams = {
  chainId: bigint
  l2BatchNumber: bigint
  l2MessageIndex: bigint
  l2Sender: Address
  l2TxNumberInBatch: number
  message: Hex
  merkleProof: Hex[]
}

/** `finalizeDeposit`'s parameters from the message and its proof (the batch: the proof's own). */
export function finalizeParams(p: {
  l2ChainId: number
  message: WithdrawalMessage
  proof: LogProof
  /** The receipt's batch, for nodes whose proof does not name it. */
  receiptBatch?: bigint | undefined
}): FinalizeParams {
  const batch = p.proof.batchNumber ?? p.receiptBatch
  if (batch === undefined) throw new Error('the log proof names no batch')
  return {
    chainId: BigInt(p.l2ChainId),
    l2BatchNumber: batch,
    l2MessageIndex: p.proof.id,
    l2Sender: p.message.l2Sender,
    l2TxNumberInBatch: p.message.txNumberInBatch,
    message: p.message.message,
    merkleProof: p.proof.proof,
  }
}

/**
 * What L1 says about finalizing now. `ready`: `finalizeDeposit` would succeed; `finalized`: it was
 * done; `not-settled`: the batch (or its settlement layer's batch) is not executed on L1 yet;
 * `paused`: the bridge is paused; `refused`: L1 rejects it for another reason (named).
 */
export type L1Readiness =
  | { kind: 'ready' }
  | { kind: 'finalized' }
  | { kind: 'not-settled' }
  | { kind: 'paused' }
  | { kind: 'refused'; error: string }

const NOT_SETTLED = new Set(['BatchNotExecuted', 'LocalRootIsZero'])

/** Reads `isWithdrawalFinalized`, then simulates `finalizeDeposit` and classifies its revert. */
export async function getL1Readiness(p: {
  l1: Client
  nullifier: Address
  params: FinalizeParams
  /** Who would send it (any account gives the same answer; the connected one if known). */
  account?: Address | undefined
}): Promise<L1Readiness> {
  const finalized = await readContract(p.l1, {
    address: p.nullifier,
    abi: nullifierAbi,
    functionName: 'isWithdrawalFinalized',
    args: [p.params.chainId, p.params.l2BatchNumber, p.params.l2MessageIndex],
  })
  if (finalized) return { kind: 'finalized' }
  try {
    await simulateContract(p.l1, {
      address: p.nullifier,
      abi: [...nullifierAbi, ...bridgeErrorsAbi],
      functionName: 'finalizeDeposit',
      args: [p.params],
      ...(p.account ? { account: p.account } : {}),
    })
    return { kind: 'ready' }
  } catch (error) {
    return classifyL1Refusal(error, 'WithdrawalAlreadyFinalized')
  }
}

/**
 * What a simulated L1 call's revert means for the user: `done` (the named error: it already
 * happened), `not-settled` (the batch, or its settlement layer's, is not executed on L1 yet),
 * `paused`, or `refused` (named). Anything that is not a revert is rethrown.
 */
export function classifyL1Refusal(error: unknown, doneError: string): L1Readiness {
  const revert =
    error instanceof BaseError
      ? error.walk((e) => e instanceof ContractFunctionRevertedError)
      : null
  if (!(revert instanceof ContractFunctionRevertedError)) throw error
  const name = revert.data?.errorName
  if (name === doneError) return { kind: 'finalized' }
  if (name && NOT_SETTLED.has(name)) return { kind: 'not-settled' }
  if (name === 'EnforcedPause') return { kind: 'paused' }
  return { kind: 'refused', error: name ?? revert.signature ?? 'unknown revert' }
}
