import { keepPreviousData, type QueryFunctionContext } from '@tanstack/query-core'
import type { Config } from '@wagmi/core'
import type { Address } from 'viem'
import type { StorageLike } from '../../lib/storage'
import { type DiscoveredHistory, discoverTransfers } from '../actions/discoverTransfers'
import { getBridgeClients } from '../clients'
import type { ChainPair } from '../pair'
import { bridgeKeys } from './keys'
import { isEnabled, type QueryParameter } from './parameters'

export type DiscoverTransfersQueryParameters = {
  pair: ChainPair
  account?: Address | undefined
  /** Where the search is remembered (the history cursor). */
  storage: StorageLike
  /** Raised by "search older": each value is one search further back than the last. */
  depth?: number | undefined
} & QueryParameter<DiscoveredHistory>

/** Windows one search goes further back than what is remembered. */
export const SEARCH_WINDOWS = 300

/**
 * The account's transfers on a pair found on chain (deposits on L1, withdrawals on L2). Its data
 * follows the search as it goes (progress and the transfers found so far), then the result. The
 * first run at a depth searches `SEARCH_WINDOWS` further back than remembered; refreshes read
 * only the blocks since (at most a request per layer when nothing happened).
 */
export function discoverTransfersQueryOptions(
  config: Config,
  parameters: DiscoverTransfersQueryParameters,
) {
  const { pair, account, storage, query } = parameters
  const depth = parameters.depth ?? 1
  return {
    staleTime: 30_000,
    refetchInterval: 120_000,
    // "search older" is a new key: the list stays while it searches
    placeholderData: keepPreviousData,
    ...query,
    enabled: isEnabled(Boolean(account), query),
    queryKey: bridgeKeys.discoverTransfers({ pairId: pair.id, account, depth }),
    queryFn: async ({
      client,
      queryKey,
      signal,
    }: QueryFunctionContext): Promise<DiscoveredHistory> => {
      if (!account) throw new Error('discoverTransfers: no account')
      // a finished search at this depth: only what is new since; else search (further) back
      const previous = client.getQueryData<DiscoveredHistory>(queryKey)
      const refresh = previous !== undefined && !previous.searching
      const h = pair.history
      return discoverTransfers({
        ...getBridgeClients(config, pair),
        pairId: pair.id,
        account,
        storage,
        signal,
        startBlocks: { l1: h?.l1StartBlock, l2: h?.l2StartBlock, sources: h?.sourceStartBlocks },
        windows: {
          l1: { initial: h?.l1LogsWindow },
          l2: { initial: h?.l2LogsWindow, max: h?.l2MaxLogsWindow },
        },
        depthWindows: refresh ? 0 : SEARCH_WINDOWS,
        onProgress: (history) => client.setQueryData(queryKey, history),
      })
    },
  }
}
