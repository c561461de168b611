import { useMutation } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import { depositMutationOptions } from '../bridge/query/mutationOptions'
import { appStorage } from '../lib/storage'

/** Sends the L1 deposit (saving the transfer as soon as the hash exists); resolves to the L1 hash. */
export function useDeposit() {
  return useMutation(depositMutationOptions(useConfig(), appStorage()))
}
