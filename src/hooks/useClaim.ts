import { useMutation } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import { claimMutationOptions } from '../bridge/query/l1ToL2QueryOptions'
import { appStorage } from '../lib/storage'

/** Claims a failed deposit back on L1; resolves to the L1 hash once mined. */
export function useClaim() {
  return useMutation(claimMutationOptions(useConfig(), appStorage()))
}
