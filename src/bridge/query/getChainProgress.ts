import type { Config } from '@wagmi/core'
import { getChainProgress } from '../actions/getChainProgress'
import { getBridgeClients } from '../clients'
import type { ChainProgress } from '../model/progress'
import type { ChainPair } from '../pair'
import { bridgeKeys } from './keys'
import { isEnabled, type QueryParameter } from './parameters'
import { pollInterval } from './pollInterval'

export type GetChainProgressQueryParameters = { pair: ChainPair } & QueryParameter<ChainProgress>

/**
 * How far the pair's chains are, re-read every few seconds while a status waiting on them is on
 * screen (only then: the status hooks enable it). `followChainProgress` re-reads the statuses
 * whose awaited event it reports.
 */
export function getChainProgressQueryOptions(
  config: Config,
  parameters: GetChainProgressQueryParameters,
) {
  const { pair, query } = parameters
  return {
    staleTime: 0,
    refetchInterval: pollInterval(pair),
    ...query,
    enabled: isEnabled(true, query),
    queryKey: bridgeKeys.chainProgress({ l1ChainId: pair.l1.id, l2ChainId: pair.l2.id }),
    queryFn: (): Promise<ChainProgress> => getChainProgress(getBridgeClients(config, pair)),
  }
}
