import { type Chain, defineChain } from 'viem'
import { mainnet, sepolia, zksync, zksyncSepoliaTestnet } from 'viem/chains'
import { chainConfig, legacyEthAddress } from 'viem/zksync'
import {
  CUSTOM_BASE_L2_CHAIN_ID,
  DEFAULT_GATEWAY_PORTS,
  DEFAULT_L1_PORT,
  ETH_L2_CHAIN_ID,
  L1_CHAIN_ID,
  TEST_TOKENS,
} from '../../devnet/src/constants'
import type { ChainPair, TokenListEntry, WithdrawalDelay } from '../bridge/pair'
import { DEVNET_TOKEN_ADDRESSES } from './devnetTokens'
import type { BuiltInPairId } from './pairIds'

/**
 * ETH as a token-list entry. The zero address is what `viem/zksync` and zksync-ethers call the
 * "legacy" ETH address; the contracts use 0x…01 internally and the SDKs translate.
 */
export const ETH_TOKEN: TokenListEntry = {
  address: legacyEthAddress,
  symbol: 'ETH',
  name: 'Ether',
  decimals: 18,
}

/** The Ferry devnet L1 (anvil). */
export const devnetL1 = defineChain({
  id: L1_CHAIN_ID,
  name: 'Ferry devnet L1',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [`http://127.0.0.1:${DEFAULT_L1_PORT}`] } },
  testnet: true,
})

/** The Ferry devnet L2 whose base token is ETH. */
export const devnetL2 = defineChain({
  ...chainConfig,
  id: ETH_L2_CHAIN_ID,
  name: 'Ferry devnet',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [`http://127.0.0.1:${DEFAULT_GATEWAY_PORTS[ETH_L2_CHAIN_ID]}`] } },
  testnet: true,
})

const tst = TEST_TOKENS.find((token) => token.key === 'TST')

/** The Ferry devnet L2 whose base token is the L1 test token TST. */
export const devnetL2CustomBase = defineChain({
  ...chainConfig,
  id: CUSTOM_BASE_L2_CHAIN_ID,
  name: 'Ferry devnet (TST gas)',
  nativeCurrency: {
    name: tst?.name ?? 'Test Token',
    symbol: tst?.symbol ?? 'TST',
    decimals: tst?.decimals ?? 18,
  },
  rpcUrls: {
    default: { http: [`http://127.0.0.1:${DEFAULT_GATEWAY_PORTS[CUSTOM_BASE_L2_CHAIN_ID]}`] },
  },
  testnet: true,
})

const devnetTokens: TokenListEntry[] = TEST_TOKENS.map((token) => ({
  address: DEVNET_TOKEN_ADDRESSES[token.key],
  symbol: token.symbol,
  name: token.name,
  decimals: token.decimals,
}))

const DEVNET_DELAY: WithdrawalDelay = {
  text: 'a few seconds on the devnet (about 2 minutes with demo timing)',
  seconds: 10,
}

/** Every pair Ferry knows at build time, by id. `VITE_PAIRS` chooses which are offered. */
export const BUILT_IN_PAIRS: Readonly<Record<BuiltInPairId, ChainPair>> = {
  'era-mainnet': {
    id: 'era-mainnet',
    name: 'zkSync Era',
    l1: mainnet,
    l2: zksync,
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
    testnet: false,
    devnet: false,
    source: 'built-in',
  },
  'era-sepolia': {
    id: 'era-sepolia',
    name: 'zkSync Era Sepolia',
    l1: sepolia,
    l2: zksyncSepoliaTestnet,
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
    testnet: true,
    devnet: false,
    source: 'built-in',
  },
  'devnet-270': {
    id: 'devnet-270',
    name: 'Ferry devnet',
    l1: devnetL1,
    l2: devnetL2,
    tokens: [ETH_TOKEN, ...devnetTokens],
    withdrawalDelay: DEVNET_DELAY,
    testnet: true,
    devnet: true,
    source: 'built-in',
  },
  'devnet-272': {
    id: 'devnet-272',
    name: 'Ferry devnet (TST gas)',
    l1: devnetL1,
    l2: devnetL2CustomBase,
    tokens: [ETH_TOKEN, ...devnetTokens],
    withdrawalDelay: DEVNET_DELAY,
    testnet: true,
    devnet: true,
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

/** The RPC URL the app uses for a chain. */
export function rpcUrlOf(chain: Chain): string {
  const url = chain.rpcUrls.default.http[0]
  if (url === undefined) throw new Error(`chain ${chain.id} has no RPC URL`)
  return url
}

/** Every distinct chain of the given pairs (L1s first, then L2s), by id. */
export function chainsOfPairs(pairs: readonly ChainPair[]): Chain[] {
  const byId = new Map<number, Chain>()
  for (const pair of pairs) if (!byId.has(pair.l1.id)) byId.set(pair.l1.id, pair.l1)
  for (const pair of pairs) if (!byId.has(pair.l2.id)) byId.set(pair.l2.id, pair.l2)
  return [...byId.values()]
}

/**
 * The pairs the app offers: the built-in pairs chosen by `VITE_PAIRS`, then the runtime pairs
 * from chains.json, all with the `VITE_RPC_<chainId>` overrides applied.
 */
export function resolvePairs(parameters: {
  pairIds: readonly BuiltInPairId[]
  runtimePairs: readonly ChainPair[]
  rpcOverrides: Readonly<Record<number, string>>
}): ChainPair[] {
  const { pairIds, runtimePairs, rpcOverrides } = parameters
  return [...pairIds.map((id) => BUILT_IN_PAIRS[id]), ...runtimePairs].map((pair) =>
    applyRpcOverrides(pair, rpcOverrides),
  )
}
