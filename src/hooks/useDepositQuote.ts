import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import {
  type GetDepositQuoteQueryParameters,
  getDepositQuoteQueryOptions,
} from '../bridge/query/getDepositQuote'

/** Fees and requirements of a deposit; the previous quote stays while a new one is computed. */
export function useDepositQuote(parameters: GetDepositQuoteQueryParameters) {
  return useQuery(getDepositQuoteQueryOptions(useConfig(), parameters))
}
