import {
  type Address,
  concatHex,
  encodeAbiParameters,
  encodeFunctionData,
  getAddress,
  type Hex,
  keccak256,
  numberToHex,
  pad,
  parseEventLogs,
  size,
} from 'viem'
import {
  commitDataParameters,
  executeDataParameters,
  GENESIS_STORED_BATCH,
  proofDataParameters,
  zkChainAbi,
} from './abis'
import { type Batch, ChainState, type PriorityRecord } from './chainState'
import {
  BOOTLOADER_ADDRESS,
  EMPTY_STRING_KECCAK,
  L1_MESSENGER_ADDRESS,
  L2_GAS_PRICE,
} from './constants'
import { encodedCanonicalTxLength, minimumL2GasLimit } from './lib/fees'
import { computeLogsTree, type L2ToL1Log, serializeL2ToL1Log } from './lib/logsTree'
import {
  decodeNewPriorityRequest,
  NEW_PRIORITY_REQUEST_TOPIC,
  priorityOperationsRollingHash,
} from './lib/priority'
import { Mutex } from './mutex'
import type { OperatorL1 } from './operator'
import { anvilActions, createRpc, hex, type Rpc } from './rpc'
import type { BatchTiming, ChainDeployment } from './types'

/** topic0 of `L1MessageSent(address indexed _sender, bytes32 indexed _hash, bytes _message)`. */
export const L1_MESSAGE_SENT_TOPIC: Hex =
  '0x3a36e47291f4201faf137fab081d92295bce2d53be2c6ca68ba82c7faa9ce241'

type RpcLog = {
  address: Hex
  topics: Hex[]
  data: Hex
  transactionHash: Hex
  logIndex: Hex
}
type RpcReceipt = {
  transactionHash: Hex
  transactionIndex: Hex
  blockNumber: Hex
  status: Hex
  gasUsed: Hex
  effectiveGasPrice: Hex
  logs: RpcLog[]
}
type RpcBlock = { number: Hex; timestamp: Hex; stateRoot: Hex; transactions: Hex[] }

export type SequencerOptions = {
  chain: ChainDeployment
  l1Url: string
  l2AnvilUrl: string
  operator: OperatorL1
  timing: BatchTiming
  log: (line: string) => void
}

/**
 * The devnet sequencer of one L2 chain:
 *  - watches L1 for `NewPriorityRequest` and runs each request on the L2 anvil in id order;
 *  - seals L2 blocks into batches and builds each batch's L2→L1 logs tree;
 *  - commits, proves and executes the batches on L1 after the configured delays.
 * Every write to the L2 anvil (priority txs, gateway sends, sealing) goes through one mutex, so a
 * batch never sees a half-processed transaction.
 */
export class Sequencer {
  readonly state: ChainState
  readonly #opts: SequencerOptions
  readonly #l1: Rpc
  readonly #l2: Rpc
  readonly #l2Actions: ReturnType<typeof anvilActions>
  readonly #l2Mutex = new Mutex()
  #timing: BatchTiming
  #stopped = false
  #timers = new Set<ReturnType<typeof setTimeout>>()
  #l1ScannedBlock = -1n
  #unsealedSince: number | undefined
  #pendingPriority: PriorityRecord[] = []
  #l1Busy = false
  /** Resolvers waiting for the L1 pipeline to go idle (tests). */
  #idleWaiters: (() => void)[] = []

  constructor(opts: SequencerOptions) {
    this.#opts = opts
    this.#timing = opts.timing
    this.state = new ChainState(opts.chain.chainId)
    this.#l1 = createRpc(opts.l1Url)
    this.#l2 = createRpc(opts.l2AnvilUrl)
    this.#l2Actions = anvilActions(this.#l2)
  }

  get timing() {
    return this.#timing
  }

  setTiming(timing: BatchTiming) {
    this.#timing = timing
  }

