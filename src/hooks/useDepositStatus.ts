import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import { depositTrigger } from '../bridge/model/progress'
import {
  type GetDepositStatusQueryParameters,
  getDepositStatusQueryOptions,
} from '../bridge/query/getDepositStatus'
import { useChainProgress } from './useChainProgress'

/** Live progress of a deposit, re-read as the chains move until it reaches a terminal status. */
export function useDepositStatus(parameters: GetDepositStatusQueryParameters) {
  const status = useQuery(getDepositStatusQueryOptions(useConfig(), parameters))
  const waits =
    parameters.query?.enabled !== false &&
    (status.isError || (status.data !== undefined && depositTrigger(status.data) !== undefined))
  useChainProgress({ pair: parameters.pair, query: { enabled: waits } })
  return status
}
