import { useMutation } from '@tanstack/react-query'
import type { Hash } from 'viem'
import { useConfig } from 'wagmi'
import type { MutationParameter } from '../bridge/query/parameters'
import { type WithdrawVariables, withdrawMutationOptions } from '../bridge/query/withdraw'
import { appStorage } from '../lib/storage'

/** Sends the L2 withdrawal (saving the transfer as soon as the hash exists); resolves to the L2 hash. */
export function useWithdraw(parameters: MutationParameter<Hash, WithdrawVariables> = {}) {
  return useMutation(withdrawMutationOptions(useConfig(), { storage: appStorage(), ...parameters }))
}
