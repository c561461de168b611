import { useMutation } from '@tanstack/react-query'
import type { Hash } from 'viem'
import { useConfig } from 'wagmi'
import { type DepositVariables, depositMutationOptions } from '../bridge/query/deposit'
import type { MutationParameter } from '../bridge/query/parameters'
import { appStorage } from '../lib/storage'

/** Sends the L1 deposit (saving the transfer as soon as the hash exists); resolves to the L1 hash. */
export function useDeposit(parameters: MutationParameter<Hash, DepositVariables> = {}) {
  return useMutation(depositMutationOptions(useConfig(), { storage: appStorage(), ...parameters }))
}
