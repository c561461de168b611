import {
  type Abi,
  type Address,
  BaseError,
  type Chain,
  ContractFunctionRevertedError,
  concatHex,
  defineChain,
  encodeAbiParameters,
  encodePacked,
  getAddress,
  type Hex,
  keccak256,
  numberToHex,
  pad,
  parseAbiParameters,
  sha256,
  size,
} from 'viem'
import { commitBatchInfoParameters, storedBatchInfoParameters } from '../../src/abis'
import {
  AGGREGATED_ROOT,
  EMPTY_STRING_KECCAK,
  FEE_PARAMS,
  L1_MESSENGER_ADDRESS,
  L2_L1_LOGS_TREE_DEFAULT_LEAF_HASH,
  L2_TO_L1_LOGS_TREE_HEIGHT,
} from '../../src/constants'
import type { StoredBatchInfo } from '../../src/types'

// Independent TypeScript copies of the formulas in shared/reference/zksync-contracts.md, used to check the
// Solidity contracts (on purpose not shared with the sequencer's own implementation).

export function devnetChain(id: number, url: string): Chain {
  return defineChain({
    id,
    name: `devnet ${id}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [url] } },
  })
}

// ---------------------------------------------------------------- §9 aliasing

const ALIAS_OFFSET = 0x1111000000000000000000000000000000001111n
const ADDRESS_MOD = 1n << 160n

export function applyL1ToL2Alias(address: Address): Address {
  return toAddress((BigInt(address) + ALIAS_OFFSET) % ADDRESS_MOD)
}

export function undoL1ToL2Alias(address: Address): Address {
  return toAddress((BigInt(address) - ALIAS_OFFSET + ADDRESS_MOD) % ADDRESS_MOD)
}

export function toAddress(value: bigint): Address {
  return getAddress(pad(numberToHex(value), { size: 20 }))
}

// ---------------------------------------------------------------- §10.1 / §10.3 fees

export type FeeOptions = {
  gasPerPubdata?: bigint
  nominator?: bigint
  denominator?: bigint
}

/** `Mailbox._deriveL2GasPrice`. */
export function l2GasPrice(gasPrice: bigint, options: FeeOptions = {}): bigint {
  const gasPerPubdata = options.gasPerPubdata ?? 800n
  const nominator = options.nominator ?? 1n
  const denominator = options.denominator ?? 1n
  const conv = (gasPrice * nominator) / denominator
  const pubdataPrice = FEE_PARAMS.pubdataPricingMode === 0 ? 17n * conv : 0n
  const overhead = FEE_PARAMS.batchOverheadL1Gas * conv
  const fullPubdata = pubdataPrice + overhead / FEE_PARAMS.maxPubdataPerBatch
  const byComputation = FEE_PARAMS.minimalL2GasPrice + overhead / FEE_PARAMS.maxL2GasPerBatch
  const byPubdata = (fullPubdata + gasPerPubdata - 1n) / gasPerPubdata
  return byComputation > byPubdata ? byComputation : byPubdata
}

export function baseCost(gasPrice: bigint, l2GasLimit: bigint, options: FeeOptions = {}): bigint {
  return l2GasPrice(gasPrice, options) * l2GasLimit
}

/** Length of abi.encode(L2CanonicalTransaction): 800 + ceil32(data) + 32 per factory dependency. */
export function encodedCanonicalLength(dataLength: number, factoryDeps = 0): bigint {
  return 800n + BigInt(Math.ceil(dataLength / 32) * 32) + 32n * BigInt(factoryDeps)
}

/** The smallest l2GasLimit `TransactionValidator` accepts (§10.3). */
export function minimalL2GasLimit(
  encodedLength: bigint,
  factoryDeps = 0n,
  gasPerPubdata = 800n,
): bigint {
  const overhead = 10n * encodedLength > 10_000n ? 10n * encodedLength : 10_000n
  let computation = 167_157n + (encodedLength * 1656n + 543n) / 544n + factoryDeps * 2473n
  if (computation < 173_484n) computation = 173_484n
  return overhead + computation + (88n + factoryDeps * 64n) * gasPerPubdata
}

/** zkSync's versioned hash of a factory dependency (§6.1). */
export function hashL2Bytecode(bytecode: Hex): Hex {
  const words = BigInt(size(bytecode) / 32)
  const hash = BigInt(sha256(bytecode)) & ((1n << 224n) - 1n)
  return numberToHex(hash | (1n << 248n) | (words << 224n), { size: 32 })
}

// ---------------------------------------------------------------- §6 canonical transaction

export const L2_CANONICAL_TRANSACTION_ABI = parseAbiParameters(
  '(uint256 txType, uint256 from, uint256 to, uint256 gasLimit, uint256 gasPerPubdataByteLimit, uint256 maxFeePerGas, uint256 maxPriorityFeePerGas, uint256 paymaster, uint256 nonce, uint256 value, uint256[4] reserved, bytes data, bytes signature, uint256[] factoryDeps, bytes paymasterInput, bytes reservedDynamic)',
)

export type CanonicalTransaction = {
  txType: bigint
  from: bigint
  to: bigint
  gasLimit: bigint
  gasPerPubdataByteLimit: bigint
  maxFeePerGas: bigint
  maxPriorityFeePerGas: bigint
  paymaster: bigint
  nonce: bigint
  value: bigint
  reserved: readonly [bigint, bigint, bigint, bigint]
  data: Hex
  signature: Hex
  factoryDeps: readonly bigint[]
  paymasterInput: Hex
  reservedDynamic: Hex
}

export function encodeCanonicalTransaction(tx: CanonicalTransaction): Hex {
  return encodeAbiParameters(L2_CANONICAL_TRANSACTION_ABI, [tx])
}

export function canonicalTxHash(tx: CanonicalTransaction): Hex {
  return keccak256(encodeCanonicalTransaction(tx))
}

// ---------------------------------------------------------------- §3.2 / §8 / §11 encodings

export const NTV = '0x0000000000000000000000000000000000010004' as const

export function assetIdOf(chainId: number | bigint, token: Address): Hex {
  return keccak256(
    encodeAbiParameters(parseAbiParameters('uint256, address, address'), [
      BigInt(chainId),
      NTV,
      token,
    ]),
  )
}

export function transferData(amount: bigint, receiver: Address, token: Address): Hex {
  return encodeAbiParameters(parseAbiParameters('uint256, address, address'), [
    amount,
    receiver,
    token,
  ])
}

export function secondBridgeCalldata(assetId: Hex, data: Hex): Hex {
  return concatHex([
    '0x01',
    encodeAbiParameters(parseAbiParameters('bytes32, bytes'), [assetId, data]),
  ])
}

export function txDataHashNew(sender: Address, assetId: Hex, data: Hex): Hex {
  return keccak256(
    concatHex([
      '0x01',
      encodeAbiParameters(parseAbiParameters('address, bytes32, bytes'), [sender, assetId, data]),
    ]),
  )
}

export function txDataHashLegacy(sender: Address, token: Address, amount: bigint): Hex {
  return keccak256(
    encodeAbiParameters(parseAbiParameters('address, address, uint256'), [sender, token, amount]),
  )
}

/** New-format token metadata: 0x01 ‖ abi.encode(originChainId, abi.encode(name), abi.encode(symbol), abi.encode(uint8 decimals)). */
export function tokenMetadata(
  chainId: number,
  name: string,
  symbol: string,
  decimals: number,
): Hex {
  return concatHex([
    '0x01',
    encodeAbiParameters(parseAbiParameters('uint256, bytes, bytes, bytes'), [
      BigInt(chainId),
      encodeAbiParameters(parseAbiParameters('string'), [name]),
      encodeAbiParameters(parseAbiParameters('string'), [symbol]),
      encodeAbiParameters(parseAbiParameters('uint8'), [decimals]),
    ]),
  ])
}

export function bridgeMintData(
  sender: Address,
  receiver: Address,
  originToken: Address,
  amount: bigint,
  metadata: Hex,
): Hex {
  return encodeAbiParameters(parseAbiParameters('address, address, address, uint256, bytes'), [
    sender,
    receiver,
    originToken,
    amount,
    metadata,
  ])
}

// ---------------------------------------------------------------- §7 logs tree and proofs

export type UserLog = { txNumberInBatch: number; sender: Address; key: Hex; value: Hex }

export function serializeLog(log: UserLog): Hex {
  return encodePacked(
    ['uint8', 'bool', 'uint16', 'address', 'bytes32', 'bytes32'],
    [0, true, log.txNumberInBatch, log.sender, log.key, log.value],
  )
}

/** The log an L1MessageSent produces: sender 0x8008, key = message sender, value = keccak(message). */
export function messageLog(txNumberInBatch: number, sender: Address, message: Hex): UserLog {
  return {
    txNumberInBatch,
    sender: L1_MESSENGER_ADDRESS,
    key: pad(sender),
    value: keccak256(message),
  }
}

/** The bootloader's status log of a priority transaction. */
export function statusLog(txNumberInBatch: number, canonicalHash: Hex, success: boolean): UserLog {
  return {
    txNumberInBatch,
    sender: '0x0000000000000000000000000000000000008001',
    key: canonicalHash,
    value: pad(success ? '0x01' : '0x00'),
  }
}

export type LogsTree = {
  localRoot: Hex
  /** keccak256(localRoot ‖ aggregatedRoot): what the batch commits to and L1 stores. */
  root: Hex
  /** `zks_getL2ToL1LogProof` proof of log `index`: metadata word + 14 siblings + aggregated root. */
  proof: (index: number) => Hex[]
  /** The pre-gateway format: a bare 15-element Merkle path (siblings + aggregated root). */
  legacyProof: (index: number) => Hex[]
}

/** Height-14 tree over the serialized logs, padded with the default leaf (sparse computation). */
export function buildLogsTree(logs: readonly UserLog[]): LogsTree {
  const height = L2_TO_L1_LOGS_TREE_HEIGHT
  const zeros: Hex[] = [L2_L1_LOGS_TREE_DEFAULT_LEAF_HASH]
  for (let d = 1; d <= height; d++) {
    const z = zeros[d - 1] as Hex
    zeros.push(keccak256(concatHex([z, z])))
  }
  const levels: Hex[][] = [logs.map((log) => keccak256(serializeLog(log)))]
  for (let d = 0; d < height; d++) {
    const level = levels[d] as Hex[]
    const next: Hex[] = []
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i] as Hex
      const right = level[i + 1] ?? (zeros[d] as Hex)
      next.push(keccak256(concatHex([left, right])))
    }
    levels.push(next)
  }
  const localRoot = levels[height]?.[0] ?? (zeros[height] as Hex)
  const root = keccak256(concatHex([localRoot, AGGREGATED_ROOT]))
  const path = (index: number) => {
    const out: Hex[] = []
    let i = index
    for (let d = 0; d < height; d++) {
      out.push(levels[d]?.[i ^ 1] ?? (zeros[d] as Hex))
      i >>= 1
    }
    out.push(AGGREGATED_ROOT)
    return out
  }
  const metadata = `0x010f0001${'00'.repeat(28)}` as Hex
  return {
    localRoot,
    root,
    proof: (index) => [metadata, ...path(index)],
    legacyProof: path,
  }
}

// ---------------------------------------------------------------- §12 batches by hand

export function rollingHash(items: readonly Hex[]): Hex {
  let h = EMPTY_STRING_KECCAK
  for (const item of items)
    h = keccak256(encodeAbiParameters(parseAbiParameters('bytes32, bytes32'), [h, item]))
  return h
}

export function hashStoredBatch(info: StoredBatchInfo): Hex {
  return keccak256(encodeAbiParameters(storedBatchInfoParameters, [info]))
}

export type CommitBatchInfo = {
  batchNumber: bigint
  timestamp: bigint
  indexRepeatedStorageChanges: bigint
  newStateRoot: Hex
  numberOfLayer1Txs: bigint
  priorityOperationsHash: Hex
  bootloaderHeapInitialContentsHash: Hex
  eventsQueueStateHash: Hex
  systemLogs: Hex
  operatorDAInput: Hex
}

/** One 88-byte system log carrying the logs tree root (key 0, sender 0x…8008). */
export function rootSystemLog(root: Hex): Hex {
  return encodePacked(
    ['uint8', 'bool', 'uint16', 'address', 'bytes32', 'bytes32'],
    [0, true, 0, L1_MESSENGER_ADDRESS, pad('0x00'), root],
  )
}

/** The batch the test commits, and the StoredBatchInfo the devnet executor derives from it. */
export function makeBatch(params: {
  batchNumber: bigint
  root: Hex
  priorityHashes: readonly Hex[]
  timestamp?: bigint
}): { commit: CommitBatchInfo; stored: StoredBatchInfo } {
  const commit: CommitBatchInfo = {
    batchNumber: params.batchNumber,
    timestamp: params.timestamp ?? 1_700_000_000n + params.batchNumber,
    indexRepeatedStorageChanges: 0n,
    newStateRoot: keccak256(numberToHex(params.batchNumber, { size: 32 })),
    numberOfLayer1Txs: BigInt(params.priorityHashes.length),
    priorityOperationsHash: rollingHash(params.priorityHashes),
    bootloaderHeapInitialContentsHash: pad('0x00'),
    eventsQueueStateHash: pad('0x00'),
    systemLogs: rootSystemLog(params.root),
    operatorDAInput: '0x',
  }
  const stored: StoredBatchInfo = {
    batchNumber: commit.batchNumber,
    batchHash: commit.newStateRoot,
    indexRepeatedStorageChanges: 0n,
    numberOfLayer1Txs: commit.numberOfLayer1Txs,
    priorityOperationsHash: commit.priorityOperationsHash,
    dependencyRootsRollingHash: pad('0x00'),
    l2LogsTreeRoot: params.root,
    timestamp: commit.timestamp,
    commitment: keccak256(encodeAbiParameters(commitBatchInfoParameters, [commit])),
  }
  return { commit, stored }
}

// ---------------------------------------------------------------- errors

/** The decoded custom error of a failed viem contract call/simulation (throws if it is something else). */
export function revertOf(error: unknown): { errorName: string; args: readonly unknown[] } {
  if (error instanceof BaseError) {
    const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError)
    if (reverted instanceof ContractFunctionRevertedError && reverted.data)
      return { errorName: reverted.data.errorName, args: reverted.data.args ?? [] }
    if (reverted instanceof ContractFunctionRevertedError && reverted.reason)
      return { errorName: 'Error', args: [reverted.reason] }
  }
  throw error
}

/** Awaits `promise`, expecting it to revert with `errorName` (and `args`, if given). */
export async function expectRevert(
  promise: Promise<unknown>,
  errorName: string,
  args?: readonly unknown[],
): Promise<void> {
  let result: unknown
  try {
    result = await promise
  } catch (error) {
    const decoded = revertOf(error)
    if (decoded.errorName !== errorName)
      throw new Error(
        `expected revert ${errorName}, got ${decoded.errorName}(${String(decoded.args)})`,
      )
    if (args !== undefined) {
      const want = JSON.stringify(args, bigintJson)
      const got = JSON.stringify(decoded.args, bigintJson)
      if (want.toLowerCase() !== got.toLowerCase())
        throw new Error(`expected ${errorName}${want}, got ${errorName}${got}`)
    }
    return
  }
  throw new Error(`expected revert ${errorName}, but the call succeeded (${String(result)})`)
}

function bigintJson(_key: string, value: unknown) {
  return typeof value === 'bigint' ? value.toString() : value
}

/** The selectors/topics of every function, event and error of an ABI (for ABI consistency checks). */
export function abiSignatures(abi: Abi): string[] {
  const out: string[] = []
  for (const item of abi) {
    if (item.type !== 'function' && item.type !== 'event' && item.type !== 'error') continue
    const types = item.inputs.map((input) => formatType(input)).join(',')
    out.push(`${item.type} ${item.name}(${types})`)
  }
  return out
}

type AbiParam = { type: string; components?: readonly AbiParam[] }

function formatType(param: AbiParam): string {
  if (param.type.startsWith('tuple')) {
    const inner = (param.components ?? []).map(formatType).join(',')
    return `(${inner})${param.type.slice('tuple'.length)}`
  }
  return param.type
}
