import {
  type Address,
  erc20Abi,
  formatLog,
  getAddress,
  type Hash,
  isAddressEqual,
  type Log,
  type RpcLog,
} from 'viem'
import {
  getBlock,
  getBlockNumber,
  getCode,
  getTransactionCount,
  getTransactionReceipt,
  readContract,
} from 'viem/actions'
import type { StorageLike } from '../../lib/storage'
import { l2AssetRouterAbi } from '../abis'
import type { BridgeClients, ChainClient } from '../clients'
import { type DecodedDeposit, decodeDeposit } from '../history/decodeDeposit'
import { decodeWithdrawal } from '../history/decodeWithdrawal'
import { emptyCursor, type HistoryCursor, loadCursor, saveCursor } from '../history/historyStore'
import {
  layerScannedFrom,
  mergeScanned,
  planScan,
  type ScanTask,
  sourceStartBlock,
} from '../history/planScan'
import { scanLogs } from '../history/scanLogs'
import { historySources, type LogSource, logsFilter, sourceOfLog } from '../history/sources'
import type { DepositTransfer, Transfer, WithdrawalTransfer } from '../model/transfer'
import { getChainContracts } from '../protocol/contracts'
import { CONTRACTS_ETH_ADDRESS, type TokenRef } from '../tokens'
import { getBaseToken } from './getBaseToken'
import { type BridgeContracts, getBridgeContracts } from './getBridgeContracts'

/** How far one layer's history has been searched. */
export type LayerHistory = {
  /** The bridge's first block on this layer: nothing older can hold a transfer. */
  startBlock: bigint
  /** The chain's head when this search began. */
  head: bigint
  /** Every block from here to `head` has been searched (`head + 1`: none yet). */
  scannedFrom: bigint
  /** Searched all the way back to `startBlock`. */
  complete: boolean
  /** Why the search stopped early (the RPC refused or did not answer), if it did. */
  stopReason?: string | undefined
  /** `eth_getLogs` sent by this search. */
  requests: number
}

export type DiscoveredHistory = {
  /** Deposits and withdrawals found so far, newest first. */
  transfers: Transfer[]
  l1: LayerHistory
  l2: LayerHistory
  /** Still searching (progress reports), or done for this run. */
  searching: boolean
}

/** An endpoint's `eth_getLogs` limits: the window to start from (its known cap), the most. */
export type LogsWindow = { initial?: bigint | undefined; max?: bigint | undefined }

export type DiscoverTransfersParameters = BridgeClients & {
  pairId: string
  account: Address
  /**
   * The bridge's first block per layer (default 0), and later first blocks of sources an
   * upgrade introduced, by source id (`historySources`).
   */
  startBlocks?:
    | {
        l1?: bigint | undefined
        l2?: bigint | undefined
        sources?: Readonly<Record<string, bigint>> | undefined
      }
    | undefined
  windows?: { l1?: LogsWindow | undefined; l2?: LogsWindow | undefined } | undefined
  /** How many windows further back than already searched one run goes (default 300). */
  depthWindows?: number | undefined
  /** Where the search is remembered between runs (per chain and account); none: in memory. */
  storage?: StorageLike | undefined
  onProgress?: ((history: DiscoveredHistory) => void) | undefined
  signal?: AbortSignal | undefined
}

type Layer = {
  name: 'l1' | 'l2'
  client: ChainClient
  sources: LogSource[]
  startBlock: bigint
  sourceStartBlocks: Readonly<Record<string, bigint>>
  head: bigint
  window: LogsWindow
  cursor: HistoryCursor
  state: LayerHistory
}

const newestFirst = (a: Transfer, b: Transfer) => b.createdAt - a.createdAt

/** How far back every source of the layer has been searched (`head + 1`: not at all). */
const lowestScanned = (layer: Layer) =>
  layerScannedFrom({ ...layer, scanned: layer.cursor.sources })

type MinedLog = Log<bigint, number, false>

function isMined(log: Log<bigint, number, boolean>): log is MinedLog {
  return (
    log.blockNumber !== null &&
    log.blockHash !== null &&
    log.transactionHash !== null &&
    log.logIndex !== null &&
    log.transactionIndex !== null
  )
}

