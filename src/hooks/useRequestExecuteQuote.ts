import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import {
  type GetRequestExecuteQuoteQueryParameters,
  getRequestExecuteQuoteQueryOptions,
} from '../bridge/query/getRequestExecuteQuote'

/** L2 gas (estimated unless given), base cost and values of an L1→L2 call. */
export function useRequestExecuteQuote(parameters: GetRequestExecuteQuoteQueryParameters) {
  return useQuery(getRequestExecuteQuoteQueryOptions(useConfig(), parameters))
}
