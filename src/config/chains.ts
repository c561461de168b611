import type { Chain } from 'viem'
import { mainnet, sepolia, zksync, zksyncSepoliaTestnet } from 'viem/chains'
import { HISTORY_SOURCE_IDS } from '../bridge/history/sources'
import { type ChainPair, plainL2Chain } from '../bridge/pair'
import { ETH_TOKEN } from '../bridge/tokens'
import { type BuiltInPairId, isDevnetPairId, type PublicPairId } from './pairIds'

/** A chain with these RPC URLs, in failover order (its own default first). */
function withRpcUrls<chain extends Chain>(chain: chain, extra: readonly string[]): chain {
  const urls = [...new Set([...chain.rpcUrls.default.http, ...extra])]
  return {
    ...chain,
    rpcUrls: { ...chain.rpcUrls, default: { ...chain.rpcUrls.default, http: urls } },
  }
}

// Public endpoints behind the chains' own defaults, for failover (transport.ts). Their limits
// differ (eth.merkle.io caps eth_getLogs at 1,000 blocks): the history scanner adapts to each.
const l1Mainnet = withRpcUrls(mainnet, [
  'https://ethereum-rpc.publicnode.com',
  'https://eth.merkle.io',
])
const l1Sepolia = withRpcUrls(sepolia, [
  'https://ethereum-sepolia-rpc.publicnode.com',
  'https://sepolia.drpc.org',
])
const eraMainnet = plainL2Chain(withRpcUrls(zksync, ['https://zksync.drpc.org']))
const eraSepolia = plainL2Chain(
  withRpcUrls(zksyncSepoliaTestnet, ['https://zksync-sepolia.drpc.org']),
)

/** The public pairs Ferry knows at build time, by id (the devnet's are in devnetPairs.ts). */
export const PUBLIC_PAIRS: Readonly<Record<PublicPairId, ChainPair>> = {
  'era-mainnet': {
    id: 'era-mainnet',
    name: 'zkSync Era',
    l1: l1Mainnet,
    l2: eraMainnet,
    tokens: [
      ETH_TOKEN,
      {
        address: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
        symbol: 'USDC',
        name: 'USD Coin',
        decimals: 6,
      },
      {
        address: '0xdAC17F958D2ee523a2206206994597C13D831ec7',
        symbol: 'USDT',
        name: 'Tether USD',
        decimals: 6,
      },
      {
        address: '0x6B175474E89094C44Da98b954EedeAC495271d0F',
        symbol: 'DAI',
        name: 'Dai Stablecoin',
        decimals: 18,
      },
      {
        address: '0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599',
        symbol: 'WBTC',
        name: 'Wrapped BTC',
        decimals: 8,
      },
    ],
    // Era mainnet executes a batch on L1 about 3 hours after it is committed (execution delay).
    withdrawalDelay: { text: 'about 3 hours', seconds: 3 * 60 * 60 },
    history: {
      // A lower bound: Ethereum block 16,500,000 (late January 2023) is before Era's launch and
      // its bridge contracts (the exact deployment block is unconfirmed here; real-networks.md §4).
      l1StartBlock: 16_500_000n,
      l2StartBlock: 0n,
      // Lower bounds as well: the shared bridge (v24) and the asset router (v26) were deployed
      // around blocks 20.0M and 22.4M (real-networks.md §2, unconfirmed); their events start there.
      sourceStartBlocks: {
        [HISTORY_SOURCE_IDS.sharedBridgeDeposit]: 19_800_000n,
        [HISTORY_SOURCE_IDS.assetRouterDeposit]: 22_300_000n,
      },
      // Infura-sized windows on L1; Era's own RPC caps results, not ranges
      l1LogsWindow: 10_000n,
      l2LogsWindow: 100_000n,
      l2MaxLogsWindow: 10_000_000n,
    },
    testnet: false,
    devnet: false,
    source: 'built-in',
  },
  'era-sepolia': {
    id: 'era-sepolia',
    name: 'zkSync Era Sepolia',
    l1: l1Sepolia,
    l2: eraSepolia,
    tokens: [
      ETH_TOKEN,
      {
        address: '0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238',
        symbol: 'USDC',
        name: 'USD Coin (Circle testnet)',
        decimals: 6,
      },
    ],
    // The testnet has no execution delay; proving usually takes well under an hour.
    withdrawalDelay: { text: 'usually under an hour', seconds: 60 * 60 },
    history: {
      // A lower bound: Sepolia block 3,900,000 (mid 2023) is before Era Sepolia's bridge
      l1StartBlock: 3_900_000n,
      l2StartBlock: 0n,
      l1LogsWindow: 10_000n,
      l2LogsWindow: 100_000n,
      l2MaxLogsWindow: 10_000_000n,
    },
    testnet: true,
    devnet: false,
    source: 'built-in',
  },
}

/** The same chain with its default RPC URL replaced, when an override exists for its id. */
export function withRpcOverride<chain extends Chain>(
  chain: chain,
  overrides: Readonly<Record<number, string>>,
): chain {
  const url = overrides[chain.id]
  if (url === undefined) return chain
  return { ...chain, rpcUrls: { ...chain.rpcUrls, default: { http: [url] } } }
}

/** Applies `VITE_RPC_<chainId>` overrides to both chains of a pair. */
export function applyRpcOverrides(
  pair: ChainPair,
  overrides: Readonly<Record<number, string>>,
): ChainPair {
  return {
    ...pair,
    l1: withRpcOverride(pair.l1, overrides),
    l2: withRpcOverride(pair.l2, overrides),
  }
}

/** Every distinct chain of the given pairs (L1s first, then L2s), by id. */
export function chainsOfPairs(pairs: readonly ChainPair[]): Chain[] {
  const byId = new Map<number, Chain>()
  for (const pair of pairs) if (!byId.has(pair.l1.id)) byId.set(pair.l1.id, pair.l1)
  for (const pair of pairs) if (!byId.has(pair.l2.id)) byId.set(pair.l2.id, pair.l2)
  return [...byId.values()]
}

/**
 * The built-in pairs chosen by `VITE_PAIRS`, in order. The devnet's load on demand, and only in
 * a build that offers one (`__DEVNET__`, set by vite.config.ts from the same `VITE_PAIRS`): a
 * public build carries no devnet chain, address, port or key (`npm run check:bundle`).
 */
export async function loadBuiltInPairs(ids: readonly BuiltInPairId[]): Promise<ChainPair[]> {
  const devnet =
    __DEVNET__ && ids.some(isDevnetPairId)
      ? (await import('./devnetPairs')).DEVNET_PAIRS
      : undefined
  return ids.map((id) => {
    if (!isDevnetPairId(id)) return PUBLIC_PAIRS[id]
    if (!devnet) throw new Error(`Pair ${id} is not part of this build (VITE_PAIRS at build time).`)
    return devnet[id]
  })
}

/**
 * The pairs the app offers: the built-in pairs chosen by `VITE_PAIRS`, then the runtime pairs
 * from chains.json, all with the `VITE_RPC_<chainId>` overrides applied.
 */
export function resolvePairs(parameters: {
  builtIn: readonly ChainPair[]
  runtimePairs: readonly ChainPair[]
  rpcOverrides: Readonly<Record<number, string>>
}): ChainPair[] {
  const { builtIn, runtimePairs, rpcOverrides } = parameters
  return [...builtIn, ...runtimePairs].map((pair) => applyRpcOverrides(pair, rpcOverrides))
}
