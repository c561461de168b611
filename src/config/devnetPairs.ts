import { defineChain } from 'viem'
import {
  CUSTOM_BASE_L2_CHAIN_ID,
  DEFAULT_GATEWAY_PORTS,
  DEFAULT_L1_PORT,
  DEVNET_DEFAULT_ADDRESSES,
  DEVNET_HISTORY_START,
  ETH_L2_CHAIN_ID,
  L1_CHAIN_ID,
  MULTICALL3_ADDRESS,
  TEST_TOKENS,
  ZKSYNC_OS_L2_CHAIN_ID,
} from '../../devnet/facts'
import type { ChainPair, PairHistory, TokenListEntry, WithdrawalDelay } from '../bridge/pair'
import { ETH_TOKEN } from '../bridge/tokens'
import type { DevnetPairId } from './pairIds'

// The local devnet's pairs (npm start, the tests). Loaded by `loadBuiltInPairs` only in a build
// that offers a devnet pair: nothing here reaches a public build.

/** The Ferry devnet L1 (anvil). */
export const devnetL1 = defineChain({
  id: L1_CHAIN_ID,
  name: 'Ferry devnet L1',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [`http://127.0.0.1:${DEFAULT_L1_PORT}`] } },
  contracts: { multicall3: { address: MULTICALL3_ADDRESS } },
  testnet: true,
})

/** The Ferry devnet L2 whose base token is ETH. */
export const devnetL2 = defineChain({
  id: ETH_L2_CHAIN_ID,
  name: 'Ferry devnet',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [`http://127.0.0.1:${DEFAULT_GATEWAY_PORTS[ETH_L2_CHAIN_ID]}`] } },
  contracts: { multicall3: { address: MULTICALL3_ADDRESS } },
  testnet: true,
})

/** The Ferry devnet L2 that answers like a ZKsync OS server (a few zks_* methods, no EIP-712). */
export const devnetL2ZksyncOs = defineChain({
  id: ZKSYNC_OS_L2_CHAIN_ID,
  name: 'Ferry devnet (ZKsync OS)',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: {
    default: { http: [`http://127.0.0.1:${DEFAULT_GATEWAY_PORTS[ZKSYNC_OS_L2_CHAIN_ID]}`] },
  },
  contracts: { multicall3: { address: MULTICALL3_ADDRESS } },
  testnet: true,
})

const tst = TEST_TOKENS.find((token) => token.key === 'TST')

/** The Ferry devnet L2 whose base token is the L1 test token TST. */
export const devnetL2CustomBase = defineChain({
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
  contracts: { multicall3: { address: MULTICALL3_ADDRESS } },
  testnet: true,
})

/** The devnet's test ERC-20s, at their deterministic L1 addresses. */
export const DEVNET_TOKENS: readonly TokenListEntry[] = TEST_TOKENS.map((token) => ({
  address: DEVNET_DEFAULT_ADDRESSES.tokens[token.key],
  symbol: token.symbol,
  name: token.name,
  decimals: token.decimals,
}))

const DEVNET_DELAY: WithdrawalDelay = {
  text: 'a few seconds on the devnet (about 2 minutes with demo timing)',
  seconds: 10,
}

/** What the devnet reports of its history (the Bridgehub's deployment block): no range caps. */
const DEVNET_HISTORY: PairHistory = {
  l1StartBlock: BigInt(DEVNET_HISTORY_START.l1),
  l2StartBlock: BigInt(DEVNET_HISTORY_START.l2),
}

/** A devnet pair: the devnet's L1 and one of its L2s, the test tokens, instant batches. */
function devnetPair(id: DevnetPairId, name: string, l2: ChainPair['l2']): ChainPair {
  return {
    id,
    name,
    l1: devnetL1,
    l2,
    tokens: [ETH_TOKEN, ...DEVNET_TOKENS],
    withdrawalDelay: DEVNET_DELAY,
    history: DEVNET_HISTORY,
    testnet: true,
    devnet: true,
    source: 'built-in',
  }
}

/**
 * The devnet pairs by id: chain 270 pays gas in ETH, chain 272 in the TST test token, chain 271
 * is a ZKsync OS–style chain paying gas in ETH.
 */
export const DEVNET_PAIRS: Readonly<Record<DevnetPairId, ChainPair>> = {
  'devnet-270': devnetPair('devnet-270', 'Ferry devnet', devnetL2),
  'devnet-272': devnetPair('devnet-272', 'Ferry devnet (TST gas)', devnetL2CustomBase),
  'devnet-271': devnetPair('devnet-271', 'Ferry devnet (ZKsync OS)', devnetL2ZksyncOs),
}
