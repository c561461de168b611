import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import { type IsContractQueryParameters, isContractQueryOptions } from '../bridge/query/isContract'

/** Whether an address is a contract on the chain (recipient warnings). */
export function useIsContract(parameters: IsContractQueryParameters) {
  return useQuery(isContractQueryOptions(useConfig(), parameters))
}
