import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import { withdrawalTrigger } from '../bridge/model/progress'
import {
  type GetWithdrawalStatusQueryParameters,
  getWithdrawalStatusQueryOptions,
} from '../bridge/query/getWithdrawalStatus'
import { useChainProgress } from './useChainProgress'

/** A withdrawal's stage, whether and why it can(not) be finalized, and its ETA; any L2 hash. */
export function useWithdrawalStatus(parameters: GetWithdrawalStatusQueryParameters) {
  const status = useQuery(getWithdrawalStatusQueryOptions(useConfig(), parameters))
  const waits =
    status.isError || (status.data !== undefined && withdrawalTrigger(status.data) !== undefined)
  useChainProgress({ pair: parameters.pair, query: { enabled: waits } })
  return status
}
