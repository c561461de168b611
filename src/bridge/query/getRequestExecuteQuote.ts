import type { Config } from '@wagmi/core'
import type { Address, Hex } from 'viem'
import { getRequestExecuteQuote, type RequestExecuteQuote } from '../actions/getRequestExecuteQuote'
import { getBridgeClients } from '../clients'
import type { ChainPair } from '../pair'
import { bridgeKeys } from './keys'
import { isEnabled, type QueryParameter } from './parameters'

export type GetRequestExecuteQuoteQueryParameters = {
  pair: ChainPair
  from?: Address | undefined
  contractAddress?: Address | undefined
  calldata?: Hex | undefined
  l2Value?: bigint | undefined
  l2GasLimit?: bigint | undefined
} & QueryParameter<RequestExecuteQuote>

/** The cost of an L1→L2 call: estimated L2 gas, base cost, mint value, L1 value. */
export function getRequestExecuteQuoteQueryOptions(
  config: Config,
  parameters: GetRequestExecuteQuoteQueryParameters,
) {
  const { pair, from, contractAddress, calldata, l2GasLimit, query } = parameters
  const l2Value = parameters.l2Value ?? 0n
  return {
    refetchInterval: 15_000,
    retry: false,
    ...query,
    enabled: isEnabled(Boolean(from && contractAddress) && calldata !== undefined, query),
    queryKey: bridgeKeys.requestExecuteQuote({
      l2ChainId: pair.l2.id,
      from,
      contractAddress,
      calldata,
      l2Value,
      l2GasLimit,
    }),
    queryFn: (): Promise<RequestExecuteQuote> => {
      if (!from || !contractAddress || calldata === undefined)
        throw new Error('getRequestExecuteQuote: missing input')
      return getRequestExecuteQuote({
        ...getBridgeClients(config, pair),
        from,
        contractAddress,
        calldata,
        l2Value,
        ...(l2GasLimit ? { l2GasLimit } : {}),
      })
    },
  }
}
