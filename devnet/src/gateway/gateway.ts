import type { JsonRpcHandler } from '../jsonrpc/server'
import { devnetMethods } from './devnetMethods'
import { ethMethods } from './ethMethods'
import { createGatewayTools, type GatewayContext } from './tools'
import { zksContractMethods } from './zksContracts'
import { zksDetailMethods } from './zksDetails'
import { zksEstimateMethods } from './zksEstimates'
import { zksLegacyMethods } from './zksLegacy'
import { zksProofMethods } from './zksProofs'
import { zksyncOsMethods } from './zksyncOs'

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
 * plus the zks_* namespace (zksync-rpc.md), one file per group of methods; on a ZKsync OS–style
 * chain the few methods such a server has, in its shapes (zksyncOs.ts). Unknown methods
 * → -32601 (by the server).
 */
export function createGatewayHandlers(ctx: GatewayContext): Record<string, JsonRpcHandler> {
  const tools = createGatewayTools(ctx)
  const handlers: Record<string, JsonRpcHandler> = {}
  for (const method of PASS_THROUGH) handlers[method] = (params) => ctx.anvil(method, params)
  const eth = ethMethods(tools)
  const send = eth.eth_sendRawTransaction
  if (!send) throw new Error('unreachable: the gateway sends raw transactions')
  if (ctx.chain.kind === 'zksync-os') {
    const proof = zksProofMethods(tools).zks_getL2ToL1LogProof
    if (!proof) throw new Error('unreachable: the gateway proves L2→L1 logs')
    return { ...handlers, ...zksyncOsMethods(tools, eth, proof), ...devnetMethods(tools) }
  }
  const zks = {
    ...zksContractMethods(tools),
    ...zksEstimateMethods(tools),
    ...zksProofMethods(tools),
    ...zksDetailMethods(tools),
    ...zksLegacyMethods(tools, send),
  }
  return {
    ...handlers,
    ...eth,
    ...mapValues(
      zks,
      (handler) => async (params, rpc) => lowercaseAddresses(await handler(params, rpc)),
    ),
    ...devnetMethods(tools),
  }
}

/** Era serializes addresses in its zks_* answers in lowercase (H160's serde), never checksummed. */
export function lowercaseAddresses(value: unknown): unknown {
  if (typeof value === 'string')
    return /^0x[0-9a-fA-F]{40}$/.test(value) ? value.toLowerCase() : value
  if (Array.isArray(value)) return value.map(lowercaseAddresses)
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, lowercaseAddresses(v)]))
  return value
}

function mapValues<V, W>(record: Record<string, V>, f: (value: V) => W): Record<string, W> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]))
}
