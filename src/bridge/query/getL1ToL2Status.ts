import type { Config } from '@wagmi/core'
import type { Hash } from 'viem'
import { getL1ToL2Status, type L1ToL2StatusInfo } from '../actions/getL1ToL2Status'
import { getBridgeClients } from '../clients'
import { isTerminal } from '../model/status'
import type { ChainPair } from '../pair'
import { bridgeKeys } from './keys'
import type { QueryParameter } from './parameters'
import { pollInterval } from './pollInterval'

export type GetL1ToL2StatusQueryParameters = {
  pair: ChainPair
  l1Hash: Hash
} & QueryParameter<L1ToL2StatusInfo>

/**
 * Where an L1→L2 call (request execute) is, by its L1 hash: L1 pending → L2 pending → L2
 * success/failed — the same stages as a deposit. Polls until terminal.
 */
export function getL1ToL2StatusQueryOptions(
  config: Config,
  parameters: GetL1ToL2StatusQueryParameters,
) {
  const { pair, l1Hash, query } = parameters
  return {
    refetchInterval: (q: { state: { data?: L1ToL2StatusInfo | undefined } }) => {
      const status = q.state.data?.status
      return status && isTerminal(status, 'deposit') ? false : pollInterval(pair)
    },
    ...query,
    queryKey: bridgeKeys.l1ToL2Status({ l1ChainId: pair.l1.id, l2ChainId: pair.l2.id, l1Hash }),
    queryFn: (): Promise<L1ToL2StatusInfo> =>
      getL1ToL2Status({ ...getBridgeClients(config, pair), l1Hash }),
  }
}
