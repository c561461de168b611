import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import {
  type GetClaimStatusQueryParameters,
  getClaimStatusQueryOptions,
} from '../bridge/query/getClaimStatus'

/** Whether a deposit (by its L1 or L2 hash) can be claimed back on L1, and why not. */
export function useClaimStatus(parameters: GetClaimStatusQueryParameters) {
  return useQuery(getClaimStatusQueryOptions(useConfig(), parameters))
}
