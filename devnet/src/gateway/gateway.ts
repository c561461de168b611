import { type Address, type Hex, isHex, numberToHex, size } from 'viem'
import { batchStage, type ChainState } from '../chainState'
import {
  BOOTLOADER_ADDRESS,
  L1_BASE_FEE,
  L2_ASSET_ROUTER_ADDRESS,
  L2_GAS_PRICE,
  PRIORITY_TX_MAX_GAS_LIMIT,
  PROTOCOL_VERSION_MINOR,
} from '../constants'
import { verifyEip712Transaction } from '../lib/eip712'
import { encodedCanonicalTxLength, minimumL2GasLimit } from '../lib/fees'
import { getLogProof } from '../lib/logsTree'
import type { Rpc } from '../rpc'
import type { Sequencer } from '../sequencer'
import type { ChainDeployment, L1Deployment } from '../types'
import { JsonRpcError, type JsonRpcHandler, params as read } from './jsonrpc'
import {
  type RawBlock,
  type RawLog,
  type RawReceipt,
  type RawTransaction,
  toZkBlock,
  toZkLog,
  toZkReceipt,
  toZkTransaction,
} from './zkFormat'

export type GatewayContext = {
  l1ChainId: number
  deployment: L1Deployment
  chain: ChainDeployment
  sequencer: Sequencer
  /** Raw RPC of the chain's internal L2 anvil. */
  anvil: Rpc
}

const hex = (value: bigint | number) => numberToHex(value)

/** Era's placeholder base system contract hashes (clients only display them). */
const BASE_SYSTEM_CONTRACTS_HASHES = {
  bootloader: '0x010008e742608b21bf7eb23c1a9d0602047e3618b464c9b59c0fba3b3d7ab66e',
  default_aa: '0x01000563374c277a2c1e34659a2a1e87371bb6d852ce142022d497bfb50b9e32',
  evm_emulator: null,
}

/** JSON-RPC methods forwarded to anvil as they are (no tags, hashes or zk fields involved). */
const PASS_THROUGH = [
  'eth_blockNumber',
  'eth_syncing',
  'eth_accounts',
  'eth_feeHistory',
  'eth_newBlockFilter',
  'eth_newPendingTransactionFilter',
  'eth_uninstallFilter',
  'net_version',
  'net_listening',
  'web3_sha3',
]

/**
 * The L2's public JSON-RPC: eth_* forwarded to the L2 anvil with zkSync fields and hashes,
 * plus the zks_* namespace (zksync-rpc.md). Unknown methods → -32601 (by the server).
 */
