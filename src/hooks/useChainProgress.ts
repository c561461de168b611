import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import {
  type GetChainProgressQueryParameters,
  getChainProgressQueryOptions,
} from '../bridge/query/getChainProgress'

/**
 * How far the pair's chains are (heads, batch counters). The status hooks enable it while a
 * status waits on the chain: one read per pair, however many rows, and none when nothing waits.
 */
export function useChainProgress(parameters: GetChainProgressQueryParameters) {
  return useQuery(getChainProgressQueryOptions(useConfig(), parameters))
}
