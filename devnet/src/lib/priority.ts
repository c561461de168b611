import {
  type Address,
  bytesToHex,
  decodeEventLog,
  encodeAbiParameters,
  getAddress,
  type Hex,
  keccak256,
  numberToHex,
  parseAbiItem,
  parseAbiParameters,
  toEventSelector,
} from 'viem'
import { hashBytecode, undoL1ToL2Alias as viemUndoL1ToL2Alias } from 'viem/zksync'
import { EMPTY_STRING_KECCAK, PRIORITY_OPERATION_L2_TX_TYPE } from '../constants'

// L1→L2 priority requests (zksync-contracts.md §6, §9): the canonical transaction the Mailbox
// emits in `NewPriorityRequest`, its hash (the L2 transaction hash clients wait for), aliasing,
// and the rolling hash a batch commits to.

/** `L2CanonicalTransaction` (common/Messaging.sol), as viem decodes it. */
export type L2CanonicalTransaction = {
  /** 255 for priority operations. */
  txType: bigint
  /** uint160 of the L2 sender (aliased when an L1 contract sent the request). */
  from: bigint
  to: bigint
  gasLimit: bigint
  /** 800 (`REQUIRED_L2_GAS_PRICE_PER_PUBDATA`). */
  gasPerPubdataByteLimit: bigint
  maxFeePerGas: bigint
  maxPriorityFeePerGas: bigint
  paymaster: bigint
  /** The priority operation id (`txId`). */
  nonce: bigint
  /** `l2Value`. */
  value: bigint
  /** `[mintValue, uint160(refundRecipient), 0, 0]`. */
  reserved: readonly [bigint, bigint, bigint, bigint]
  data: Hex
  signature: Hex
  /** `hashL2Bytecode` of each factory dependency. */
  factoryDeps: readonly bigint[]
  paymasterInput: Hex
  reservedDynamic: Hex
}

/** A decoded `NewPriorityRequest` event. */
export type NewPriorityRequest = {
  txId: bigint
  /** The canonical hash = the L2 transaction hash (lowercase). */
  txHash: Hex
  expirationTimestamp: bigint
  transaction: L2CanonicalTransaction
  /** Raw bytecodes of the factory dependencies. */
  factoryDeps: readonly Hex[]
}

const L2_CANONICAL_TRANSACTION_TUPLE =
  '(uint256 txType, uint256 from, uint256 to, uint256 gasLimit, uint256 gasPerPubdataByteLimit, uint256 maxFeePerGas, uint256 maxPriorityFeePerGas, uint256 paymaster, uint256 nonce, uint256 value, uint256[4] reserved, bytes data, bytes signature, uint256[] factoryDeps, bytes paymasterInput, bytes reservedDynamic)'

/** ABI parameters of `abi.encode(L2CanonicalTransaction)`. */
export const L2_CANONICAL_TRANSACTION_PARAMETERS = parseAbiParameters(
  `${L2_CANONICAL_TRANSACTION_TUPLE} transaction`,
)

/** `event NewPriorityRequest(uint256 txId, bytes32 txHash, uint64 expirationTimestamp, L2CanonicalTransaction transaction, bytes[] factoryDeps)`. */
export const NEW_PRIORITY_REQUEST_EVENT = parseAbiItem(
  `event NewPriorityRequest(uint256 txId, bytes32 txHash, uint64 expirationTimestamp, ${L2_CANONICAL_TRANSACTION_TUPLE} transaction, bytes[] factoryDeps)`,
)

/** topic0 of `NewPriorityRequest` (`0x4531cd57…a382`). */
export const NEW_PRIORITY_REQUEST_TOPIC: Hex = toEventSelector(NEW_PRIORITY_REQUEST_EVENT)

/** `address(uint160(L1) + offset)` mod 2^160 (AddressAliasHelper). */
export const L1_TO_L2_ALIAS_OFFSET = 0x1111000000000000000000000000000000001111n
const ADDRESS_MODULO = 1n << 160n

/** The bytes the canonical hash is taken over: `abi.encode(transaction)` (first word 0x20). */
export function encodeCanonicalTransaction(tx: L2CanonicalTransaction): Hex {
  return encodeAbiParameters(L2_CANONICAL_TRANSACTION_PARAMETERS, [tx])
}

/** `keccak256(abi.encode(transaction))`: the priority operation's L2 transaction hash. */
export function canonicalTxHash(tx: L2CanonicalTransaction): Hex {
  return keccak256(encodeCanonicalTransaction(tx))
}

/**
 * Decodes a `NewPriorityRequest` log of the chain's diamond (an L1 `eth_getLogs` entry) and
 * checks it is self-consistent: `txHash == keccak256(abi.encode(transaction))`, the transaction
 * is a priority operation (type 255) whose nonce is `txId`, and the factory-dep hashes match the
 * bytecodes. Throws an Error saying which check failed.
 */
