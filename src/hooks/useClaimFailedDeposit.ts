import { useMutation } from '@tanstack/react-query'
import type { Hash } from 'viem'
import { useConfig } from 'wagmi'
import {
  type ClaimFailedDepositVariables,
  claimFailedDepositMutationOptions,
} from '../bridge/query/claimFailedDeposit'
import type { MutationParameter } from '../bridge/query/parameters'
import { appStorage } from '../lib/storage'

/** Claims a failed deposit back on L1; resolves to the L1 hash once mined. */
export function useClaimFailedDeposit(
  parameters: MutationParameter<Hash, ClaimFailedDepositVariables> = {},
) {
  return useMutation(
    claimFailedDepositMutationOptions(useConfig(), { storage: appStorage(), ...parameters }),
  )
}
