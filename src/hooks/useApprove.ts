import { useMutation } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import { approveMutationOptions } from '../bridge/query/mutationOptions'

/** Exact-amount ERC-20 approval on L1; resolves with the hash once the approval is mined. */
export function useApprove() {
  return useMutation(approveMutationOptions(useConfig()))
}
