import { useMutation } from '@tanstack/react-query'
import type { Hash } from 'viem'
import { useConfig } from 'wagmi'
import type { MutationParameter } from '../bridge/query/parameters'
import {
  type RequestExecuteVariables,
  requestExecuteMutationOptions,
} from '../bridge/query/requestExecute'

/** Sends an arbitrary L1→L2 call; resolves to the L1 hash. */
export function useRequestExecute(
  parameters: MutationParameter<Hash, RequestExecuteVariables> = {},
) {
  return useMutation(requestExecuteMutationOptions(useConfig(), parameters))
}
