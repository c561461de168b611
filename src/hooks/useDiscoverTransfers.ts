import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import {
  type DiscoverTransfersQueryParameters,
  discoverTransfersQueryOptions,
} from '../bridge/query/discoverTransfers'

/** The account's transfers on a pair found on chain (no explorer, no indexer). */
export function useDiscoverTransfers(parameters: DiscoverTransfersQueryParameters) {
  return useQuery(discoverTransfersQueryOptions(useConfig(), parameters))
}
