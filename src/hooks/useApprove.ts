import { useMutation } from '@tanstack/react-query'
import type { Hash } from 'viem'
import { useConfig } from 'wagmi'
import { type ApproveVariables, approveMutationOptions } from '../bridge/query/approve'
import type { MutationParameter } from '../bridge/query/parameters'

/** Exact-amount ERC-20 approval on L1; resolves with the hash once the approval is mined. */
export function useApprove(parameters: MutationParameter<Hash, ApproveVariables> = {}) {
  return useMutation(approveMutationOptions(useConfig(), parameters))
}
