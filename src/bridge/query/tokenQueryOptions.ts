import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { getTokenBalance } from '../actions/getTokenBalance'
import { getTokenInfo, type TokenInfo } from '../actions/getTokenInfo'
import { isContract } from '../actions/isContract'
import { publicClientOf } from './clients'
import { bridgeKeys } from './keys'

export function tokenBalanceQueryOptions(
  config: Config,
  p: { chainId: number; token: Address; account: Address | undefined },
) {
  return {
    queryKey: bridgeKeys.tokenBalance(p),
    queryFn: (): Promise<bigint> => {
      if (!p.account) throw new Error('tokenBalance: no account')
      return getTokenBalance({
        client: publicClientOf(config, p.chainId),
        token: p.token,
        account: p.account,
      })
    },
    enabled: Boolean(p.account),
    refetchInterval: 12_000,
  }
}

export function tokenInfoQueryOptions(
  config: Config,
  p: { chainId: number; address: Address | undefined },
) {
  return {
    queryKey: bridgeKeys.tokenInfo(p),
    queryFn: (): Promise<TokenInfo> => {
      if (!p.address) throw new Error('tokenInfo: no address')
      return getTokenInfo({ client: publicClientOf(config, p.chainId), address: p.address })
    },
    enabled: Boolean(p.address),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  }
}

export function isContractQueryOptions(
  config: Config,
  p: { chainId: number; address: Address | undefined },
) {
  return {
    queryKey: bridgeKeys.isContract(p),
    queryFn: (): Promise<boolean> => {
      if (!p.address) throw new Error('isContract: no address')
      return isContract({ client: publicClientOf(config, p.chainId), address: p.address })
    },
    enabled: Boolean(p.address),
    staleTime: 60_000,
  }
}
