import type { Config } from '@wagmi/core'
import { type BaseCost, getBaseCost } from '../actions/getBaseCost'
import { getBridgeClients } from '../clients'
import type { ChainPair } from '../pair'
import { bridgeKeys } from './keys'
import { isEnabled, type QueryParameter } from './parameters'

export type GetBaseCostQueryParameters = {
  pair: ChainPair
  /** Default: the live L1 fee (refreshed). */
  gasPrice?: bigint | undefined
  l2GasLimit?: bigint | undefined
} & QueryParameter<BaseCost>

/** `Bridgehub.l2TransactionBaseCost` for a gas price (default: live L1 fee) and L2 gas limit. */
export function getBaseCostQueryOptions(config: Config, parameters: GetBaseCostQueryParameters) {
  const { pair, gasPrice, l2GasLimit, query } = parameters
  return {
    refetchInterval: gasPrice === undefined ? 12_000 : (false as const),
    ...query,
    enabled: isEnabled(l2GasLimit !== undefined, query),
    queryKey: bridgeKeys.baseCost({ l2ChainId: pair.l2.id, gasPrice, l2GasLimit }),
    queryFn: (): Promise<BaseCost> => {
      if (l2GasLimit === undefined) throw new Error('getBaseCost: no gas limit')
      return getBaseCost({
        ...getBridgeClients(config, pair),
        l2GasLimit,
        ...(gasPrice === undefined ? {} : { gasPrice }),
      })
    },
  }
}
