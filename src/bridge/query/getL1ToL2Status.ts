import type { Config } from '@wagmi/core'
import type { Hash } from 'viem'
import { getL1ToL2Status, type L1ToL2StatusInfo } from '../actions/getL1ToL2Status'
import { getBridgeClients } from '../clients'
import { depositTrigger } from '../model/progress'
import type { ChainPair } from '../pair'
import { bridgeKeys } from './keys'
import type { QueryParameter } from './parameters'
import { safetyInterval } from './pollInterval'

export type GetL1ToL2StatusQueryParameters = {
  pair: ChainPair
  l1Hash: Hash
} & QueryParameter<L1ToL2StatusInfo>

/**
 * Where an L1→L2 call (request execute) is, by its L1 hash: L1 pending → L2 pending → L2
 * success/failed — the same stages as a deposit, re-read as the chains move.
 */
export function getL1ToL2StatusQueryOptions(
  config: Config,
  parameters: GetL1ToL2StatusQueryParameters,
) {
  const { pair, l1Hash, query } = parameters
  return {
    // re-read when the chain does what it waits for (followChainProgress); this is the safety net
    refetchInterval: (q: { state: { data?: L1ToL2StatusInfo | undefined } }) => {
      const data = q.state.data
      return data && depositTrigger(data) === undefined ? false : safetyInterval(pair)
    },
    ...query,
    queryKey: bridgeKeys.l1ToL2Status({ l1ChainId: pair.l1.id, l2ChainId: pair.l2.id, l1Hash }),
    queryFn: (): Promise<L1ToL2StatusInfo> =>
      getL1ToL2Status({ ...getBridgeClients(config, pair), l1Hash }),
  }
}