export function decodeNewPriorityRequest(log: {
  topics: readonly Hex[]
  data: Hex
}): NewPriorityRequest {
  const topic0 = log.topics[0]?.toLowerCase()
  if (topic0 !== NEW_PRIORITY_REQUEST_TOPIC)
    throw new Error(
      `not a NewPriorityRequest log: topic0 is ${topic0 ?? 'missing'}, expected ${NEW_PRIORITY_REQUEST_TOPIC}`,
    )
  let args: {
    txId: bigint
    txHash: Hex
    expirationTimestamp: bigint
    transaction: L2CanonicalTransaction
    factoryDeps: readonly Hex[]
  }
  try {
    args = decodeEventLog({
      abi: [NEW_PRIORITY_REQUEST_EVENT],
      topics: [NEW_PRIORITY_REQUEST_TOPIC, ...log.topics.slice(1)],
      data: log.data,
      strict: true,
    }).args
  } catch (error) {
    throw new Error(
      `malformed NewPriorityRequest log: ${error instanceof Error ? ((error as { shortMessage?: string }).shortMessage ?? error.message) : String(error)}`,
    )
  }
  const { txId, transaction } = args
  const txHash = args.txHash.toLowerCase() as Hex
  const computed = canonicalTxHash(transaction)
  if (computed !== txHash)
    throw new Error(
      `NewPriorityRequest ${txId}: txHash ${txHash} is not keccak256(abi.encode(transaction)) = ${computed}`,
    )
  if (transaction.txType !== PRIORITY_OPERATION_L2_TX_TYPE)
    throw new Error(
      `NewPriorityRequest ${txId}: transaction.txType is ${transaction.txType}, expected ${PRIORITY_OPERATION_L2_TX_TYPE}`,
    )
  if (transaction.nonce !== txId)
    throw new Error(
      `NewPriorityRequest ${txId}: transaction.nonce is ${transaction.nonce}, expected the txId`,
    )
  if (args.factoryDeps.length !== transaction.factoryDeps.length)
    throw new Error(
      `NewPriorityRequest ${txId}: ${args.factoryDeps.length} factory deps but ${transaction.factoryDeps.length} hashes in the transaction`,
    )
  args.factoryDeps.forEach((bytecode, i) => {
    const hash = BigInt(bytesToHex(hashBytecode(bytecode)))
    if (hash !== transaction.factoryDeps[i])
      throw new Error(`NewPriorityRequest ${txId}: factory dep ${i} does not match its hash`)
  })
  return {
    txId,
    txHash,
    expirationTimestamp: args.expirationTimestamp,
    transaction,
    factoryDeps: args.factoryDeps,
  }
}

/** `uint160` → checksummed address (throws above 2^160 − 1). */
export function uintToAddress(value: bigint): Address {
  if (value < 0n || value >= ADDRESS_MODULO)
    throw new RangeError(`${value} is not a uint160 address`)
  return getAddress(numberToHex(value, { size: 20 }))
}

/** L2 sender of the request (the aliased L1 contract, or the EOA itself). */
export function canonicalTxFrom(tx: L2CanonicalTransaction): Address {
  return uintToAddress(tx.from)
}

/** L2 contract called. */
export function canonicalTxTo(tx: L2CanonicalTransaction): Address {
  return uintToAddress(tx.to)
}

/** Base token minted on L2 for the request: covers `value` plus the L2 fee (`reserved[0]`). */
export function canonicalTxMintValue(tx: L2CanonicalTransaction): bigint {
  return tx.reserved[0]
}

/** Who gets the unused fee (and the value, on failure) on L2 (`address(reserved[1])`). */
export function canonicalTxRefundRecipient(tx: L2CanonicalTransaction): Address {
  return uintToAddress(tx.reserved[1])
}

/** `AddressAliasHelper.applyL1ToL2Alias`: the L2 `msg.sender` of an L1 contract. Checksummed. */
export function applyL1ToL2Alias(l1Address: Address): Address {
  return uintToAddress((BigInt(l1Address) + L1_TO_L2_ALIAS_OFFSET) % ADDRESS_MODULO)
}

/** `AddressAliasHelper.undoL1ToL2Alias` (viem's), checksummed. */
export function undoL1ToL2Alias(l2Address: Address): Address {
  return getAddress(viemUndoL1ToL2Alias(l2Address))
}

/**
 * The batch's `priorityOperationsHash`: starting from `EMPTY_STRING_KECCAK`,
 * `h = keccak256(abi.encode(h, canonicalTxHash))` for each priority operation in order.
 */
export function priorityOperationsRollingHash(
  hashes: readonly Hex[],
  seed: Hex = EMPTY_STRING_KECCAK,
): Hex {
  let rolling = seed
  for (const hash of hashes)
    rolling = keccak256(
      encodeAbiParameters([{ type: 'bytes32' }, { type: 'bytes32' }], [rolling, hash]),
    )
  return rolling
}
