import { useMutation } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import { requestExecuteMutationOptions } from '../bridge/query/l1ToL2QueryOptions'

/** Sends an arbitrary L1→L2 call; resolves to the L1 hash. */
export function useRequestExecute() {
  return useMutation(requestExecuteMutationOptions(useConfig()))
}
