import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import {
  type DiscoverTransfersQueryParameters,
  discoverTransfersQueryOptions,
} from '../bridge/query/discoverTransfers'
import { appStorage } from '../lib/storage'

/**
 * The account's transfers on a pair found on chain (no explorer, no indexer), with how far back
 * the search has looked; the data follows the search while it runs.
 */
export function useDiscoverTransfers(
  parameters: Omit<DiscoverTransfersQueryParameters, 'storage'> & {
    storage?: DiscoverTransfersQueryParameters['storage']
  },
) {
  return useQuery(
    discoverTransfersQueryOptions(useConfig(), { storage: appStorage(), ...parameters }),
  )
}
