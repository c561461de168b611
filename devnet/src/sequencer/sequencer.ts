import type { Hex } from 'viem'
import { ChainState, type PriorityRecord } from '../chainState'
import { L2_GAS_PRICE } from '../constants'
import { Mutex } from '../mutex'
import type { OperatorL1 } from '../operator'
import { type AnvilActions, anvilActions, createRpc, hex, type Rpc, type RpcBlock } from '../rpc'
import type { BatchTiming, ChainDeployment } from '../types'
import { executePriority, type PriorityContext, readPriorityRequests } from './priority'
import { genesisBatch, sealNextBatch } from './sealing'
import { type SettlementContext, settleNext } from './settlement'

export type SequencerOptions = {
  chain: ChainDeployment
  l1Url: string
  l2AnvilUrl: string
  operator: OperatorL1
  timing: BatchTiming
  log: (line: string) => void
}

/**
 * The devnet sequencer of one L2 chain, three loops over one chain state:
 *  - priority (priority.ts): watches L1 for `NewPriorityRequest` and runs each request on the L2
 *    anvil in id order;
 *  - sealing (sealing.ts): seals L2 blocks into batches with their L2→L1 logs tree;
 *  - settlement (settlement.ts): commits, proves and executes the batches on L1 after the
 *    configured delays.
 * Every write to the L2 anvil (priority txs, gateway sends, sealing) goes through one mutex, so a
 * batch never sees a half-processed transaction.
 */
export class Sequencer {
  readonly state: ChainState
  readonly #opts: SequencerOptions
  readonly #l1: Rpc
  readonly #l2: Rpc
  readonly #l2Actions: AnvilActions
  readonly #l2Mutex = new Mutex()
  readonly #priority: PriorityContext
  readonly #settlement: SettlementContext
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
    this.#priority = {
      state: this.state,
      l2: this.#l2,
      l2Actions: this.#l2Actions,
      mineL2: () => this.#mineL2(),
      log: opts.log,
    }
    this.#settlement = {
      state: this.state,
      diamond: opts.chain.diamond,
      operator: opts.operator,
      log: opts.log,
    }
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
    this.state.addBatch(genesisBatch(Number(BigInt(genesisBlock.timestamp))))
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

  /** Mines `count` empty L2 blocks (a deep history), under the write lock, then re-pins the fee. */
  mineEmptyBlocks(count: number): Promise<void> {
    return this.l2Write(async () => {
      await this.#l2('anvil_mine', [hex(count)])
      // empty blocks lower the base fee: the next one (mined by l2Write) is pinned again
      await this.#l2Actions.setNextBaseFee(L2_GAS_PRICE)
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
    await this.#l2Actions.setNextBaseFee(L2_GAS_PRICE)
    this.#unsealedSince ??= Date.now()
  }

  /** New priority requests on L1 are queued, then run in id order, never skipping one. */
  async #watchL1() {
    const latest = BigInt(await this.#l1<Hex>('eth_blockNumber'))
    if (latest > this.#l1ScannedBlock) {
      const records = await readPriorityRequests({
        l1: this.#l1,
        diamond: this.#opts.chain.diamond,
        state: this.state,
        fromBlock: this.#l1ScannedBlock + 1n,
        toBlock: latest,
      })
      this.#pendingPriority.push(...records)
      this.#l1ScannedBlock = latest
    }
    // a gap means a request not seen yet
    this.#pendingPriority.sort((a, b) => (a.txId < b.txId ? -1 : a.txId > b.txId ? 1 : 0))
    while (this.#pendingPriority[0]?.txId === this.state.nextPriorityId) {
      const record = this.#pendingPriority[0]
      // demo timing: a request waits on L1 for a while, as on a real chain
      if (Date.now() - record.receivedAt < (this.#timing.priorityDelayMs ?? 0)) break
      await this.#l2Mutex.run(() => executePriority(this.#priority, record))
      this.#pendingPriority.shift()
      this.state.nextPriorityId++
    }
  }

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
    const batch = await sealNextBatch({
      state: this.state,
      l2: this.#l2,
      l2Actions: this.#l2Actions,
      txNumbering: this.#opts.chain.kind === 'zksync-os' ? 'block' : 'batch',
    })
    if (!batch) {
      this.#unsealedSince = undefined
      return
    }
    this.state.addBatch(batch)
    // only now: until the batch exists, waiters must not see the chain as idle
    if ((await this.#l2Actions.blockNumber()) <= batch.lastBlock) this.#unsealedSince = undefined
    this.#opts.log(
      `[chain ${this.state.chainId}] sealed batch ${batch.number}: blocks ${batch.firstBlock}..${batch.lastBlock}, ${batch.txs.length} txs, ${batch.logs.length} L2→L1 logs`,
    )
  }

  async #advanceL1() {
    if (this.#l1Busy) return
    this.#l1Busy = true
    try {
      while (await settleNext(this.#settlement, this.#timing)) {
        // one stage at a time, until nothing is due
      }
    } finally {
      this.#l1Busy = false
    }
  }
}
