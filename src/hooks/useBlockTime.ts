import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import {
  type GetBlockTimeQueryParameters,
  getBlockTimeQueryOptions,
} from '../bridge/query/getBlockTime'

/** When a block was made, in ms since the epoch. */
export function useBlockTime(parameters: GetBlockTimeQueryParameters) {
  return useQuery(getBlockTimeQueryOptions(useConfig(), parameters))
}
