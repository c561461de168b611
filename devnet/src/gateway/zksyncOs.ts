import { type Hex, keccak256 } from 'viem'
import { L2_ASSET_ROUTER_ADDRESS, L2_BASE_TOKEN_ADDRESS, L2_GAS_PRICE } from '../constants'
import { JsonRpcError } from '../jsonrpc/errors'
import { params as read } from '../jsonrpc/params'
import type { JsonRpcHandler } from '../jsonrpc/server'
import { type GatewayTools, hex } from './tools'
import type { RawBlock } from './zkFormat'

// A ZKsync OS server's public RPC (matter-labs/zksync-os-server `lib/rpc`): standard eth_*
// objects, with the L2→L1 logs in the receipt (`l2ToL1Logs`, entries in snake_case), and only a
// handful of zks_* methods. The gateway's Era-shaped eth_* answers are reshaped here.

/** Fields Era adds to eth_* objects that a ZKsync OS server does not have. */
const ERA_ONLY_FIELDS = [
  'l1BatchNumber',
  'l1BatchTxIndex',
  'l1BatchTimestamp',
  'transactionLogIndex',
  'logType',
] as const

/** The eth_* methods whose answers carry Era's zkSync fields. */
const RESHAPED_METHODS = [
  'eth_getTransactionReceipt',
  'eth_getBlockReceipts',
  'eth_getTransactionByHash',
  'eth_getTransactionByBlockNumberAndIndex',
  'eth_getTransactionByBlockHashAndIndex',
  'eth_getBlockByNumber',
  'eth_getBlockByHash',
  'eth_getLogs',
  'eth_getFilterLogs',
  'eth_getFilterChanges',
] as const

/** The system contracts a ZKsync OS genesis names (the devnet's, at their fixed addresses). */
const GENESIS_CONTRACTS = [
  '0x0000000000000000000000000000000000008008',
  L2_BASE_TOKEN_ADDRESS,
  L2_ASSET_ROUTER_ADDRESS,
  '0x0000000000000000000000000000000000010004',
] as const

/** ZKsync OS execution version the devnet reports (`zks_getBlockMetadataByNumber`, genesis). */
const EXECUTION_VERSION = 4

export function zksyncOsMethods(
  tools: GatewayTools,
  eth: Record<string, JsonRpcHandler>,
  zksProof: JsonRpcHandler,
): Record<string, JsonRpcHandler> {
  const { ctx } = tools
  const { anvil, deployment } = ctx
  const reshaped: Record<string, JsonRpcHandler> = {}
  for (const method of RESHAPED_METHODS) {
    const handler = eth[method]
    if (handler)
      reshaped[method] = async (params, rpc) => toZksyncOsShape(await handler(params, rpc))
  }
  const send = eth.eth_sendRawTransaction
  return {
    ...eth,
    ...reshaped,
    eth_sendRawTransaction: async (params, rpc) => {
      const raw = read(params).hex(0, 'signedTransaction')
      if (raw.slice(0, 4).toLowerCase() === '0x71')
        throw new JsonRpcError(
          -32602,
          'transaction type 0x71 (EIP-712) is not supported: ZKsync OS accepts legacy, EIP-2930, EIP-1559 and EIP-7702 transactions',
        )
      if (!send) throw new Error('unreachable: the gateway sends raw transactions')
      return send(params, rpc)
    },
    zks_getBridgehubContract: async () => deployment.bridgehub.toLowerCase(),
    zks_getL2ToL1LogProof: zksProof,
    zks_getGenesis: async () => {
      const initial = await Promise.all(
        GENESIS_CONTRACTS.map(async (address) => [
          address,
          await anvil<Hex>('eth_getCode', [address, '0x0']),
        ]),
      )
      const genesis = await anvil<RawBlock>('eth_getBlockByNumber', ['0x0', false])
      return {
        initial_contracts: initial,
        additional_storage: [],
        execution_version: EXECUTION_VERSION,
        genesis_root: (genesis.stateRoot as Hex | undefined) ?? keccak256(genesis.hash),
      }
    },
    zks_getBlockMetadataByNumber: async (params) => {
      const number = read(params).number(0, 'blockNumber')
      const block = await anvil<RawBlock | null>('eth_getBlockByNumber', [hex(number), false])
      if (!block) return null
      return {
        pubdata_price_per_byte: hex(L2_GAS_PRICE * 17n),
        native_price: hex(L2_GAS_PRICE),
        execution_version: EXECUTION_VERSION,
      }
    },
  }
}

/**
 * An Era-shaped eth_* answer as a ZKsync OS server gives it: no batch fields, priority
 * transactions of type 0x7f, and `l2ToL1Logs` entries `{ l2_shard_id, is_service,
 * tx_number_in_block, sender, key, value }` (the leaf fields; `tx_number_in_block` is the
 * transaction's index in its block).
 */
export function toZksyncOsShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toZksyncOsShape)
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) }
  for (const field of ERA_ONLY_FIELDS) delete out[field]
  if (out.type === '0xff') out.type = '0x7f'
  if (Array.isArray(out.l2ToL1Logs))
    out.l2ToL1Logs = out.l2ToL1Logs.map((entry) => {
      const log = entry as Record<string, unknown>
      return {
        l2_shard_id: 0,
        is_service: log.isService,
        tx_number_in_block: Number(BigInt(String(log.transactionIndex ?? '0x0'))),
        sender: log.sender,
        key: log.key,
        value: log.value,
      }
    })
  if (Array.isArray(out.logs)) out.logs = out.logs.map(toZksyncOsShape)
  if (Array.isArray(out.transactions)) out.transactions = out.transactions.map(toZksyncOsShape)
  return out
}
