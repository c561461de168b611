import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import {
  type GetDepositStatusQueryParameters,
  getDepositStatusQueryOptions,
} from '../bridge/query/getDepositStatus'

/** Live progress of a deposit (polls until it reaches a terminal status). */
export function useDepositStatus(parameters: GetDepositStatusQueryParameters) {
  return useQuery(getDepositStatusQueryOptions(useConfig(), parameters))
}
