import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import {
  type GetWithdrawalStatusQueryParameters,
  getWithdrawalStatusQueryOptions,
} from '../bridge/query/getWithdrawalStatus'

/** A withdrawal's stage, whether and why it can(not) be finalized, and its ETA; any L2 hash. */
export function useWithdrawalStatus(parameters: GetWithdrawalStatusQueryParameters) {
  return useQuery(getWithdrawalStatusQueryOptions(useConfig(), parameters))
}