export function createGatewayHandlers(ctx: GatewayContext): Record<string, JsonRpcHandler> {
  const { anvil, sequencer, chain, deployment } = ctx
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

  const sendToAnvil = (raw: Hex) =>
    sequencer.l2Write(() => anvil<Hex>('eth_sendRawTransaction', [raw]))

  const sendEip712 = async (raw: Hex) => {
    let tx: Awaited<ReturnType<typeof verifyEip712Transaction>>
    try {
      tx = await verifyEip712Transaction(raw, chain.chainId)
    } catch (error) {
      throw new JsonRpcError(-32602, error instanceof Error ? error.message : String(error))
    }
    if (state.eip712.has(tx.hash)) return tx.hash
    return sequencer.l2Write(async () => {
      await anvil('anvil_impersonateAccount', [tx.from])
      let anvilHash: Hex
      try {
        anvilHash = await anvil<Hex>('eth_sendTransaction', [
          {
            from: tx.from,
            to: tx.to,
            value: hex(tx.value),
            data: tx.data,
            gas: hex(tx.gas),
            maxFeePerGas: hex(tx.maxFeePerGas),
            maxPriorityFeePerGas: hex(tx.maxPriorityFeePerGas),
            nonce: hex(tx.nonce),
          },
        ])
      } finally {
        await anvil('anvil_stopImpersonatingAccount', [tx.from])
      }
      state.eip712.set(tx.hash, {
        hash: tx.hash,
        anvilHash: anvilHash.toLowerCase() as Hex,
        from: tx.from,
        gasPerPubdata: tx.gasPerPubdata,
        customSignature: tx.customSignature,
        receivedAt: Date.now(),
      })
      state.mapHash(tx.hash, anvilHash)
      return tx.hash
    })
  }

  const l1Stage = (stage: { txHash: Hex; at: number } | undefined, batchNumber: number) =>
    batchNumber === 0 || !stage
      ? { hash: null, at: null, finality: null, chainId: null }
      : {
          hash: stage.txHash,
          at: new Date(stage.at).toISOString(),
          finality: 'finalized',
          chainId: ctx.l1ChainId,
        }

  const batchDetails = (batchNumber: number) => {
    const batch = state.batches[batchNumber]
    if (!batch) return null
    const commit = l1Stage(batch.commit, batch.number)
    const prove = l1Stage(batch.prove, batch.number)
    const execute = l1Stage(batch.execute, batch.number)
    return {
      number: batch.number,
      timestamp: batch.timestamp,
      l1TxCount: batch.l1TxCount,
      l2TxCount: batch.l2TxCount,
      rootHash: batch.rootHash,
      status: batchStage(batch) === 'executed' ? 'verified' : 'sealed',
      commitTxHash: commit.hash,
      committedAt: commit.at,
      commitTxFinality: commit.finality,
      commitChainId: commit.chainId,
      proveTxHash: prove.hash,
      provenAt: prove.at,
      proveTxFinality: prove.finality,
      proveChainId: prove.chainId,
      executeTxHash: execute.hash,
      executedAt: execute.at,
      executeTxFinality: execute.finality,
      executeChainId: execute.chainId,
      precommitTxHash: null,
      precommitTxFinality: null,
      precommittedAt: null,
      precommitChainId: null,
      l1GasPrice: Number(L1_BASE_FEE),
      l2FairGasPrice: Number(L2_GAS_PRICE),
      fairPubdataPrice: Number(L1_BASE_FEE * 17n),
      baseSystemContractsHashes: BASE_SYSTEM_CONTRACTS_HASHES,
      commitment: batch.stored?.commitment ?? null,
    }
  }

  const handlers: Record<string, JsonRpcHandler> = {}
  for (const method of PASS_THROUGH) handlers[method] = (params) => anvil(method, params)

  Object.assign(handlers, {
    // ---- answered locally ----
    eth_chainId: async () => hex(chain.chainId),
    eth_gasPrice: async () => hex(L2_GAS_PRICE),
    eth_maxPriorityFeePerGas: async () => '0x0',
    web3_clientVersion: async () => 'FerryDevnet/zkSync-compatible',

    // ---- tag-resolved pass-through ----
    eth_getBalance: async (params) => {
      const p = read(params)
      p.address(0, 'address')
      p.blockTag(1, 'block', { optional: true })
      return anvil('eth_getBalance', withTag(params, 1))
    },
    eth_getCode: async (params) => {
      const p = read(params)
      p.address(0, 'address')
      p.blockTag(1, 'block', { optional: true })
      return anvil('eth_getCode', withTag(params, 1))
    },
    eth_getTransactionCount: async (params) => {
      const p = read(params)
      p.address(0, 'address')
      p.blockTag(1, 'block', { optional: true })
      return anvil('eth_getTransactionCount', withTag(params, 1))
    },
    eth_getStorageAt: async (params) => {
      const p = read(params)
      p.address(0, 'address')
      p.quantity(1, 'slot')
      p.blockTag(2, 'block', { optional: true })
      return anvil('eth_getStorageAt', withTag(params, 2))
    },
    eth_call: async (params) => {
      const request = read(params).object(0, 'transaction')
      read(params).blockTag(1, 'block', { optional: true })
      return anvil('eth_call', [plainCall(request), ...withTag(params, 1).slice(1)])
    },
    eth_estimateGas: async (params) => {
      const request = read(params).object(0, 'transaction')
      read(params).blockTag(1, 'block', { optional: true })
      return anvil('eth_estimateGas', [plainCall(request), ...withTag(params, 1).slice(1)])
    },
    eth_getBlockTransactionCountByNumber: async (params) => {
      read(params).blockTag(0, 'block')
      return anvil('eth_getBlockTransactionCountByNumber', withTag(params, 0))
    },

    // ---- blocks ----
    eth_getBlockByNumber: async (params) => {
      const p = read(params)
      p.blockTag(0, 'block')
      p.bool(1, 'hydrated', { optional: true })
      const block = await anvil<RawBlock | null>('eth_getBlockByNumber', [
        resolveTag(params[0]),
        params[1] === true,
      ])
      return block && toZkBlock(block, state)
    },
    eth_getBlockByHash: async (params) => {
      const p = read(params)
      p.hash(0, 'blockHash')
      p.bool(1, 'hydrated', { optional: true })
      const block = await anvil<RawBlock | null>('eth_getBlockByHash', [
        params[0],
        params[1] === true,
      ])
      return block && toZkBlock(block, state)
    },
    eth_getBlockReceipts: async (params) => {
      read(params).blockTag(0, 'block')
      const receipts = await anvil<RawReceipt[] | null>('eth_getBlockReceipts', withTag(params, 0))
      return receipts && Promise.all(receipts.map(formatReceipt))
    },

    // ---- transactions ----
    eth_getTransactionByHash: async (params) => {
      const hash = read(params).hash(0, 'transactionHash')
      const anvilHash = anvilHashOf(hash)
      if (!anvilHash) return null
      const tx = await anvil<RawTransaction | null>('eth_getTransactionByHash', [anvilHash])
      return tx && toZkTransaction(tx, state)
    },
    eth_getTransactionReceipt: async (params) => {
      const hash = read(params).hash(0, 'transactionHash')
      const anvilHash = anvilHashOf(hash)
      if (!anvilHash) return null
      const receipt = await receiptOf(anvilHash)
      return receipt && formatReceipt(receipt)
    },
    eth_getTransactionByBlockNumberAndIndex: async (params) => {
      const p = read(params)
      p.blockTag(0, 'block')
      p.quantity(1, 'index')
      const tx = await anvil<RawTransaction | null>(
        'eth_getTransactionByBlockNumberAndIndex',
        withTag(params, 0),
      )
      return tx && toZkTransaction(tx, state)
    },
    eth_getTransactionByBlockHashAndIndex: async (params) => {
      const p = read(params)
      p.hash(0, 'blockHash')
      p.quantity(1, 'index')
      const tx = await anvil<RawTransaction | null>('eth_getTransactionByBlockHashAndIndex', params)
      return tx && toZkTransaction(tx, state)
    },
    eth_sendRawTransaction: async (params) => {
      const raw = read(params).hex(0, 'signedTransaction')
      if (size(raw) < 2) throw new JsonRpcError(-32602, 'signedTransaction: empty transaction')
      if (raw.slice(0, 4).toLowerCase() === '0x71') return sendEip712(raw)
      return sendToAnvil(raw)
    },
    eth_sendTransaction: async (params) => {
      const request = read(params).object(0, 'transaction')
      return sequencer.l2Write(() => anvil<Hex>('eth_sendTransaction', [plainCall(request)]))
    },

    // ---- logs and filters ----
    eth_getLogs: async (params) => {
      const filter = read(params).object(0, 'filter')
      const logs = await anvil<RawLog[]>('eth_getLogs', [resolveFilter(filter)])
      return formatLogs(logs)
    },
    eth_newFilter: async (params) => {
      const filter = read(params).object(0, 'filter')
      return anvil('eth_newFilter', [resolveFilter(filter)])
    },
    eth_getFilterLogs: async (params) => {
      read(params).quantity(0, 'filterId')
      return formatLogs(await anvil<RawLog[]>('eth_getFilterLogs', params))
    },
    eth_getFilterChanges: async (params) => {
      read(params).quantity(0, 'filterId')
      const changes = await anvil<(Hex | RawLog)[]>('eth_getFilterChanges', params)
      const logs = changes.filter((c): c is RawLog => typeof c === 'object')
      if (logs.length > 0) return formatLogs(logs)
      // block hashes pass as they are; pending transaction hashes get their zk hash
      return changes.map((c) => (typeof c === 'string' ? state.toZkHash(c) : c))
    },

    // ---- methods a zkSync node does not offer (§6.6) ----
    eth_fillTransaction: async () => {
      throw new JsonRpcError(-32601, 'Method not found: eth_fillTransaction')
    },
    eth_getTransactionBySenderAndNonce: async () => {
      throw new JsonRpcError(-32601, 'Method not found: eth_getTransactionBySenderAndNonce')
    },

    // ---- zks_* (§4) ----
    zks_getBridgehubContract: async () => deployment.bridgehub,
    zks_getMainContract: async () => chain.diamond,
    zks_getBaseTokenL1Address: async () => chain.baseToken,
    zks_L1ChainId: async () => hex(ctx.l1ChainId),
    zks_getBridgeContracts: async () => ({
      l1SharedDefaultBridge: deployment.l1AssetRouter,
      l2SharedDefaultBridge: L2_ASSET_ROUTER_ADDRESS,
      l1Erc20DefaultBridge: deployment.l1AssetRouter,
      l2Erc20DefaultBridge: L2_ASSET_ROUTER_ADDRESS,
      l1WethBridge: null,
      l2WethBridge: null,
      l2LegacySharedBridge: null,
      l1Nullifier: deployment.l1Nullifier,
      l1NativeTokenVault: deployment.l1NativeTokenVault,
    }),
    zks_L1BatchNumber: async () => hex(state.latestBatch?.number ?? 0),
    zks_gasPerPubdata: async () => hex(50_000),
    zks_getTestnetPaymaster: async () => null,
    zks_getL1GasPrice: async () => hex(L1_BASE_FEE),
    zks_getProtocolVersion: async () => ({
      version_id: PROTOCOL_VERSION_MINOR,
      minorVersion: PROTOCOL_VERSION_MINOR,
      timestamp: 0,
      verification_keys_hashes: null,
      base_system_contracts: BASE_SYSTEM_CONTRACTS_HASHES,
      bootloaderCodeHash: BASE_SYSTEM_CONTRACTS_HASHES.bootloader,
      defaultAccountCodeHash: BASE_SYSTEM_CONTRACTS_HASHES.default_aa,
      evmSimulatorCodeHash: null,
      l2SystemUpgradeTxHash: null,
    }),

    zks_estimateGasL1ToL2: async (params) => {
      const request = read(params).object(0, 'request')
      const data = (request.data ?? request.input ?? '0x') as Hex
      if (!isHex(data)) throw new JsonRpcError(-32602, 'request.data: expected hex bytes')
      const meta = (request.eip712Meta ?? {}) as { factoryDeps?: unknown[] }
      const depsCount = Array.isArray(meta.factoryDeps) ? meta.factoryDeps.length : 0
      const from = (request.from ?? BOOTLOADER_ADDRESS) as Address
      const value = BigInt((request.value as Hex | undefined) ?? '0x0')
      const evmGas = BigInt(
        await anvil<Hex>('eth_estimateGas', [
          { from, to: request.to, data, value: hex(value) },
          'latest',
          { [from]: { balance: hex(value + 10n ** 24n) } },
        ]),
      )
      const overhead = minimumL2GasLimit({
        encodedLength: encodedCanonicalTxLength(size(data), depsCount),
        factoryDepsCount: depsCount,
      })
      const total = overhead + (evmGas * 12n + 9n) / 10n
      return hex(total < PRIORITY_TX_MAX_GAS_LIMIT ? total : PRIORITY_TX_MAX_GAS_LIMIT)
    },
    zks_estimateFee: async (params) => {
      const request = read(params).object(0, 'request')
      const gas = BigInt(await anvil<Hex>('eth_estimateGas', [plainCall(request)]))
      return {
        gas_limit: hex((gas * 12n + 9n) / 10n),
        max_fee_per_gas: hex(L2_GAS_PRICE),
        max_priority_fee_per_gas: '0x0',
        gas_per_pubdata_limit: hex(50_000),
      }
    },

    zks_getL2ToL1LogProof: async (params) => {
      const args = read(params)
      const hash = args.hash(0, 'transactionHash')
      const index = args.number(1, 'index', { optional: true }) ?? 0
      const anvilHash = anvilHashOf(hash)
      if (!anvilHash) return null
      const location = state.txLocation(anvilHash)
      if (!location) return null
      const batch = state.batches[location.batch]
      if (!batch?.execute) return null
      const positions: number[] = []
      batch.logs.forEach((log, position) => {
        if (log.txNumberInBatch === location.index) positions.push(position)
      })
      const id = positions[index]
      if (id === undefined) return null
      return { ...getLogProof(batch.logs, id), batchNumber: batch.number }
    },

    zks_getL1BatchBlockRange: async (params) => {
      const batch = state.batches[read(params).number(0, 'batchNumber')]
      return batch ? [hex(batch.firstBlock), hex(batch.lastBlock)] : null
    },
    zks_getL1BatchDetails: async (params) => batchDetails(read(params).number(0, 'batchNumber')),
    zks_getBlockDetails: async (params) => {
      const number = read(params).number(0, 'blockNumber')
      const block = await anvil<RawBlock | null>('eth_getBlockByNumber', [hex(number), false])
      if (!block) return null
      const sealed = state.batchOfBlock(BigInt(number))
      const batchNumber = sealed ?? (state.latestBatch?.number ?? 0) + 1
      const details = batchDetails(batchNumber)
      const l1TxCount = block.transactions.filter(
        (tx) => typeof tx === 'string' && state.priorityByAnvilHash(tx),
      ).length
      return {
        number,
        l1BatchNumber: batchNumber,
        timestamp: Number(BigInt(block.timestamp)),
        l1TxCount,
        l2TxCount: block.transactions.length - l1TxCount,
        rootHash: block.hash,
        status: number === 0 || details?.status === 'verified' ? 'verified' : 'sealed',
        commitTxHash: details?.commitTxHash ?? null,
        committedAt: details?.committedAt ?? null,
        commitTxFinality: details?.commitTxFinality ?? null,
        commitChainId: details?.commitChainId ?? null,
        proveTxHash: details?.proveTxHash ?? null,
        provenAt: details?.provenAt ?? null,
        proveTxFinality: details?.proveTxFinality ?? null,
        proveChainId: details?.proveChainId ?? null,
        executeTxHash: details?.executeTxHash ?? null,
        executedAt: details?.executedAt ?? null,
        executeTxFinality: details?.executeTxFinality ?? null,
        executeChainId: details?.executeChainId ?? null,
        precommitTxHash: null,
        precommitTxFinality: null,
        precommittedAt: null,
        precommitChainId: null,
        l1GasPrice: Number(L1_BASE_FEE),
        l2FairGasPrice: Number(L2_GAS_PRICE),
        fairPubdataPrice: Number(L1_BASE_FEE * 17n),
        baseSystemContractsHashes: BASE_SYSTEM_CONTRACTS_HASHES,
        operatorAddress: BOOTLOADER_ADDRESS,
        protocolVersion: `Version${PROTOCOL_VERSION_MINOR}`,
      }
    },
    zks_getTransactionDetails: async (params) => {
      const hash = read(params).hash(0, 'transactionHash')
      const priority = state.priority.get(hash.toLowerCase() as Hex)
      const anvilHash = anvilHashOf(hash)
      const receipt = anvilHash ? await receiptOf(anvilHash) : null
      if (!receipt && !priority) return null
      const location = anvilHash ? state.txLocation(anvilHash) : undefined
      const batch = location ? state.batches[location.batch] : undefined
      const status = !receipt
        ? 'pending'
        : receipt.status !== '0x1'
          ? 'failed'
          : batch?.execute
            ? 'verified'
            : 'included'
      const gasUsed = priority?.execution?.gasCharged ?? BigInt(receipt?.gasUsed ?? '0x0')
      const price = priority
        ? priority.tx.maxFeePerGas
        : BigInt(receipt?.effectiveGasPrice ?? '0x0')
      const eip712 = anvilHash ? state.eip712ByAnvilHash(anvilHash) : undefined
      return {
        isL1Originated: priority !== undefined,
        status,
        fee: hex(gasUsed * price),
        gasPerPubdata: hex(priority ? 800n : (eip712?.gasPerPubdata ?? 50_000n)),
        initiatorAddress: priority
          ? numberToHex(priority.tx.from, { size: 20 })
          : (receipt?.from ?? null),
        receivedAt: new Date(
          priority?.receivedAt ?? eip712?.receivedAt ?? Date.now(),
        ).toISOString(),
        ethCommitTxHash: batch?.commit && batch.number > 0 ? batch.commit.txHash : null,
        ethProveTxHash: batch?.prove && batch.number > 0 ? batch.prove.txHash : null,
        ethExecuteTxHash: batch?.execute && batch.number > 0 ? batch.execute.txHash : null,
        ethPrecommitTxHash: null,
      }
    },

    // ---- devnet-only namespace ----
    devnet_getConfig: async () => ({
      l1ChainId: ctx.l1ChainId,
      l2ChainId: chain.chainId,
      batchSealIntervalMs: sequencer.timing.sealIntervalMs,
      commitDelayMs: sequencer.timing.commitDelayMs,
      proveDelayMs: sequencer.timing.proveDelayMs,
      executeDelayMs: sequencer.timing.executeDelayMs,
      finalityConfirmations: 0,
    }),
    /** Waits until every known priority request ran and every sealed batch is executed. */
    devnet_waitIdle: async (params) => {
      const timeoutMs = read(params).number(0, 'timeoutMs', { optional: true }) ?? 60_000
      await sequencer.waitIdle(timeoutMs)
      return true
    },
    /** Changes this chain's batch timing (ms): tests walk withdrawals through every stage. */
    devnet_setTiming: async (params) => {
      const timing = read(params).object(0, 'timing')
      const next = { ...sequencer.timing }
      for (const key of [
        'sealIntervalMs',
        'commitDelayMs',
        'proveDelayMs',
        'executeDelayMs',
        'priorityDelayMs',
      ] as const) {
        const value = timing[key]
        if (value === undefined) continue
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
          throw new JsonRpcError(-32602, `timing.${key}: expected a non-negative number of ms`)
        next[key] = value
      }
      sequencer.setTiming(next)
      return next
    },
  } satisfies Record<string, JsonRpcHandler>)

  return handlers
}
