import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import { baseCostQueryOptions } from '../bridge/query/l1ToL2QueryOptions'
import type { ChainPair } from '../config/chains'

/** The L2 base cost of an L1→L2 transaction (live L1 gas price unless one is given). */
export function useBaseCost(parameters: {
  pair: ChainPair
  gasPrice?: bigint
  l2GasLimit?: bigint
}) {
  const config = useConfig()
  return useQuery(
    baseCostQueryOptions(config, {
      pair: parameters.pair,
      gasPrice: parameters.gasPrice,
      l2GasLimit: parameters.l2GasLimit,
    }),
  )
}
