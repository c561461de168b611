import { useMutation } from '@tanstack/react-query'
import type { Hash } from 'viem'
import { useConfig } from 'wagmi'
import {
  type FinalizeWithdrawalVariables,
  finalizeWithdrawalMutationOptions,
} from '../bridge/query/finalizeWithdrawal'
import type { MutationParameter } from '../bridge/query/parameters'
import { appStorage } from '../lib/storage'

/**
 * Finalizes a withdrawal on L1; resolves to the L1 hash once mined. An already finalized
 * withdrawal rejects with `WithdrawalAlreadyFinalizedError` (show it as done, not as a failure).
 */
export function useFinalizeWithdrawal(
  parameters: MutationParameter<Hash, FinalizeWithdrawalVariables> = {},
) {
  return useMutation(
    finalizeWithdrawalMutationOptions(useConfig(), { storage: appStorage(), ...parameters }),
  )
}
