import { QueryClient } from '@tanstack/react-query'
import { UserRejectedRequestError } from 'viem'
import { hashFn } from 'wagmi/query'
import { followChainProgress } from '../bridge/query/followChainProgress'
import { persistTransferStatuses } from '../bridge/query/persistTransferStatuses'
import { appStorage, type StorageLike } from '../lib/storage'

/** Retry a failed read twice, except when the user said no in the wallet. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false
  if (error instanceof UserRejectedRequestError) return false
  if ((error as { code?: unknown } | null)?.code === UserRejectedRequestError.code) return false
  return true
}

/**
 * The app's one QueryClient. `hashFn` (wagmi's) hashes query keys holding bigints, which the
 * default JSON hash cannot. Chain data changes with every block, so data is fresh for a few
 * seconds only; window focus refetches stale queries; mutations (transactions) never retry.
 * What status queries learn is saved to `storage`'s transfers (`persistTransferStatuses`);
 * statuses are re-read when the chains do what they wait for (`followChainProgress`).
 */
export function createQueryClient(storage: StorageLike = appStorage()): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        queryKeyHashFn: hashFn,
        staleTime: 4_000,
        gcTime: 10 * 60_000,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1_000 * 2 ** attempt, 8_000),
        refetchOnWindowFocus: true,
      },
      mutations: {
        retry: false,
      },
    },
  })
  persistTransferStatuses(client, storage)
  followChainProgress(client)
  return client
}

export const queryClient = createQueryClient()
