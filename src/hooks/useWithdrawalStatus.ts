import { useQuery } from '@tanstack/react-query'
import type { Hash } from 'viem'
import { useConfig } from 'wagmi'
import type { WithdrawalTransfer } from '../bridge/model/transfer'
import { withdrawalStatusQueryOptions } from '../bridge/query/withdrawalQueryOptions'
import type { ChainPair } from '../config/chains'
import { appStorage } from '../lib/storage'

/** A withdrawal's stage, whether and why it can(not) be finalized, and its ETA; any L2 hash. */
export function useWithdrawalStatus(parameters: {
  pair: ChainPair
  l2Hash?: Hash
  transfer?: WithdrawalTransfer
}) {
  const config = useConfig()
  const { pair, l2Hash, transfer } = parameters
  const options = withdrawalStatusQueryOptions(config, {
    pair,
    l2Hash: l2Hash ?? '0x',
    ...(transfer ? { transfer, storage: appStorage() } : {}),
  })
  return useQuery({ ...options, enabled: Boolean(l2Hash) })
}