  /** Seals genesis (batch 0, executed by definition) and the L2 deployment blocks (batch 1). */
  async start() {
    const genesisBlock = await this.#l2<RpcBlock>('eth_getBlockByNumber', ['0x0', false])
    this.state.addBatch({
      number: 0,
      firstBlock: 0n,
      lastBlock: 0n,
      timestamp: Number(BigInt(genesisBlock.timestamp)),
      sealedAt: Date.now(),
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
      commit: { txHash: pad('0x00'), at: Date.now() },
      prove: { txHash: pad('0x00'), at: Date.now() },
      execute: { txHash: pad('0x00'), at: Date.now() },
    })
    this.#l1ScannedBlock = -1n
    // The deployment blocks let anvil's EIP-1559 base fee drift down; mine one block at the pinned
    // price so that the latest block (what wallets price from) always shows the L2 gas price.
    await this.#l2('evm_setAutomine', [false])
    await this.#l2Actions.setNextBaseFee(L2_GAS_PRICE)
    await this.#mineL2()
    await this.#l2Mutex.run(() => this.#seal())
    this.#loop('l1-watch', 50, () => this.#watchL1())
    this.#loop('seal', 50, () => this.#sealIfDue())
    this.#loop('l1-batches', 50, () => this.#advanceL1())
  }

  async stop() {
    this.#stopped = true
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
    // let an in-flight L2 write finish so anvil is not killed mid-request
    await this.#l2Mutex.run(async () => {})
  }

