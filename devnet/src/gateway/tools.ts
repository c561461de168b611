import { type Hex, numberToHex } from 'viem'
import type { ChainState } from '../chainState'
import type { OperatorL1 } from '../operator'
import type { Rpc } from '../rpc'
import type { Sequencer } from '../sequencer/sequencer'
import type { ChainDeployment, L1Deployment } from '../types'
import { type RawLog, type RawReceipt, toZkLog, toZkReceipt } from './zkFormat'

// What every group of gateway methods shares: the context, block-tag resolution, the zkSync
// formatting of receipts and logs (with their per-transaction log offsets), hash lookups.

export type GatewayContext = {
  l1ChainId: number
  deployment: L1Deployment
  chain: ChainDeployment
  sequencer: Sequencer
  /** Raw RPC of the chain's internal L2 anvil. */
  anvil: Rpc
  /** The L1 operator (devnet-only switches of the L1 contracts). */
  operator: OperatorL1
}

export const hex = (value: bigint | number) => numberToHex(value)

/** Era's placeholder base system contract hashes (clients only display them). */
export const BASE_SYSTEM_CONTRACTS_HASHES = {
  bootloader: '0x010008e742608b21bf7eb23c1a9d0602047e3618b464c9b59c0fba3b3d7ab66e',
  default_aa: '0x01000563374c277a2c1e34659a2a1e87371bb6d852ce142022d497bfb50b9e32',
  evm_emulator: null,
}

export type GatewayTools = ReturnType<typeof createGatewayTools>

/** The helpers the method groups use, over one chain's state and anvil. */
export function createGatewayTools(ctx: GatewayContext) {
  const { anvil, sequencer } = ctx
  const state: ChainState = sequencer.state

  // ---- block tags (§1.4) ----
  const resolveTag = (tag: unknown): unknown => {
    if (typeof tag === 'object' && tag !== null && 'blockNumber' in tag)
      return { ...tag, blockNumber: resolveTag((tag as { blockNumber: unknown }).blockNumber) }
    switch (tag) {
      case 'committed':
        return 'latest'
      case 'l1_committed':
      case 'safe':
      case 'precommitted':
        return hex(state.newestBatchAt('committed')?.lastBlock ?? 0n)
      case 'finalized':
      case 'fast_finalized':
        return hex(state.newestBatchAt('executed')?.lastBlock ?? 0n)
      default:
        return tag
    }
  }
  const withTag = (params: unknown[], index: number) => {
    const out = [...params]
    if (out.length > index && out[index] !== undefined && out[index] !== null)
      out[index] = resolveTag(out[index])
    return out
  }
  const resolveFilter = (filter: Record<string, unknown>) => ({
    ...filter,
    ...(filter.fromBlock !== undefined ? { fromBlock: resolveTag(filter.fromBlock) } : {}),
    ...(filter.toBlock !== undefined ? { toBlock: resolveTag(filter.toBlock) } : {}),
  })
  /** A call request without the zkSync-only fields anvil does not understand. */
  const plainCall = (request: Record<string, unknown>) => {
    const { type, eip712Meta, customData, ...rest } = request
    return type === '0x71' || type === 113 || type === '0x0' || type === undefined
      ? rest
      : { ...rest, type }
  }

  // ---- receipts and logs need per-tx log offsets ----
  const firstLogIndexCache = new Map<Hex, number>()
  const l2ToL1BeforeCache = new Map<Hex, number>()
  const receiptOf = (hash: Hex) => anvil<RawReceipt | null>('eth_getTransactionReceipt', [hash])
  const firstLogIndex = async (anvilHash: Hex) => {
    const cached = firstLogIndexCache.get(anvilHash)
    if (cached !== undefined) return cached
    const receipt = await receiptOf(anvilHash)
    const first = receipt?.logs[0]?.logIndex
    const value = first ? Number(BigInt(first)) : 0
    firstLogIndexCache.set(anvilHash, value)
    return value
  }
  const l2ToL1LogsBefore = async (receipt: RawReceipt) => {
    if (BigInt(receipt.transactionIndex) === 0n) return 0
    const key = receipt.transactionHash.toLowerCase() as Hex
    const cached = l2ToL1BeforeCache.get(key)
    if (cached !== undefined) return cached
    const all = await anvil<RawReceipt[]>('eth_getBlockReceipts', [receipt.blockNumber])
    let count = 0
    for (const other of all) {
      if (BigInt(other.transactionIndex) >= BigInt(receipt.transactionIndex)) continue
      const formatted = toZkReceipt(other, state) as { l2ToL1Logs: unknown[] }
      count += formatted.l2ToL1Logs.length
    }
    l2ToL1BeforeCache.set(key, count)
    return count
  }
  const formatLogs = async (logs: RawLog[]) => {
    const offsets = new Map<Hex, number>()
    for (const log of logs) {
      const txHash = log.transactionHash?.toLowerCase() as Hex | undefined
      if (txHash && !offsets.has(txHash)) offsets.set(txHash, await firstLogIndex(txHash))
    }
    return logs.map((log) => {
      const txHash = log.transactionHash?.toLowerCase() as Hex | undefined
      const offset = txHash ? (offsets.get(txHash) ?? 0) : 0
      const index = log.logIndex ? Number(BigInt(log.logIndex)) - offset : 0
      return toZkLog(log, state, index)
    })
  }
  const formatReceipt = async (receipt: RawReceipt) =>
    toZkReceipt(receipt, state, await l2ToL1LogsBefore(receipt))

  /** Looks up a transaction by its client-visible hash (null = unknown to clients). */
  const anvilHashOf = (hash: Hex) => state.toAnvilHash(hash)

  return {
    ctx,
    state,
    resolveTag,
    withTag,
    resolveFilter,
    plainCall,
    receiptOf,
    formatLogs,
    formatReceipt,
    anvilHashOf,
  }
}
