import { useQuery } from '@tanstack/react-query'
import type { Hash } from 'viem'
import { useConfig } from 'wagmi'
import { claimStatusQueryOptions } from '../bridge/query/l1ToL2QueryOptions'
import type { ChainPair } from '../config/chains'

/** Whether a deposit (by its L1 or L2 hash) can be claimed back on L1, and why not. */
export function useClaimStatus(parameters: { pair: ChainPair; hash?: Hash }) {
  const config = useConfig()
  const options = claimStatusQueryOptions(config, {
    pair: parameters.pair,
    hash: parameters.hash ?? '0x',
  })
  return useQuery({ ...options, enabled: Boolean(parameters.hash) })
}
