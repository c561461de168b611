import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import { depositTrigger } from '../bridge/model/progress'
import {
  type GetL1ToL2StatusQueryParameters,
  getL1ToL2StatusQueryOptions,
} from '../bridge/query/getL1ToL2Status'
import { useChainProgress } from './useChainProgress'

/** Progress of an L1→L2 call by its L1 hash (request execute): L1 → L2 success/failed. */
export function useL1ToL2Status(parameters: GetL1ToL2StatusQueryParameters) {
  const status = useQuery(getL1ToL2StatusQueryOptions(useConfig(), parameters))
  const waits =
    status.isError || (status.data !== undefined && depositTrigger(status.data) !== undefined)
  useChainProgress({ pair: parameters.pair, query: { enabled: waits } })
  return status
}
