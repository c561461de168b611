import type { Config } from '@wagmi/core'
import type { Address } from 'viem'
import { getBaseToken } from '../actions/getBaseToken'
import { getBridgeClients } from '../clients'
import type { ChainPair } from '../pair'
import { bridgeKeys } from './keys'
import type { QueryParameter } from './parameters'

export type GetBaseTokenQueryParameters = { pair: ChainPair } & QueryParameter<Address>

/** The pair's base token on L1 (`0x…01` for ETH): read once, it never changes. */
export function getBaseTokenQueryOptions(config: Config, parameters: GetBaseTokenQueryParameters) {
  const { pair, query } = parameters
  return {
    staleTime: Number.POSITIVE_INFINITY,
    ...query,
    queryKey: bridgeKeys.baseToken({ l1ChainId: pair.l1.id, l2ChainId: pair.l2.id }),
    queryFn: (): Promise<Address> => getBaseToken(getBridgeClients(config, pair)),
  }
}
