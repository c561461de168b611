import type { Config } from '@wagmi/core'
import type { Address } from 'viem'
import { getTokenInfo, type TokenInfo } from '../actions/getTokenInfo'
import { getChainClient } from '../clients'
import { bridgeKeys } from './keys'
import { isEnabled, type QueryParameter } from './parameters'

export type GetTokenInfoQueryParameters = {
  chainId: number
  address?: Address | undefined
} & QueryParameter<TokenInfo>

/** Name, symbol and decimals of an ERC-20 read on chain (importing a token by address). */
export function getTokenInfoQueryOptions(config: Config, parameters: GetTokenInfoQueryParameters) {
  const { chainId, address, query } = parameters
  return {
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    ...query,
    enabled: isEnabled(Boolean(address), query),
    queryKey: bridgeKeys.tokenInfo({ chainId, address }),
    queryFn: (): Promise<TokenInfo> => {
      if (!address) throw new Error('getTokenInfo: no address')
      return getTokenInfo({ client: getChainClient(config, chainId), address })
    },
  }
}
