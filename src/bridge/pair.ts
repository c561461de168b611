import type { Address, Chain } from 'viem'
import type { ChainEIP712, chainConfig } from 'viem/zksync'

/**
 * A ZK chain as viem sees it: the EIP-712 chain of `viem/zksync` with its formatters, so that
 * plain viem actions on it return zkSync receipts and blocks (`l2ToL1Logs`, `l1BatchNumber`).
 */
export type L2Chain = ChainEIP712 & { formatters: (typeof chainConfig)['formatters'] }

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
  /** viem chain with the zkSync formatters/serializers (`chainConfig` of `viem/zksync`). */
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
