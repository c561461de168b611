import type { QueryFunctionContext } from '@tanstack/query-core'
import type { Config } from '@wagmi/core'
import type { Address } from 'viem'
import { getL2TokenAddress } from '../actions/getL2TokenAddress'
import { getBridgeClients } from '../clients'
import type { ChainPair } from '../pair'
import { type TokenRef, tokenKey } from '../tokens'
import { getBaseTokenQueryOptions } from './getBaseToken'
import { bridgeKeys } from './keys'
import type { QueryParameter } from './parameters'

export type GetL2TokenAddressQueryParameters = {
  pair: ChainPair
  token: TokenRef
} & QueryParameter<Address>

/** The L2 address of a token (0x…800a for the base token); it never changes. */
export function getL2TokenAddressQueryOptions(
  config: Config,
  parameters: GetL2TokenAddressQueryParameters,
) {
  const { pair, token, query } = parameters
  return {
    staleTime: Number.POSITIVE_INFINITY,
    ...query,
    queryKey: bridgeKeys.l2TokenAddress({ l2ChainId: pair.l2.id, token: tokenKey(token) }),
    queryFn: async ({ client }: QueryFunctionContext): Promise<Address> =>
      getL2TokenAddress({
        l2: getBridgeClients(config, pair).l2,
        token,
        baseTokenL1: await client.fetchQuery(getBaseTokenQueryOptions(config, { pair })),
        l1ChainId: pair.l1.id,
      }),
  }
}
