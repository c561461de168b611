import { useQuery } from '@tanstack/react-query'
import type { Address } from 'viem'
import { useConfig } from 'wagmi'
import { tokenInfoQueryOptions } from '../bridge/query/tokenQueryOptions'

/** Name, symbol and decimals of an ERC-20 read on chain (import a token by address). */
export function useTokenInfo(parameters: { chainId: number; address?: Address }) {
  const config = useConfig()
  return useQuery(
    tokenInfoQueryOptions(config, { chainId: parameters.chainId, address: parameters.address }),
  )
}
