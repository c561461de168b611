import type { Config } from '@wagmi/core'
import { getChainCapabilities } from '../actions/getChainCapabilities'
import { getBridgeClients } from '../clients'
import type { ChainPair } from '../pair'
import type { ChainCapabilities } from '../protocol/capabilities'
import { bridgeKeys } from './keys'
import type { QueryParameter } from './parameters'

export type GetChainCapabilitiesQueryParameters = {
  pair: ChainPair
} & QueryParameter<ChainCapabilities>

/** What the pair's L2 can do (Era or ZKsync OS node): probed once, kept for the session. */
export function getChainCapabilitiesQueryOptions(
  config: Config,
  parameters: GetChainCapabilitiesQueryParameters,
) {
  const { pair, query } = parameters
  return {
    staleTime: Number.POSITIVE_INFINITY,
    ...query,
    queryKey: bridgeKeys.chainCapabilities({ l2ChainId: pair.l2.id }),
    queryFn: (): Promise<ChainCapabilities> =>
      getChainCapabilities({ l2: getBridgeClients(config, pair).l2 }),
  }
}
