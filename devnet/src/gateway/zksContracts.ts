import { L1_BASE_FEE, L2_ASSET_ROUTER_ADDRESS, PROTOCOL_VERSION_MINOR } from '../constants'
import type { JsonRpcHandler } from '../jsonrpc/server'
import { BASE_SYSTEM_CONTRACTS_HASHES, type GatewayTools, hex } from './tools'

/** zks_* methods that name the chain's contracts, base token, L1 and protocol (§4). */
export function zksContractMethods(tools: GatewayTools): Record<string, JsonRpcHandler> {
  const { ctx, state } = tools
  const { chain, deployment } = ctx
  return {
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
  }
}
