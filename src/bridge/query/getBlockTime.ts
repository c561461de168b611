import type { Config } from '@wagmi/core'
import { getBlockTime } from '../actions/getBlockTime'
import { getChainClient } from '../clients'
import { bridgeKeys } from './keys'
import { isEnabled, type QueryParameter } from './parameters'

export type GetBlockTimeQueryParameters = {
  chainId: number
  blockNumber?: bigint | undefined
} & QueryParameter<number>

/** When a block was made (it never changes). */
export function getBlockTimeQueryOptions(config: Config, parameters: GetBlockTimeQueryParameters) {
  const { chainId, blockNumber, query } = parameters
  return {
    staleTime: Number.POSITIVE_INFINITY,
    ...query,
    enabled: isEnabled(blockNumber !== undefined, query),
    queryKey: bridgeKeys.blockTime({ chainId, blockNumber }),
    queryFn: (): Promise<number> => {
      if (blockNumber === undefined) throw new Error('getBlockTime: no block')
      return getBlockTime({ client: getChainClient(config, chainId), blockNumber })
    },
  }
}
