import type { JsonRpcHandler } from '../jsonrpc/server'
import { devnetMethods } from './devnetMethods'
import { ethMethods } from './ethMethods'
import { createGatewayTools, type GatewayContext } from './tools'
import { zksContractMethods } from './zksContracts'
import { zksDetailMethods } from './zksDetails'
import { zksEstimateMethods } from './zksEstimates'
import { zksProofMethods } from './zksProofs'

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
 * plus the zks_* namespace (zksync-rpc.md), one file per group of methods. Unknown methods
 * → -32601 (by the server).
 */
export function createGatewayHandlers(ctx: GatewayContext): Record<string, JsonRpcHandler> {
  const tools = createGatewayTools(ctx)
  const handlers: Record<string, JsonRpcHandler> = {}
  for (const method of PASS_THROUGH) handlers[method] = (params) => ctx.anvil(method, params)
  return {
    ...handlers,
    ...ethMethods(tools),
    ...zksContractMethods(tools),
    ...zksEstimateMethods(tools),
    ...zksProofMethods(tools),
    ...zksDetailMethods(tools),
    ...devnetMethods(tools),
  }
}
