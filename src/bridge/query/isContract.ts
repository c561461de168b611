import type { Config } from '@wagmi/core'
import type { Address } from 'viem'
import { isContract } from '../actions/isContract'
import { getChainClient } from '../clients'
import { bridgeKeys } from './keys'
import { isEnabled, type QueryParameter } from './parameters'

export type IsContractQueryParameters = {
  chainId: number
  address?: Address | undefined
} & QueryParameter<boolean>

/** Whether an address is a contract on the chain (recipient warnings). */
export function isContractQueryOptions(config: Config, parameters: IsContractQueryParameters) {
  const { chainId, address, query } = parameters
  return {
    staleTime: 60_000,
    ...query,
    enabled: isEnabled(Boolean(address), query),
    queryKey: bridgeKeys.isContract({ chainId, address }),
    queryFn: (): Promise<boolean> => {
      if (!address) throw new Error('isContract: no address')
      return isContract({ client: getChainClient(config, chainId), address })
    },
  }
}
