import type { Config } from '@wagmi/core'
import type { Address } from 'viem'
import { getTokenBalance } from '../actions/getTokenBalance'
import { getChainClient } from '../clients'
import { bridgeKeys } from './keys'
import { isEnabled, type QueryParameter } from './parameters'

export type GetTokenBalanceQueryParameters = {
  chainId: number
  /** An ERC-20 on this chain, or `0x0…0` for the chain's native coin. */
  token: Address
  account?: Address | undefined
} & QueryParameter<bigint>

/** Balance of the chain's native coin or of an ERC-20, refreshed every block or so. */
export function getTokenBalanceQueryOptions(
  config: Config,
  parameters: GetTokenBalanceQueryParameters,
) {
  const { chainId, token, account, query } = parameters
  return {
    refetchInterval: 12_000,
    ...query,
    enabled: isEnabled(Boolean(account), query),
    queryKey: bridgeKeys.tokenBalance({ chainId, token, account }),
    queryFn: (): Promise<bigint> => {
      if (!account) throw new Error('getTokenBalance: no account')
      return getTokenBalance({ client: getChainClient(config, chainId), token, account })
    },
  }
}
