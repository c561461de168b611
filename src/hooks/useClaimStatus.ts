import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import { claimTrigger } from '../bridge/model/progress'
import {
  type GetClaimStatusQueryParameters,
  getClaimStatusQueryOptions,
} from '../bridge/query/getClaimStatus'
import { useChainProgress } from './useChainProgress'

/** Whether a deposit (by its L1 or L2 hash) can be claimed back on L1, and why not. */
export function useClaimStatus(parameters: GetClaimStatusQueryParameters) {
  const status = useQuery(getClaimStatusQueryOptions(useConfig(), parameters))
  const waits =
    status.isError || (status.data !== undefined && claimTrigger(status.data) !== undefined)
  useChainProgress({ pair: parameters.pair, query: { enabled: waits } })
  return status
}
