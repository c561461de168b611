import type { Address, Chain } from 'viem'

/**
 * A ZK chain as Ferry's clients see it: a plain EVM chain. Era nodes add zkSync fields to
 * receipts and blocks that ZKsync OS servers do not have (or name otherwise), and viem/zksync's
 * formatters fail on the latter; the protocol layer (`bridge/protocol/`) reads those fields raw
 * instead. Writes are plain EVM transactions on every kind (no EIP-712 needed).
 */
export type L2Chain = Chain

/** A chain without viem/zksync's formatters, serializers and EIP-712 domain (see `L2Chain`). */
export function plainL2Chain(chain: Chain): L2Chain {
  const { formatters: _f, serializers: _s, custom: _c, ...plain } = chain
  return plain
}

/** A token as listed for a pair: its L1 address (ETH is `ETH_TOKEN.address`, the zero address). */
export type TokenListEntry = {
  address: Address
  symbol: string
  name: string
  decimals: number
}

/** How long a withdrawal waits before it can be finalized on L1, stated plainly. */
export type WithdrawalDelay = {
  /** e.g. "about 3 hours" — shown as is. */
  text: string
  /** The same as a number, for countdowns and estimates. */
  seconds: number
}

/** Where a pair's bridge history starts, and how its endpoints serve `eth_getLogs`. */
export type PairHistory = {
  /** First block worth searching per layer: the bridge's deployment, or a block before it. */
  l1StartBlock: bigint
  l2StartBlock: bigint
  /**
   * Later first blocks of events a protocol upgrade introduced, by source id
   * (`HISTORY_SOURCE_IDS`): each is searched only from where it can occur.
   */
  sourceStartBlocks?: Readonly<Record<string, bigint>> | undefined
  /** The endpoints' known block-range caps (the window a search starts from). */
  l1LogsWindow?: bigint | undefined
  l2LogsWindow?: bigint | undefined
  /** The most blocks one request may ask for, where the endpoint has no range cap. */
  l2MaxLogsWindow?: bigint | undefined
}

/** An L1 and one ZK chain settling on it: what every screen works with. */
export type ChainPair = {
  id: string
  name: string
  l1: Chain
  /** The ZK chain, a plain viem chain (`plainL2Chain`). */
  l2: L2Chain
  /** Bridgeable tokens by their L1 address; the first entry is ETH. */
  tokens: readonly TokenListEntry[]
  withdrawalDelay: WithdrawalDelay
  testnet: boolean
  /** A local Ferry devnet pair (enables the "Devnet test wallet"). */
  devnet: boolean
  /** Where the pair comes from: built in, or the operator's chains.json. */
  source: 'built-in' | 'runtime'
  /** Where its history starts (default: block 0 on both layers, Infura-sized windows). */
  history?: PairHistory | undefined
}

/** The RPC URL the app uses for a chain. */
export function rpcUrlOf(chain: Chain): string {
  const url = chain.rpcUrls.default.http[0]
  if (url === undefined) throw new Error(`chain ${chain.id} has no RPC URL`)
  return url
}
