import { useMutation } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import { withdrawMutationOptions } from '../bridge/query/withdrawalQueryOptions'
import { appStorage } from '../lib/storage'

/** Sends the L2 withdrawal (saving the transfer as soon as the hash exists); resolves to the L2 hash. */
export function useWithdraw() {
  return useMutation(withdrawMutationOptions(useConfig(), appStorage()))
}
