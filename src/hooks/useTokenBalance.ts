import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import {
  type GetTokenBalanceQueryParameters,
  getTokenBalanceQueryOptions,
} from '../bridge/query/getTokenBalance'

/** Balance of the chain's native coin (`token` = `0x0…0`) or of an ERC-20. */
export function useTokenBalance(parameters: GetTokenBalanceQueryParameters) {
  return useQuery(getTokenBalanceQueryOptions(useConfig(), parameters))
}
