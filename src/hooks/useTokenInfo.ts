import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import {
  type GetTokenInfoQueryParameters,
  getTokenInfoQueryOptions,
} from '../bridge/query/getTokenInfo'

/** Name, symbol and decimals of an ERC-20 read on chain (import a token by address). */
export function useTokenInfo(parameters: GetTokenInfoQueryParameters) {
  return useQuery(getTokenInfoQueryOptions(useConfig(), parameters))
}
