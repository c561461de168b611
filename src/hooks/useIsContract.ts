import { useQuery } from '@tanstack/react-query'
import type { Address } from 'viem'
import { useConfig } from 'wagmi'
import { isContractQueryOptions } from '../bridge/query/tokenQueryOptions'

/** Whether an address is a contract on the chain (recipient warnings). */
export function useIsContract(parameters: { chainId: number; address?: Address }) {
  const config = useConfig()
  return useQuery(
    isContractQueryOptions(config, { chainId: parameters.chainId, address: parameters.address }),
  )
}
