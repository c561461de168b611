import { useQuery } from '@tanstack/react-query'
import type { Address } from 'viem'
import { useConfig } from 'wagmi'
import { tokenBalanceQueryOptions } from '../bridge/query/tokenQueryOptions'

/** Balance of the chain's native coin (`token` = `0x0…0`) or of an ERC-20. */
export function useTokenBalance(parameters: {
  chainId: number
  token: Address
  account?: Address
}) {
  const config = useConfig()
  return useQuery(
    tokenBalanceQueryOptions(config, {
      chainId: parameters.chainId,
      token: parameters.token,
      account: parameters.account,
    }),
  )
}
