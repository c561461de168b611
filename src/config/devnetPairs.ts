import { defineChain } from 'viem'
import { chainConfig } from 'viem/zksync'
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
  ...chainConfig,
  id: ETH_L2_CHAIN_ID,
  name: 'Ferry devnet',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [`http://127.0.0.1:${DEFAULT_GATEWAY_PORTS[ETH_L2_CHAIN_ID]}`] } },
  contracts: { multicall3: { address: MULTICALL3_ADDRESS } },
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

/** The devnet pairs by id: chain 270 pays gas in ETH, chain 272 in the TST test token. */
export const DEVNET_PAIRS: Readonly<Record<DevnetPairId, ChainPair>> = {
  'devnet-270': {
    id: 'devnet-270',
    name: 'Ferry devnet',
    l1: devnetL1,
    l2: devnetL2,
    tokens: [ETH_TOKEN, ...DEVNET_TOKENS],
    withdrawalDelay: DEVNET_DELAY,
    history: DEVNET_HISTORY,
    testnet: true,
    devnet: true,
    source: 'built-in',
  },
  'devnet-272': {
    id: 'devnet-272',
    name: 'Ferry devnet (TST gas)',
    l1: devnetL1,
    l2: devnetL2CustomBase,
    tokens: [ETH_TOKEN, ...DEVNET_TOKENS],
    withdrawalDelay: DEVNET_DELAY,
    history: DEVNET_HISTORY,
    testnet: true,
    devnet: true,
    source: 'built-in',
  },
}
