import { useQuery } from '@tanstack/react-query'
import type { Hash } from 'viem'
import { useConfig } from 'wagmi'
import { l1ToL2StatusQueryOptions } from '../bridge/query/l1ToL2QueryOptions'
import type { ChainPair } from '../config/chains'

/** Progress of an L1→L2 call by its L1 hash (request execute): L1 → L2 success/failed. */
export function useL1ToL2Status(parameters: { pair: ChainPair; l1Hash: Hash }) {
  return useQuery(l1ToL2StatusQueryOptions(useConfig(), parameters))
}
