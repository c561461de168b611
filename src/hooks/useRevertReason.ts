import { useQuery } from '@tanstack/react-query'
import type { Abi, Hash } from 'viem'
import { useConfig } from 'wagmi'
import { revertReasonQueryOptions } from '../bridge/query/l1ToL2QueryOptions'

/** Why a transaction reverted, decoded with `abi` when given (only asked for when `hash` is set). */
export function useRevertReason(parameters: { chainId: number; hash?: Hash; abi?: Abi }) {
  const options = revertReasonQueryOptions(useConfig(), {
    chainId: parameters.chainId,
    hash: parameters.hash ?? '0x',
    ...(parameters.abi ? { abi: parameters.abi } : {}),
  })
  return useQuery({ ...options, enabled: Boolean(parameters.hash) })
}