/** The raw `eth_getLogs` of a filter, without viem's own retries: the scan decides those. */
async function getLogsRaw(client: ChainClient, filter: object, fromBlock: bigint, toBlock: bigint) {
  const answer: unknown = await client.transport.request(
    {
      method: 'eth_getLogs',
      params: [
        {
          ...filter,
          fromBlock: `0x${fromBlock.toString(16)}`,
          toBlock: `0x${toBlock.toString(16)}`,
        },
      ],
    },
    { retryCount: 0 },
  )
  if (!Array.isArray(answer)) throw new Error('eth_getLogs answered something else than a list')
  return (answer as RpcLog[]).map((log) => formatLog(log))
}

/**
 * The account's deposits (L1) and withdrawals (L2) on a pair, rebuilt from chain logs through
 * plain RPC — no explorer, no indexer — at internet scale: every event generation the bridge has
 * used (sources.ts), scanned newest first in bounded windows that follow the endpoint's limits
 * (logScan.ts), resumed from what earlier runs remembered (historyStore.ts) so that a refresh
 * reads only new blocks. Never throws for what the RPC answers while scanning: it returns what
 * it found, how far back it looked and why it stopped.
 */
export async function discoverTransfers(
  p: DiscoverTransfersParameters,
): Promise<DiscoveredHistory> {
  const { l1, l2, account, pairId, storage } = p
  const [bridges, baseToken, mainContract, l1Head, l2Head] = await Promise.all([
    getBridgeContracts({ l1, l2 }),
    getBaseToken({ l1, l2 }),
    getChainContracts({ l1, l2 }).then((contracts) => contracts.diamond),
    getBlockNumber(l1, { cacheTime: 0 }),
    getBlockNumber(l2, { cacheTime: 0 }),
  ])
  const sources = historySources(bridges)
  const depthWindows = BigInt(p.depthWindows ?? 300)
  const makeLayer = (name: 'l1' | 'l2', client: ChainClient, head: bigint): Layer => {
    const startBlock = p.startBlocks?.[name] ?? 0n
    const cursor = storage
      ? loadCursor(storage, { chainId: client.chain.id, account })
      : emptyCursor()
    const layer: Layer = {
      name,
      client,
      sources: sources.filter((s) => s.layer === name),
      startBlock,
      sourceStartBlocks: p.startBlocks?.sources ?? {},
      head,
      window: p.windows?.[name] ?? {},
      cursor,
      state: { startBlock, head, scannedFrom: head + 1n, complete: false, requests: 0 },
    }
    layer.state.scannedFrom = lowestScanned(layer)
    layer.state.complete = layer.state.scannedFrom <= startBlock
    return layer
  }
  const layers = [makeLayer('l1', l1, l1Head), makeLayer('l2', l2, l2Head)] as const

  const common = {
    version: 1 as const,
    pairId,
    account: getAddress(account),
    l1ChainId: l1.chain.id,
    l2ChainId: l2.chain.id,
  }
  const baseTokenRef: TokenRef = isAddressEqual(baseToken, CONTRACTS_ETH_ADDRESS)
    ? { kind: 'eth' }
    : {
        kind: 'erc20',
        l1Address: getAddress(baseToken),
        name: l2.chain.nativeCurrency.name,
        symbol: l2.chain.nativeCurrency.symbol,
        decimals: l2.chain.nativeCurrency.decimals,
      }

  const history = (): DiscoveredHistory => ({
    transfers: [...layers[0].cursor.found, ...layers[1].cursor.found].sort(newestFirst),
    l1: { ...layers[0].state },
    l2: { ...layers[1].state },
    searching: true,
  })
  const persist = (layer: Layer) => {
    if (storage) saveCursor(storage, { chainId: layer.client.chain.id, account }, layer.cursor)
  }

  // ---- what the found logs are (cached per run: block times, tokens)
  const blockTimes = new Map<string, Promise<number>>()
  const timeOf = (client: ChainClient, log: MinedLog) => {
    if (log.blockTimestamp !== undefined) return Promise.resolve(Number(log.blockTimestamp) * 1000)
    const key = `${client.chain.id}:${log.blockNumber}`
    let time = blockTimes.get(key)
    if (!time) {
      time = getBlock(client, { blockNumber: log.blockNumber }).then(
        (b) => Number(b.timestamp) * 1000,
      )
      blockTimes.set(key, time)
    }
    return time
  }
  const l1Tokens = new Map<Address, Promise<TokenRef>>()
  const l1TokenRef = (l1Token: Address, metadata?: DecodedDeposit & { kind: 'token' }) => {
    if (isAddressEqual(l1Token, CONTRACTS_ETH_ADDRESS))
      return Promise.resolve<TokenRef>({ kind: 'eth' })
    if (metadata?.metadata)
      return Promise.resolve<TokenRef>({ kind: 'erc20', l1Address: l1Token, ...metadata.metadata })
    let token = l1Tokens.get(l1Token)
    if (!token) {
      token = Promise.all(
        (['name', 'symbol', 'decimals'] as const).map((functionName) =>
          readContract(l1, { address: l1Token, abi: erc20Abi, functionName }),
        ),
      ).then(([name, symbol, decimals]) => ({
        kind: 'erc20',
        l1Address: l1Token,
        name: String(name),
        symbol: String(symbol),
        decimals: Number(decimals),
      }))
      l1Tokens.set(l1Token, token)
    }
    return token
  }
  const l2Tokens = new Map<Address, Promise<TokenRef>>()
  const l2TokenRef = (l2Token: Address) => {
    let token = l2Tokens.get(l2Token)
    if (!token) {
      token = readContract(l2, {
        address: bridges.l2AssetRouter,
        abi: l2AssetRouterAbi,
        functionName: 'l1TokenAddress',
        args: [l2Token],
      }).then(async (l1Address): Promise<TokenRef> => {
        if (isAddressEqual(l1Address, CONTRACTS_ETH_ADDRESS)) return { kind: 'eth' }
        const [name, symbol, decimals] = await Promise.all(
          (['name', 'symbol', 'decimals'] as const).map((functionName) =>
            readContract(l2, { address: l2Token, abi: erc20Abi, functionName }),
          ),
        )
        return {
          kind: 'erc20',
          l1Address: getAddress(l1Address),
          name: String(name),
          symbol: String(symbol),
          decimals: Number(decimals),
        }
      })
      l2Tokens.set(l2Token, token)
    }
    return token
  }

  const depositOf = async (log: MinedLog): Promise<DepositTransfer | undefined> => {
    const l1Hash = log.transactionHash
    const receipt = await getTransactionReceipt(l1, { hash: l1Hash })
    if (receipt.status !== 'success') return undefined
    const decoded = decodeDeposit({
      logs: receipt.logs,
      mainContract,
      assetRouter: bridges.l1AssetRouter,
      sharedBridge: bridges.l1Nullifier,
      legacyErc20Bridge: bridges.l1LegacyErc20Bridge,
    })
    if (!decoded) return undefined
    const createdAt = await timeOf(l1, log)
    if (decoded.kind === 'base-token')
      return {
        ...common,
        kind: 'deposit',
        route: 'base-token',
        token: baseTokenRef,
        amount: decoded.amount.toString(),
        recipient: decoded.recipient,
        createdAt,
        l1Hash,
        l2Hash: decoded.l2Hash,
      }
    const token = await l1TokenRef(decoded.l1Token, decoded)
    return {
      ...common,
      kind: 'deposit',
      route:
        token.kind === 'eth'
          ? 'eth-to-custom-chain'
          : baseTokenRef.kind === 'eth'
            ? 'erc20-to-eth-chain'
            : 'erc20-to-custom-chain',
      token,
      amount: decoded.amount.toString(),
      recipient: decoded.recipient,
      createdAt,
      l1Hash,
      l2Hash: decoded.l2Hash,
    }
  }

  const withdrawalOf = async (
    source: LogSource,
    log: MinedLog,
  ): Promise<WithdrawalTransfer | undefined> => {
    const decoded = decodeWithdrawal(source, log)
    if (!decoded) return undefined
    const token =
      decoded.token.kind === 'base-token' ? baseTokenRef : await l2TokenRef(decoded.token.l2Token)
    return {
      ...common,
      kind: 'withdrawal',
      token,
      amount: decoded.amount.toString(),
      recipient: decoded.recipient,
      createdAt: await timeOf(l2, log),
      l2Hash: decoded.l2Hash,
    }
  }

  /** Adds what new logs are to the layer's cursor (each transaction once). */
  const absorb = async (layer: Layer, logs: { source: LogSource; log: MinedLog }[]) => {
    const known = new Set([
      ...layer.cursor.found.map((t) => (t.kind === 'deposit' ? t.l1Hash : t.l2Hash).toLowerCase()),
      ...layer.cursor.skipped,
    ])
    const fresh = new Map<Hash, { source: LogSource; log: MinedLog }>()
    for (const entry of logs) {
      const hash = entry.log.transactionHash.toLowerCase() as Hash
      if (!known.has(hash) && !fresh.has(hash)) fresh.set(hash, entry)
    }
    const results = await Promise.all(
      [...fresh.entries()].map(async ([hash, { source, log }]) => {
        const transfer =
          layer.name === 'l1' ? await depositOf(log) : await withdrawalOf(source, log)
        return { hash, transfer }
      }),
    )
    for (const { hash, transfer } of results)
      if (transfer) layer.cursor.found.push(transfer)
      else layer.cursor.skipped.push(hash)
  }

  const runTask = async (layer: Layer, task: ScanTask) => {
    const filter = logsFilter(task.sources, account)
    let lastSave = 0
    const result = await scanLogs({
      fromBlock: task.fromBlock,
      toBlock: task.toBlock,
      initialWindow: layer.window.initial,
      maxWindow: layer.window.max,
      signal: p.signal,
      fetchRange: async (from, to) => {
        const logs = await getLogsRaw(layer.client, filter, from, to)
        const matched: { source: LogSource; log: MinedLog }[] = []
        for (const log of logs) {
          const source = sourceOfLog(task.sources, log, l2.chain.id)
          if (source && isMined(log)) matched.push({ source, log })
        }
        // what the logs are, at once: the newest transfers show while older blocks are searched
        await absorb(layer, matched)
        return matched
      },
      onProgress: (progress) => {
        for (const s of task.sources) {
          const merged = mergeScanned(layer.cursor.sources[s.id], task, progress.scannedFrom)
          if (merged) layer.cursor.sources[s.id] = merged
        }
        layer.state.scannedFrom = lowestScanned(layer)
        if (Date.now() - lastSave > 1_000) {
          lastSave = Date.now()
          persist(layer)
        }
        p.onProgress?.(history())
      },
    })
    layer.state.requests += result.progress.requests
    for (const s of task.sources) {
      const merged = mergeScanned(layer.cursor.sources[s.id], task, result.progress.scannedFrom)
      if (merged) layer.cursor.sources[s.id] = merged
    }
    layer.state.scannedFrom = lowestScanned(layer)
    layer.state.complete = layer.state.scannedFrom <= layer.startBlock
    if (!result.complete) layer.state.stopReason = result.stopReason
    persist(layer)
    p.onProgress?.(history())
    return result.complete
  }

  /** An EOA that never sent a transaction on this layer has no transfer there to find. */
  const nothingToFind = async (layer: Layer) => {
    const [nonce, code] = await Promise.all([
      getTransactionCount(layer.client, { address: account }),
      getCode(layer.client, { address: account }),
    ])
    return nonce === 0 && (code === undefined || code === '0x')
  }

  await Promise.all(
    layers.map(async (layer) => {
      const firstTime = layer.sources.every((s) => layer.cursor.sources[s.id] === undefined)
      if (firstTime && (await nothingToFind(layer))) {
        for (const s of layer.sources)
          layer.cursor.sources[s.id] = { from: sourceStartBlock(layer, s), to: layer.head }
        layer.state.scannedFrom = layer.startBlock
        layer.state.complete = true
        persist(layer)
        return
      }
      const tasks = planScan({
        sources: layer.sources,
        scanned: layer.cursor.sources,
        startBlock: layer.startBlock,
        sourceStartBlocks: layer.sourceStartBlocks,
        head: layer.head,
        depthBlocks: depthWindows * (layer.window.initial ?? 10_000n),
      })
      for (const task of tasks) if (!(await runTask(layer, task))) break
    }),
  )
  return { ...history(), searching: false }
}

export type { BridgeContracts }
