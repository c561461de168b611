import { type AbiEvent, type Address, type Hex, pad, toEventSelector } from 'viem'
import { historyEventsAbi } from '../abis'
import type { BridgeContracts } from '../actions/getBridgeContracts'
import { L2_ASSET_ROUTER_ADDRESS } from '../constants'
import { L2_BASE_TOKEN_ADDRESS } from '../tokens'

/** What a source's logs are. */
export type LogSourceKind =
  | 'base-token-deposit'
  | 'legacy-erc20-deposit'
  | 'base-token-withdrawal'
  | 'asset-router-withdrawal'
  | 'legacy-withdrawal'

/** Every source's id: what cursors record progress under and pairs give start blocks for. */
export const HISTORY_SOURCE_IDS = {
  assetRouterDeposit: 'l1:asset-router:base-token-deposit:v26',
  sharedBridgeDeposit: 'l1:shared-bridge:base-token-deposit:v24',
  legacyErc20Deposit: 'l1:legacy-erc20-bridge:deposit',
  baseTokenWithdrawal: 'l2:base-token:withdrawal',
  assetRouterWithdrawal: 'l2:asset-router:withdrawal',
  legacyWithdrawal: 'l2:legacy-shared-bridge:withdrawal',
} as const

/** One event at one address that holds an account's transfers, on one layer. */
export type LogSource = {
  /** Stable: what the history cursor records progress under. */
  id: string
  kind: LogSourceKind
  layer: 'l1' | 'l2'
  address: Address
  event: AbiEvent
  topic0: Hex
  /** The indexed topic that holds the account (the same for every source of a layer). */
  accountTopic: 1 | 2
  /** Only L1 base-token events carry the L2 chain id, in topic 1. */
  chainIdTopic: boolean
}

const only = <abi extends readonly AbiEvent[]>(abi: abi) => {
  const [event] = abi
  if (!event) throw new Error('empty ABI')
  return event
}

function source(
  id: string,
  kind: LogSourceKind,
  layer: 'l1' | 'l2',
  address: Address,
  abi: readonly AbiEvent[],
  chainIdTopic = false,
): LogSource {
  const event = only(abi)
  return {
    id,
    kind,
    layer,
    address,
    event,
    topic0: toEventSelector(event),
    accountTopic: layer === 'l1' ? 2 : 1,
    chainIdTopic,
  }
}

/**
 * Every place an account's transfers leave a log, over the protocol's life (real-networks.md §3):
 * deposits on L1 (the asset router's v26+ event, the old shared bridge's v24–v25 one at today's
 * nullifier address, Era's legacy L1ERC20Bridge), withdrawals on L2 (the base token, the asset
 * router, Era's legacy L2 bridge). Each deposit of v24+ emits a base-token event (its fee), so
 * the base-token events alone find every one; the two-bridges events are read from its receipt.
 * Pre-v24 ETH deposits went to the Mailbox, whose event does not index the sender: they cannot be
 * found by account (look them up by hash).
 */
export function historySources(bridges: BridgeContracts): LogSource[] {
  const e = historyEventsAbi
  const ids = HISTORY_SOURCE_IDS
  const sources = [
    source(
      ids.assetRouterDeposit,
      'base-token-deposit',
      'l1',
      bridges.l1AssetRouter,
      e.baseTokenDepositV26,
      true,
    ),
    bridges.l1Nullifier &&
      source(
        ids.sharedBridgeDeposit,
        'base-token-deposit',
        'l1',
        bridges.l1Nullifier,
        e.baseTokenDepositV24,
        true,
      ),
    bridges.l1LegacyErc20Bridge &&
      source(
        ids.legacyErc20Deposit,
        'legacy-erc20-deposit',
        'l1',
        bridges.l1LegacyErc20Bridge,
        e.legacyErc20Deposit,
      ),
    source(
      ids.baseTokenWithdrawal,
      'base-token-withdrawal',
      'l2',
      L2_BASE_TOKEN_ADDRESS,
      e.baseTokenWithdrawal,
    ),
    source(
      ids.assetRouterWithdrawal,
      'asset-router-withdrawal',
      'l2',
      bridges.l2AssetRouter ?? L2_ASSET_ROUTER_ADDRESS,
      e.tokenWithdrawal,
    ),
    bridges.l2LegacySharedBridge &&
      source(
        ids.legacyWithdrawal,
        'legacy-withdrawal',
        'l2',
        bridges.l2LegacySharedBridge,
        e.legacyTokenWithdrawal,
      ),
  ]
  return sources.filter((s): s is LogSource => Boolean(s))
}

/**
 * One `eth_getLogs` filter for several sources of a layer: their addresses, their topic0s, and
 * the account in the topic they share. Logs of an address are matched to its own event later
 * (`sourceOfLog`): one request per window whatever the number of sources.
 */
export function logsFilter(sources: readonly LogSource[], account: Address) {
  const [first] = sources
  if (!first) throw new Error('logsFilter: no source')
  if (sources.some((s) => s.accountTopic !== first.accountTopic))
    throw new Error('logsFilter: sources index the account in different topics')
  const accountTopic = pad(account, { size: 32 })
  const topics: (Hex | Hex[] | null)[] = [[...new Set(sources.map((s) => s.topic0))]]
  for (let i = 1; i < first.accountTopic; i++) topics.push(null)
  topics.push(accountTopic)
  return { address: [...new Set(sources.map((s) => s.address))], topics }
}

/** The source a log comes from (its address and topic0), or `undefined` for a stray one. */
export function sourceOfLog(
  sources: readonly LogSource[],
  log: { address: string; topics: readonly string[] },
  l2ChainId: number,
): LogSource | undefined {
  const found = sources.find(
    (s) => s.address.toLowerCase() === log.address.toLowerCase() && s.topic0 === log.topics[0],
  )
  if (!found?.chainIdTopic) return found
  const chainTopic = log.topics[1]
  return chainTopic !== undefined && BigInt(chainTopic) === BigInt(l2ChainId) ? found : undefined
}
