import type { Address, Hex } from 'viem'
import type { L2ToL1Log } from './lib/logsTree'
import type { L2CanonicalTransaction } from './lib/priority'
import type { StoredBatchInfo } from './types'

/** An L1→L2 priority request as seen on L1, and how it ran on L2 once executed. */
export type PriorityRecord = {
  txId: bigint
  /** The canonical hash: the L2 transaction hash clients see. */
  hash: Hex
  tx: L2CanonicalTransaction
  l1TxHash: Hex
  l1BlockNumber: bigint
  receivedAt: number
  /** Set once the request was sent to the L2 anvil (it is never sent twice). */
  sent?: { anvilHash: Hex; nonceBefore: bigint; overhead: bigint; topUp: bigint }
  execution?: {
    anvilHash: Hex
    success: boolean
    /** L2 gas charged (zkSync semantics: intrinsic overhead + EVM gas used). */
    gasCharged: bigint
    /** Refund minted to the refund recipient. */
    refund: bigint
    /** EVM revert data when the call failed, if any. */
    revertData?: Hex
  }
}

/** A type-0x71 transaction received by the gateway and run on anvil under another hash. */
export type Eip712Record = {
  hash: Hex
  anvilHash: Hex
  from: Address
  gasPerPubdata: bigint
  customSignature: Hex
  receivedAt: number
}

export type BatchTx = { anvilHash: Hex; hash: Hex; blockNumber: bigint; priority: boolean }

export type L1Stage = { txHash: Hex; at: number }

export type Batch = {
  number: number
  firstBlock: bigint
  lastBlock: bigint
  /** Timestamp of the batch's first L2 block (seconds). */
  timestamp: number
  sealedAt: number
  txs: BatchTx[]
  /** User L2→L1 logs of the batch, in order (leaves of the logs tree). */
  /** The batch's user L2→L1 logs in order, each with the (anvil) hash of the tx that sent it. */
  logs: (L2ToL1Log & { anvilHash?: Hex })[]
  localRoot: Hex
  rootHash: Hex
  l1TxCount: number
  l2TxCount: number
  priorityHashes: Hex[]
  priorityOperationsHash: Hex
  newStateRoot: Hex
  stored?: StoredBatchInfo
  commit?: L1Stage
  prove?: L1Stage
  execute?: L1Stage
}

export type BatchStage = 'sealed' | 'committed' | 'proven' | 'executed'

export function batchStage(batch: Batch): BatchStage {
  if (batch.execute) return 'executed'
  if (batch.prove) return 'proven'
  if (batch.commit) return 'committed'
  return 'sealed'
}

/** In-memory index of one L2 chain: hash mapping, batches, priority requests. */
export class ChainState {
  readonly chainId: number
  readonly priority = new Map<Hex, PriorityRecord>()
  readonly priorityById = new Map<bigint, PriorityRecord>()
  readonly eip712 = new Map<Hex, Eip712Record>()
  /** zk-visible hash → anvil hash, and back, for transactions whose hashes differ. */
  readonly #toAnvil = new Map<Hex, Hex>()
  readonly #toZk = new Map<Hex, Hex>()
  /** Batches by number; batch 0 is genesis (no blocks). */
  readonly batches: Batch[] = []
  readonly #blockBatch = new Map<bigint, number>()
  readonly #txLocation = new Map<Hex, { batch: number; index: number }>()
  /** Last L2 block included in a sealed batch. */
  lastSealedBlock = -1n
  nextPriorityId = 0n

  constructor(chainId: number) {
    this.chainId = chainId
  }

  mapHash(zkHash: Hex, anvilHash: Hex) {
    const zk = zkHash.toLowerCase() as Hex
    const anvil = anvilHash.toLowerCase() as Hex
    const existing = this.#toZk.get(anvil)
    if (existing && existing !== zk)
      throw new Error(`anvil transaction ${anvil} is already mapped to ${existing}, not ${zk}`)
    this.#toAnvil.set(zk, anvil)
    this.#toZk.set(anvil, zk)
  }

  /** The anvil hash behind a client-visible hash; null when the client hash is an internal one. */
  toAnvilHash(hash: Hex): Hex | null {
    const h = hash.toLowerCase() as Hex
    const mapped = this.#toAnvil.get(h)
    if (mapped) return mapped
    // An anvil hash hidden behind a zk hash is not visible to clients.
    if (this.#toZk.has(h)) return null
    return h
  }

  toZkHash(anvilHash: Hex): Hex {
    const h = anvilHash.toLowerCase() as Hex
    return this.#toZk.get(h) ?? h
  }

  priorityByAnvilHash(anvilHash: Hex): PriorityRecord | undefined {
    const zk = this.#toZk.get(anvilHash.toLowerCase() as Hex)
    return zk ? this.priority.get(zk) : undefined
  }

  eip712ByAnvilHash(anvilHash: Hex): Eip712Record | undefined {
    const zk = this.#toZk.get(anvilHash.toLowerCase() as Hex)
    return zk ? this.eip712.get(zk) : undefined
  }

  addBatch(batch: Batch) {
    if (batch.number !== this.batches.length)
      throw new Error(`batch ${batch.number} added out of order`)
    this.batches.push(batch)
    for (let b = batch.firstBlock; b <= batch.lastBlock; b++) this.#blockBatch.set(b, batch.number)
    batch.txs.forEach((tx, index) => {
      this.#txLocation.set(tx.anvilHash, { batch: batch.number, index })
    })
    if (batch.lastBlock > this.lastSealedBlock) this.lastSealedBlock = batch.lastBlock
  }

  batchOfBlock(blockNumber: bigint): number | undefined {
    return this.#blockBatch.get(blockNumber)
  }

  txLocation(anvilHash: Hex) {
    return this.#txLocation.get(anvilHash.toLowerCase() as Hex)
  }

  get latestBatch(): Batch | undefined {
    return this.batches[this.batches.length - 1]
  }

  /** Newest batch that reached at least the given stage (undefined if none). */
  newestBatchAt(stage: 'committed' | 'executed'): Batch | undefined {
    for (let i = this.batches.length - 1; i >= 0; i--) {
      const batch = this.batches[i]
      if (!batch) continue
      if (stage === 'committed' ? batch.commit : batch.execute) return batch
    }
    return undefined
  }
}
