import { type Hex, keccak256, numberToHex, pad } from 'viem'
import { GENESIS_STORED_BATCH } from '../abis'
import type { Batch, ChainState, PriorityRecord } from '../chainState'
import { BOOTLOADER_ADDRESS, EMPTY_STRING_KECCAK, L1_MESSENGER_ADDRESS } from '../constants'
import { computeLogsTree, type L2ToL1Log } from '../lib/logsTree'
import { priorityOperationsRollingHash } from '../lib/priority'
import { type AnvilActions, hex, type Rpc, type RpcBlock, type RpcReceipt } from '../rpc'

// Sealing: L2 blocks become batches, each with its transactions, its L2→L1 logs and their tree.

/** topic0 of `L1MessageSent(address indexed _sender, bytes32 indexed _hash, bytes _message)`. */
export const L1_MESSAGE_SENT_TOPIC: Hex =
  '0x3a36e47291f4201faf137fab081d92295bce2d53be2c6ca68ba82c7faa9ce241'

/** Batch 0: the genesis block, committed, proven and executed by definition. */
export function genesisBatch(timestamp: number): Batch {
  const now = Date.now()
  return {
    number: 0,
    firstBlock: 0n,
    lastBlock: 0n,
    timestamp,
    sealedAt: now,
    txs: [],
    logs: [],
    localRoot: pad('0x00'),
    rootHash: pad('0x00'),
    l1TxCount: 0,
    l2TxCount: 0,
    priorityHashes: [],
    priorityOperationsHash: EMPTY_STRING_KECCAK,
    newStateRoot: pad('0x00'),
    stored: GENESIS_STORED_BATCH,
    commit: { txHash: pad('0x00'), at: now },
    prove: { txHash: pad('0x00'), at: now },
    execute: { txHash: pad('0x00'), at: now },
  }
}

/**
 * The next batch: every L2 block not yet in one, with its transactions (priority ones by their
 * canonical hash), their L2→L1 logs and the logs tree. `undefined` when there is no new block.
 * Runs inside the L2 write lock; the caller adds the batch to the chain state.
 */
export async function sealNextBatch(p: {
  state: ChainState
  l2: Rpc
  l2Actions: AnvilActions
  /**
   * What a log's `txNumberInBatch` counts: 'batch' (Era: the tx's position in the batch) or
   * 'block' (ZKsync OS: its position in its block, the receipt's transactionIndex).
   */
  txNumbering: 'batch' | 'block'
}): Promise<Batch | undefined> {
  const { state, l2 } = p
  const latest = await p.l2Actions.blockNumber()
  const first = state.lastSealedBlock + 1n
  if (latest < first) return undefined
  const numbers: bigint[] = []
  for (let n = first; n <= latest; n++) numbers.push(n)
  const [blocks, receipts] = await Promise.all([
    Promise.all(numbers.map((n) => l2<RpcBlock>('eth_getBlockByNumber', [hex(n), false]))),
    Promise.all(numbers.map((n) => l2<RpcReceipt[]>('eth_getBlockReceipts', [hex(n)]))),
  ])
  const txs: Batch['txs'] = []
  const logs: Batch['logs'] = []
  const priorityHashes: Hex[] = []
  for (const [i, blockReceipts] of receipts.entries()) {
    const ordered = [...blockReceipts].sort(
      (x, y) => Number(BigInt(x.transactionIndex)) - Number(BigInt(y.transactionIndex)),
    )
    for (const receipt of ordered) {
      const txNumberInBatch =
        p.txNumbering === 'batch' ? txs.length : Number(BigInt(receipt.transactionIndex))
      const anvilHash = receipt.transactionHash.toLowerCase() as Hex
      const priority = state.priorityByAnvilHash(anvilHash)
      txs.push({
        anvilHash,
        hash: state.toZkHash(anvilHash),
        blockNumber: numbers[i] ?? 0n,
        priority: priority !== undefined,
      })
      for (const log of txL2ToL1Logs(receipt.logs, priority))
        logs.push({ ...log, txNumberInBatch, anvilHash })
      if (priority) priorityHashes.push(priority.hash)
    }
  }
  const { localRoot, fullRoot } = computeLogsTree(logs)
  const firstBlock = blocks[0]
  const lastBlock = blocks[blocks.length - 1]
  return {
    number: state.batches.length,
    firstBlock: first,
    lastBlock: latest,
    timestamp: Number(BigInt(firstBlock?.timestamp ?? '0x0')),
    sealedAt: Date.now(),
    txs,
    logs,
    localRoot,
    rootHash: fullRoot,
    l1TxCount: priorityHashes.length,
    l2TxCount: txs.length - priorityHashes.length,
    priorityHashes,
    priorityOperationsHash: priorityOperationsRollingHash(priorityHashes),
    newStateRoot: lastBlock?.stateRoot ?? keccak256(numberToHex(latest)),
  }
}

/**
 * The user L2→L1 logs a transaction produces, in emission order: one per `L1MessageSent` of the
 * L1Messenger, then (for a priority transaction) the bootloader's status log.
 * `txNumberInBatch` is filled in by the caller.
 */
export function txL2ToL1Logs(
  logs: readonly { address: Hex; topics: readonly Hex[] }[],
  priority: PriorityRecord | undefined,
): Omit<L2ToL1Log, 'txNumberInBatch'>[] {
  const out: Omit<L2ToL1Log, 'txNumberInBatch'>[] = []
  for (const log of logs) {
    if (log.address.toLowerCase() !== L1_MESSENGER_ADDRESS) continue
    if (log.topics[0]?.toLowerCase() !== L1_MESSAGE_SENT_TOPIC) continue
    const key = log.topics[1]
    const value = log.topics[2]
    if (!key || !value) continue
    out.push({
      shardId: 0,
      isService: true,
      sender: L1_MESSENGER_ADDRESS,
      key: key.toLowerCase() as Hex,
      value: value.toLowerCase() as Hex,
    })
  }
  if (priority?.execution)
    out.push({
      shardId: 0,
      isService: true,
      sender: BOOTLOADER_ADDRESS,
      key: priority.hash,
      value: pad(priority.execution.success ? '0x01' : '0x00'),
    })
  return out
}
