import { useMutation } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import { finalizeMutationOptions } from '../bridge/query/withdrawalQueryOptions'
import { appStorage } from '../lib/storage'

/**
 * Finalizes a withdrawal on L1; resolves to the L1 hash once mined. An already finalized
 * withdrawal rejects with `WithdrawalAlreadyFinalizedError` (show it as done, not as a failure).
 */
export function useFinalize() {
  return useMutation(finalizeMutationOptions(useConfig(), appStorage()))
}
