import type { Address, Client } from 'viem'
import { readContract } from 'viem/actions'
import { bridgehubAbi, diamondVersionAbi, l1AssetRouterReadAbi } from '../abis'

// The bridge's L1 contracts read from the chain itself, starting from the one address every ZK
// chain's RPC names (zks_getBridgehubContract, also on ZKsync OS): no zks_getBridgeContracts or
// zks_getMainContract needed (real-networks.md §1).

export type BridgeContracts = {
  bridgehub: Address
  /** The chain's diamond on L1 (Mailbox, Getters, Executor). */
  diamond: Address
  l1AssetRouter: Address
  l1Nullifier: Address
  l1NativeTokenVault: Address
  /** The chain's base token on L1 (0x…01 for ETH). */
  baseToken: Address
  /** The chain id of the layer the chain settles on (the L1's own id when it settles on L1). */
  settlementLayer: bigint
  /** The protocol version the diamond reports: [major, minor, patch]. */
  protocolVersion: readonly [number, number, number]
}

/** `zks_getBridgehubContract`: the one bridge address every ZK chain's RPC names. */
export async function getBridgehubAddress(l2: Client): Promise<Address> {
  const answer = await l2.request({ method: 'zks_getBridgehubContract' } as never)
  if (typeof answer !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(answer))
    throw new Error('zks_getBridgehubContract: not an address')
  return answer as Address
}

/**
 * Every L1 contract of the pair, in two rounds of reads (each round one HTTP request through the
 * batching transport).
 */
export async function readBridgeContracts(p: {
  l1: Client
  l2: Client
  l2ChainId: number
}): Promise<BridgeContracts> {
  const bridgehub = await getBridgehubAddress(p.l2)
  const chainId = BigInt(p.l2ChainId)
  const hub = { address: bridgehub, abi: bridgehubAbi } as const
  const [l1AssetRouter, diamond, baseToken, settlementLayer] = await Promise.all([
    readContract(p.l1, { ...hub, functionName: 'assetRouter' }),
    readContract(p.l1, { ...hub, functionName: 'getZKChain', args: [chainId] }),
    readContract(p.l1, { ...hub, functionName: 'baseToken', args: [chainId] }),
    readContract(p.l1, { ...hub, functionName: 'settlementLayer', args: [chainId] }),
  ])
  const router = { address: l1AssetRouter, abi: l1AssetRouterReadAbi } as const
  const [l1Nullifier, l1NativeTokenVault, protocolVersion] = await Promise.all([
    readContract(p.l1, { ...router, functionName: 'L1_NULLIFIER' }),
    readContract(p.l1, { ...router, functionName: 'nativeTokenVault' }),
    readContract(p.l1, {
      address: diamond,
      abi: diamondVersionAbi,
      functionName: 'getSemverProtocolVersion',
    }),
  ])
  return {
    bridgehub,
    diamond,
    l1AssetRouter,
    l1Nullifier,
    l1NativeTokenVault,
    baseToken,
    settlementLayer,
    protocolVersion,
  }
}

/** How long the contracts read for a chain are reused (they change only with an upgrade). */
export const CHAIN_CONTRACTS_TTL_MS = 60 * 60_000

const cache = new WeakMap<Client, { at: number; contracts: Promise<BridgeContracts> }>()

/**
 * The pair's L1 contracts, read once per L2 client and hour (a failed read is retried next time).
 */
export function getChainContracts(p: { l1: Client; l2: Client }): Promise<BridgeContracts> {
  const chainId = p.l2.chain?.id
  if (chainId === undefined) throw new Error('getChainContracts: the L2 client has no chain')
  const known = cache.get(p.l2)
  if (known && Date.now() - known.at < CHAIN_CONTRACTS_TTL_MS) return known.contracts
  const contracts = readBridgeContracts({ ...p, l2ChainId: chainId })
  cache.set(p.l2, { at: Date.now(), contracts })
  contracts.catch(() => cache.delete(p.l2))
  return contracts
}
