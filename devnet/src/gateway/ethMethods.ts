import { type Hex, size } from 'viem'
import { L2_GAS_PRICE } from '../constants'
import { JsonRpcError } from '../jsonrpc/errors'
import { params as read } from '../jsonrpc/params'
import type { JsonRpcHandler } from '../jsonrpc/server'
import { verifyEip712Transaction } from '../lib/eip712'
import { type GatewayTools, hex } from './tools'
import {
  type RawBlock,
  type RawLog,
  type RawReceipt,
  type RawTransaction,
  toZkBlock,
  toZkTransaction,
} from './zkFormat'

/**
 * The eth_* namespace: forwarded to the L2 anvil with block tags resolved, zkSync fields and
 * canonical hashes added; EIP-712 (0x71) transactions verified and executed for their signer.
 */
export function ethMethods(tools: GatewayTools): Record<string, JsonRpcHandler> {
  const {
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
  } = tools
  const { anvil, sequencer, chain } = ctx
  /**
   * A real node refuses to estimate a call whose value the sender cannot pay (Era:
   * "insufficient funds for gas + value. balance: …, fee: 0, value: …"); anvil estimates it anyway.
   */
  const assertCanPayValue = async (
    call: Record<string, unknown>,
    tag: unknown,
    stateOverride: unknown,
  ) => {
    const value = typeof call.value === 'string' ? BigInt(call.value) : 0n
    if (value === 0n || typeof call.from !== 'string') return
    const overridden = overriddenBalance(stateOverride, call.from)
    const balance = overridden ?? BigInt(await anvil<Hex>('eth_getBalance', [call.from, tag]))
    if (balance < value)
      throw new JsonRpcError(
        -32000,
        `insufficient funds for gas + value. balance: ${balance}, fee: 0, value: ${value}`,
      )
  }
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

  return {
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
      const call = plainCall(request)
      await assertCanPayValue(call, withTag(params, 1)[1] ?? 'latest', params[2])
      return anvil('eth_estimateGas', [call, ...withTag(params, 1).slice(1)])
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
  }
}

/** The balance a state override (eth_call / eth_estimateGas 3rd parameter) gives an account. */
function overriddenBalance(stateOverride: unknown, account: string): bigint | undefined {
  if (typeof stateOverride !== 'object' || stateOverride === null) return undefined
  for (const [address, entry] of Object.entries(stateOverride)) {
    if (address.toLowerCase() !== account.toLowerCase()) continue
    const balance = (entry as { balance?: unknown } | null)?.balance
    return typeof balance === 'string' ? BigInt(balance) : undefined
  }
  return undefined
}