  /**
   * Runs an L2 write (a gateway send) under the chain's write lock, then re-pins the L2 base fee
   * and marks the batch as having new blocks.
   */
  l2Write<T>(fn: () => Promise<T>): Promise<T> {
    return this.#l2Mutex.run(async () => {
      const result = await fn()
      await this.#mineL2()
      return result
    })
  }

  /** Resolves when every known priority request ran and every sealed batch is executed. */
  async waitIdle(timeoutMs = 30_000): Promise<void> {
    const started = Date.now()
    // Requests already on L1 count too: wait until the watcher has read up to the current block.
    const l1Block = BigInt(await this.#l1<Hex>('eth_blockNumber'))
    while (this.#l1ScannedBlock < l1Block || !this.#isIdle()) {
      if (Date.now() - started > timeoutMs) throw new Error('sequencer did not go idle in time')
      await new Promise<void>((resolve) => {
        this.#idleWaiters.push(resolve)
        setTimeout(resolve, 50)
      })
    }
  }

  #isIdle() {
    const latest = this.state.latestBatch
    return (
      this.#pendingPriority.length === 0 &&
      this.#unsealedSince === undefined &&
      (latest === undefined || latest.execute !== undefined)
    )
  }

  #loop(name: string, everyMs: number, tick: () => Promise<void>) {
    const run = async () => {
      if (this.#stopped) return
      try {
        await tick()
      } catch (error) {
        if (!this.#stopped)
          this.#opts.log(
            `[chain ${this.state.chainId}] ${name}: ${error instanceof Error ? error.message : String(error)}`,
          )
      }
      if (this.#stopped) return
      if (this.#isIdle()) for (const resolve of this.#idleWaiters.splice(0)) resolve()
      const timer = setTimeout(() => {
        this.#timers.delete(timer)
        void run()
      }, everyMs)
      this.#timers.add(timer)
    }
    void run()
  }

  /**
   * Mines the L2 block of what was just sent, then re-pins the base fee. The L2 anvil runs with
   * automine off so that this happens in order: with automine, anvil mines after answering the
   * send and a pin set in between lands on that block instead of the next one.
   */
  async #mineL2() {
    await this.#l2('evm_mine')
    await this.#afterL2Block()
  }

  async #afterL2Block() {
    await this.#l2Actions.setNextBaseFee(L2_GAS_PRICE)
    this.#unsealedSince ??= Date.now()
  }

  // ---------------------------------------------------------------- L1 → L2 priority requests

  async #watchL1() {
    const latest = BigInt(await this.#l1<Hex>('eth_blockNumber'))
    if (latest > this.#l1ScannedBlock) {
      const fromBlock = this.#l1ScannedBlock + 1n
      const logs = await this.#l1<(RpcLog & { blockNumber: Hex })[]>('eth_getLogs', [
        {
          address: this.#opts.chain.diamond,
          topics: [NEW_PRIORITY_REQUEST_TOPIC],
          fromBlock: hex(fromBlock),
          toBlock: hex(latest),
        },
      ])
      for (const log of logs) {
        const request = decodeNewPriorityRequest(log)
        if (this.state.priorityById.has(request.txId)) continue
        const record: PriorityRecord = {
          txId: request.txId,
          hash: request.txHash.toLowerCase() as Hex,
          tx: request.transaction,
          l1TxHash: log.transactionHash,
          l1BlockNumber: BigInt(log.blockNumber),
          receivedAt: Date.now(),
        }
        this.state.priority.set(record.hash, record)
        this.state.priorityById.set(record.txId, record)
        this.#pendingPriority.push(record)
      }
      this.#l1ScannedBlock = latest
    }
    // Execute in id order, never skipping one: a gap means a request we have not seen yet.
    this.#pendingPriority.sort((a, b) => (a.txId < b.txId ? -1 : a.txId > b.txId ? 1 : 0))
    while (this.#pendingPriority[0]?.txId === this.state.nextPriorityId) {
      const record = this.#pendingPriority[0]
      // demo timing: a request waits on L1 for a while, as on a real chain
      if (Date.now() - record.receivedAt < (this.#timing.priorityDelayMs ?? 0)) break
      await this.#l2Mutex.run(() => this.#executePriority(record))
      this.#pendingPriority.shift()
      this.state.nextPriorityId++
    }
  }

  /**
   * Runs one priority request on the plain-EVM L2 the way the zkSync bootloader would: the
   * (aliased) sender calls `to` with `l2Value` minted for it, the gas left after the intrinsic
   * L1→L2 overhead is what the call may use, unused `mintValue` is refunded to the refund
   * recipient, and a failed call keeps nothing but the refund. Balance and nonce edits are
   * state edits (no extra transactions), so the block holds exactly this one transaction.
   */
  async #executePriority(record: PriorityRecord) {
    // A request is sent to anvil at most once: if finishing it failed (an RPC hiccup), the next
    // attempt resumes after the send instead of running the call a second time.
    record.sent ??= await this.#sendPriority(record)
    const mined = await this.#l2<RpcReceipt | null>('eth_getTransactionReceipt', [
      record.sent.anvilHash,
    ])
    if (!mined) await this.#mineL2()
    await this.#finishPriority(record, record.sent)
  }

  async #sendPriority(record: PriorityRecord): Promise<NonNullable<PriorityRecord['sent']>> {
    const { tx } = record
    const a = this.#l2Actions
    const from = addressOf(tx.from)
    const overhead = minimumL2GasLimit({
      encodedLength: encodedCanonicalTxLength(size(tx.data), tx.factoryDeps.length),
      factoryDepsCount: tx.factoryDeps.length,
    })
    const intrinsic = intrinsicGas(tx.data)
    let evmGas = tx.gasLimit > overhead ? tx.gasLimit - overhead : 0n
    if (evmGas < intrinsic) evmGas = intrinsic
    // The sender's nonce is restored after every priority tx (L1→L2 txs do not use L2 nonces), so
    // two identical requests from one account would be byte-identical anvil transactions with one
    // hash. The fee cap (never charged: the tip is 0) carries the request id to keep them distinct.
    const maxFeePerGas = L2_GAS_PRICE + record.txId + 1n
    const topUp = tx.value + evmGas * maxFeePerGas

    const [balanceBefore, nonceBefore] = await Promise.all([a.balance(from), a.nonce(from)])
    await a.setBalance(from, balanceBefore + topUp)
    await this.#l2('anvil_impersonateAccount', [from])
    try {
      const anvilHash = await this.#l2<Hex>('eth_sendTransaction', [
        {
          from,
          to: addressOf(tx.to),
          value: hex(tx.value),
          data: tx.data,
          gas: hex(evmGas),
          maxFeePerGas: hex(maxFeePerGas),
          maxPriorityFeePerGas: '0x0',
          nonce: hex(nonceBefore),
        },
      ])
      return { anvilHash: anvilHash.toLowerCase() as Hex, nonceBefore, overhead, topUp }
    } finally {
      await this.#l2('anvil_stopImpersonatingAccount', [from])
    }
  }

  /**
   * Settles a sent priority transaction the way the bootloader would: the sender keeps nothing
   * of the top-up, the refund recipient gets `mintValue` minus what was kept (the value on
   * success, the fee), the operator gets the fee. Balance and nonce edits are state edits (no
   * extra transactions), so the block holds exactly this one transaction.
   */
  async #finishPriority(record: PriorityRecord, sent: NonNullable<PriorityRecord['sent']>) {
    const { tx } = record
    const a = this.#l2Actions
    const from = addressOf(tx.from)
    const receipt = await this.#receipt(sent.anvilHash)
    const success = receipt.status === '0x1'
    const gasUsed = BigInt(receipt.gasUsed)
    const paid = gasUsed * BigInt(receipt.effectiveGasPrice) + (success ? tx.value : 0n)

    // Undo what executing on an EVM did to the sender that the bootloader would not have done:
    // whatever is left of the top-up goes away, the nonce does not move.
    const balanceAfter = await a.balance(from)
    const restored = balanceAfter - (sent.topUp - paid)
    await a.setBalance(from, restored > 0n ? restored : 0n)
    await a.setNonce(from, sent.nonceBefore)

    const gasCharged = min(tx.gasLimit, sent.overhead + gasUsed)
    const fee = tx.maxFeePerGas * gasCharged
    const kept = (success ? tx.value : 0n) + fee
    const mintValue = tx.reserved[0]
    const refund = mintValue > kept ? mintValue - kept : 0n
    if (refund > 0n) await a.addBalance(addressOf(tx.reserved[1]), refund)
    if (fee > 0n) await a.addBalance(BOOTLOADER_ADDRESS, min(fee, mintValue))

    record.execution = { anvilHash: sent.anvilHash, success, gasCharged, refund }
    this.state.mapHash(record.hash, sent.anvilHash)
    this.#opts.log(
      `[chain ${this.state.chainId}] priority #${record.txId} ${record.hash} ${success ? 'succeeded' : 'FAILED'} (gas ${gasCharged})`,
    )
  }

  /** The receipt of an anvil transaction, waiting briefly if the block is not there yet. */
  async #receipt(anvilHash: Hex): Promise<RpcReceipt> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const receipt = await this.#l2<RpcReceipt | null>('eth_getTransactionReceipt', [anvilHash])
      if (receipt) return receipt
      await new Promise((r) => setTimeout(r, 25))
    }
    throw new Error(`no receipt for L2 transaction ${anvilHash}`)
  }

  // ---------------------------------------------------------------- batches

  async #sealIfDue() {
    if (this.#unsealedSince === undefined) {
      // blocks may also come from outside the gateway (tests mining on the anvil directly)
      const latest = await this.#l2Actions.blockNumber()
      if (latest > this.state.lastSealedBlock) this.#unsealedSince = Date.now()
      else return
    }
    if (Date.now() - this.#unsealedSince < this.#timing.sealIntervalMs) return
    await this.#l2Mutex.run(() => this.#seal())
  }

  /** Seals every L2 block not yet in a batch into the next batch (inside the L2 write lock). */
  async #seal() {
    const latest = await this.#l2Actions.blockNumber()
    const first = this.state.lastSealedBlock + 1n
    if (latest < first) {
      this.#unsealedSince = undefined
      return
    }
    const numbers: bigint[] = []
    for (let n = first; n <= latest; n++) numbers.push(n)
    const [blocks, receipts] = await Promise.all([
      Promise.all(numbers.map((n) => this.#l2<RpcBlock>('eth_getBlockByNumber', [hex(n), false]))),
      Promise.all(numbers.map((n) => this.#l2<RpcReceipt[]>('eth_getBlockReceipts', [hex(n)]))),
    ])
    const txs: Batch['txs'] = []
    const logs: L2ToL1Log[] = []
    const priorityHashes: Hex[] = []
    for (const [i, blockReceipts] of receipts.entries()) {
      const ordered = [...blockReceipts].sort(
        (x, y) => Number(BigInt(x.transactionIndex)) - Number(BigInt(y.transactionIndex)),
      )
      for (const receipt of ordered) {
        const txNumberInBatch = txs.length
        const anvilHash = receipt.transactionHash.toLowerCase() as Hex
        const priority = this.state.priorityByAnvilHash(anvilHash)
        txs.push({
          anvilHash,
          hash: this.state.toZkHash(anvilHash),
          blockNumber: numbers[i] ?? 0n,
          priority: priority !== undefined,
        })
        for (const log of txL2ToL1Logs(receipt.logs, priority))
          logs.push({ ...log, txNumberInBatch })
        if (priority) priorityHashes.push(priority.hash)
      }
    }
    const { localRoot, fullRoot } = computeLogsTree(logs)
    const firstBlock = blocks[0]
    const lastBlock = blocks[blocks.length - 1]
    const batch: Batch = {
      number: this.state.batches.length,
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
    this.state.addBatch(batch)
    // only now: until the batch exists, waiters must not see the chain as idle
    if ((await this.#l2Actions.blockNumber()) <= latest) this.#unsealedSince = undefined
    this.#opts.log(
      `[chain ${this.state.chainId}] sealed batch ${batch.number}: blocks ${first}..${latest}, ${txs.length} txs, ${logs.length} L2→L1 logs`,
    )
  }

  // ---------------------------------------------------------------- L1: commit / prove / execute

  async #advanceL1() {
    if (this.#l1Busy) return
    this.#l1Busy = true
    try {
      for (;;) {
        const batch = this.state.batches.find((b) => !b.execute)
        if (!batch) return
        const now = Date.now()
        const t = this.#timing
        if (!batch.commit) {
          const previous = this.state.batches[batch.number - 1]
          if (!previous?.commit) return
          if (now < batch.sealedAt + t.commitDelayMs) return
          await this.#commit(batch, previous)
        } else if (!batch.prove) {
          const previous = this.state.batches[batch.number - 1]
          if (!previous?.prove) return
          if (now < batch.commit.at + t.proveDelayMs) return
          await this.#prove(batch, previous)
        } else {
          if (now < batch.prove.at + t.executeDelayMs) return
          await this.#execute(batch)
        }
      }
    } finally {
      this.#l1Busy = false
    }
  }

  async #commit(batch: Batch, previous: Batch) {
    const diamond = this.#opts.chain.diamond
    const lastCommitted = previous.stored
    if (!lastCommitted) throw new Error(`batch ${previous.number} has no stored info`)
    const systemLogs = serializeL2ToL1Log({
      shardId: 0,
      isService: true,
      txNumberInBatch: 0,
      sender: L1_MESSENGER_ADDRESS,
      key: pad('0x00'),
      value: batch.rootHash,
    })
    const commitInfo = {
      batchNumber: BigInt(batch.number),
      timestamp: BigInt(batch.timestamp),
      indexRepeatedStorageChanges: 0n,
      newStateRoot: batch.newStateRoot,
      numberOfLayer1Txs: BigInt(batch.l1TxCount),
      priorityOperationsHash: batch.priorityOperationsHash,
      bootloaderHeapInitialContentsHash: pad('0x00'),
      eventsQueueStateHash: pad('0x00'),
      systemLogs,
      operatorDAInput: '0x' as Hex,
    }
    const commitData = concatHex([
      '0x01',
      encodeAbiParameters(commitDataParameters, [lastCommitted, [commitInfo]]),
    ])
    const receipt = await this.#opts.operator.send({
      to: diamond,
      data: encodeFunctionData({
        abi: zkChainAbi,
        functionName: 'commitBatchesSharedBridge',
        args: [diamond, BigInt(batch.number), BigInt(batch.number), commitData],
      }),
    })
    const [event] = parseEventLogs({
      abi: zkChainAbi,
      logs: receipt.logs,
      eventName: 'BlockCommit',
    })
    if (!event) throw new Error(`commit of batch ${batch.number} emitted no BlockCommit`)
    batch.stored = {
      batchNumber: BigInt(batch.number),
      batchHash: event.args.batchHash,
      indexRepeatedStorageChanges: 0n,
      numberOfLayer1Txs: BigInt(batch.l1TxCount),
      priorityOperationsHash: batch.priorityOperationsHash,
      dependencyRootsRollingHash: pad('0x00'),
      l2LogsTreeRoot: batch.rootHash,
      timestamp: BigInt(batch.timestamp),
      commitment: event.args.commitment,
    }
    batch.commit = { txHash: receipt.transactionHash, at: Date.now() }
    this.#opts.log(`[chain ${this.state.chainId}] committed batch ${batch.number}`)
  }

  async #prove(batch: Batch, previous: Batch) {
    const diamond = this.#opts.chain.diamond
    if (!previous.stored || !batch.stored) throw new Error(`batch ${batch.number} not committed`)
    const proofData = concatHex([
      '0x01',
      encodeAbiParameters(proofDataParameters, [previous.stored, [batch.stored], []]),
    ])
    const receipt = await this.#opts.operator.send({
      to: diamond,
      data: encodeFunctionData({
        abi: zkChainAbi,
        functionName: 'proveBatchesSharedBridge',
        args: [diamond, BigInt(batch.number), BigInt(batch.number), proofData],
      }),
    })
    batch.prove = { txHash: receipt.transactionHash, at: Date.now() }
    this.#opts.log(`[chain ${this.state.chainId}] proved batch ${batch.number}`)
  }

  async #execute(batch: Batch) {
    const diamond = this.#opts.chain.diamond
    if (!batch.stored) throw new Error(`batch ${batch.number} not committed`)
    const executeData = concatHex([
      '0x01',
      encodeAbiParameters(executeDataParameters, [
        [batch.stored],
        [{ leftPath: [], rightPath: [], itemHashes: batch.priorityHashes }],
        [[]],
      ]),
    ])
    const receipt = await this.#opts.operator.send({
      to: diamond,
      data: encodeFunctionData({
        abi: zkChainAbi,
        functionName: 'executeBatchesSharedBridge',
        args: [diamond, BigInt(batch.number), BigInt(batch.number), executeData],
      }),
    })
    batch.execute = { txHash: receipt.transactionHash, at: Date.now() }
    this.#opts.log(`[chain ${this.state.chainId}] executed batch ${batch.number}`)
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

/** EVM intrinsic gas of a call with this calldata (EIP-2028 pricing and the EIP-7623 floor). */
export function intrinsicGas(data: Hex): bigint {
  let zeros = 0n
  let nonZeros = 0n
  for (let i = 2; i < data.length; i += 2) {
    if (data.slice(i, i + 2) === '00') zeros++
    else nonZeros++
  }
  const standard = 21_000n + 4n * zeros + 16n * nonZeros
  const floor = 21_000n + 10n * (zeros + 4n * nonZeros)
  return standard > floor ? standard : floor
}

function addressOf(value: bigint): Address {
  return getAddress(pad(numberToHex(value), { size: 20 }))
}

function min(a: bigint, b: bigint) {
  return a < b ? a : b
}
