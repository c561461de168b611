import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import {
  type GetBaseCostQueryParameters,
  getBaseCostQueryOptions,
} from '../bridge/query/getBaseCost'

/** The L2 base cost of an L1→L2 transaction (live L1 gas price unless one is given). */
export function useBaseCost(parameters: GetBaseCostQueryParameters) {
  return useQuery(getBaseCostQueryOptions(useConfig(), parameters))
}
