import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import {
  type GetWithdrawalQuoteQueryParameters,
  getWithdrawalQuoteQueryOptions,
} from '../bridge/query/getWithdrawalQuote'

/** The L2 fee of a withdrawal and the L2 token it burns. */
export function useWithdrawalQuote(parameters: GetWithdrawalQuoteQueryParameters) {
  return useQuery(getWithdrawalQuoteQueryOptions(useConfig(), parameters))
}
