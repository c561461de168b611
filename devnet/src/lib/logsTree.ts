import { type Address, concatHex, encodePacked, type Hex, keccak256 } from 'viem'
import {
  AGGREGATED_ROOT,
  L2_L1_LOGS_TREE_DEFAULT_LEAF_HASH,
  L2_TO_L1_LOGS_TREE_HEIGHT,
} from '../constants'

// The L2→L1 logs Merkle tree of a batch and the proofs `zks_getL2ToL1LogProof` returns
// (zksync-contracts.md §7, zksync-rpc.md §5). The tree has 2^14 leaves; only the first
// `logs.length` are real, the rest are the default leaf, so every level is computed up to its
// last non-empty node and the empty subtrees come from precomputed hashes.

/** One user L2→L1 log (`L2Log` in the contracts), as it sits in a batch. */
export type L2ToL1Log = {
  shardId: number
  isService: boolean
  /** Index of the emitting transaction in its L1 batch (receipt `l1BatchTxIndex`). */
  txNumberInBatch: number
  sender: Address
  key: Hex
  value: Hex
}

export type LogsTree = {
  /** Root of the 2^14-leaf tree. */
  localRoot: Hex
  /** `keccak256(localRoot ‖ aggregatedRoot)`: the batch's `l2LogsRootHash` on L1. */
  fullRoot: Hex
}

/** A `zks_getL2ToL1LogProof` result (protocol ≥ 26, chain settling on L1). */
export type LogProof = {
  /** Position of the log among all user logs of the batch (`_l2MessageIndex`). */
  id: number
  /** `[metadata, 14 siblings (leaf level first), aggregatedRoot]`: 16 elements. */
  proof: Hex[]
  /** `fullRoot` of the batch. */
  root: Hex
}

export const L2_TO_L1_LOG_SERIALIZE_SIZE = 88
export const L2_TO_L1_LOGS_TREE_LEAVES = 2 ** L2_TO_L1_LOGS_TREE_HEIGHT

/**
 * Proof metadata word: version 1, log leaf proof length 15 (14 siblings + aggregated root),
 * batch proof length 0, final node (the chain settles on L1).
 */
export const LOG_PROOF_METADATA: Hex = `0x010f0001${'00'.repeat(28)}`

/** `EMPTY_SUBTREE_HASHES[d]` = root of a subtree of height d holding only default leaves (d = 0…14). */
export const EMPTY_SUBTREE_HASHES: readonly Hex[] = (() => {
  const hashes: Hex[] = [L2_L1_LOGS_TREE_DEFAULT_LEAF_HASH]
  for (let d = 0; d < L2_TO_L1_LOGS_TREE_HEIGHT; d++) {
    const below = hashes[d] as Hex
    hashes.push(keccak256(concatHex([below, below])))
  }
  return hashes
})()

/** The 88-byte `abi.encodePacked(shardId, isService, txNumberInBatch, sender, key, value)`. */
export function serializeL2ToL1Log(log: L2ToL1Log): Hex {
  return encodePacked(
    ['uint8', 'bool', 'uint16', 'address', 'bytes32', 'bytes32'],
    [log.shardId, log.isService, log.txNumberInBatch, log.sender, log.key, log.value],
  )
}

/** The tree leaf of a log: `keccak256(serializeL2ToL1Log(log))`. */
export function l2ToL1LogLeaf(log: L2ToL1Log): Hex {
  return keccak256(serializeL2ToL1Log(log))
}

/** Roots of a batch's logs tree. `aggregatedRoot` defaults to the devnet's (zero, no interop). */
export function computeLogsTree(
  logs: readonly L2ToL1Log[],
  aggregatedRoot: Hex = AGGREGATED_ROOT,
): LogsTree {
  const levels = treeLevels(logs)
  const localRoot =
    levels[L2_TO_L1_LOGS_TREE_HEIGHT]?.[0] ?? emptySubtree(L2_TO_L1_LOGS_TREE_HEIGHT)
  return { localRoot, fullRoot: keccak256(concatHex([localRoot, aggregatedRoot])) }
}

/**
 * The inclusion proof of `logs[id]` in the format L1 verifies (`MessageHashing._getProofData`,
 * zksync-contracts.md §7.3): `[metadata, ...14 siblings, aggregatedRoot]` and the batch root.
 * Throws a RangeError if `id` is not the index of one of `logs`.
 */
export function getLogProof(
  logs: readonly L2ToL1Log[],
  id: number,
  aggregatedRoot: Hex = AGGREGATED_ROOT,
): LogProof {
  if (!Number.isInteger(id) || id < 0 || id >= logs.length)
    throw new RangeError(`log id ${id} out of range: the batch has ${logs.length} L2→L1 logs`)
  const levels = treeLevels(logs)
  const siblings: Hex[] = []
  let index = id
  for (let d = 0; d < L2_TO_L1_LOGS_TREE_HEIGHT; d++) {
    siblings.push(levels[d]?.[index ^ 1] ?? emptySubtree(d))
    index >>= 1
  }
  const localRoot =
    levels[L2_TO_L1_LOGS_TREE_HEIGHT]?.[0] ?? emptySubtree(L2_TO_L1_LOGS_TREE_HEIGHT)
  return {
    id,
    proof: [LOG_PROOF_METADATA, ...siblings, aggregatedRoot],
    root: keccak256(concatHex([localRoot, aggregatedRoot])),
  }
}

/**
 * `levels[d]` = the non-empty prefix of tree level d (level 0 = leaves, level 14 = root); nodes
 * past the end of a level are empty subtrees. Hashes: logs.length + Σ ceil(n / 2^d) ≈ 2n + 14.
 */
function treeLevels(logs: readonly L2ToL1Log[]): Hex[][] {
  if (logs.length > L2_TO_L1_LOGS_TREE_LEAVES)
    throw new RangeError(
      `too many L2→L1 logs for one batch: ${logs.length} (the tree holds ${L2_TO_L1_LOGS_TREE_LEAVES})`,
    )
  const levels: Hex[][] = [logs.map(l2ToL1LogLeaf)]
  for (let d = 0; d < L2_TO_L1_LOGS_TREE_HEIGHT; d++) {
    const level = levels[d] as Hex[]
    const next: Hex[] = []
    for (let i = 0; i < level.length; i += 2)
      next.push(keccak256(concatHex([level[i] as Hex, level[i + 1] ?? emptySubtree(d)])))
    levels.push(next)
  }
  return levels
}

function emptySubtree(height: number): Hex {
  return EMPTY_SUBTREE_HASHES[height] as Hex
}
