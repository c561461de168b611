import type { Config } from '@wagmi/core'
import type { Abi, Hash } from 'viem'
import { getRevertReason } from '../actions/getRevertReason'
import { getChainClient } from '../clients'
import { bridgeKeys } from './keys'
import { isEnabled, type QueryParameter } from './parameters'

export type GetRevertReasonQueryParameters = {
  chainId: number
  /** The failed transaction (none yet: the query waits). */
  hash?: Hash | undefined
  /** Decodes the contract's custom errors. */
  abi?: Abi | undefined
} & QueryParameter<string | null>

/** The decoded revert reason of a failed transaction (`null` when the node tells nothing). */
export function getRevertReasonQueryOptions(
  config: Config,
  parameters: GetRevertReasonQueryParameters,
) {
  const { chainId, hash, abi, query } = parameters
  return {
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    ...query,
    enabled: isEnabled(hash !== undefined, query),
    queryKey: bridgeKeys.revertReason({
      chainId,
      hash,
      abiKey: abi
        ? JSON.stringify(abi.map((item) => ('name' in item ? item.name : item.type)))
        : '',
    }),
    queryFn: async (): Promise<string | null> => {
      if (!hash) throw new Error('getRevertReason: no hash')
      return (
        (await getRevertReason({
          client: getChainClient(config, chainId),
          hash,
          ...(abi ? { abi } : {}),
        })) ?? null
      )
    },
  }
}
