import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import type { DepositTransfer } from '../bridge/model/transfer'
import { depositStatusQueryOptions } from '../bridge/query/transferStatusQueryOptions'
import type { ChainPair } from '../config/chains'
import { appStorage } from '../lib/storage'

/** Live progress of a saved transfer (polls until it reaches a terminal status). */
export function useTransferStatus(parameters: { pair: ChainPair; transfer: DepositTransfer }) {
  const config = useConfig()
  return useQuery(
    depositStatusQueryOptions(config, {
      pair: parameters.pair,
      transfer: parameters.transfer,
      storage: appStorage(),
    }),
  )
}
