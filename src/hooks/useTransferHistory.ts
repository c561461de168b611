import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Address } from 'viem'
import { useConfig } from 'wagmi'
import { historyQueryOptions } from '../bridge/query/withdrawalQueryOptions'
import { mergeTransfers } from '../bridge/transfers/mergeTransfers'
import type { ChainPair } from '../config/chains'
import { useTransfers } from './useTransfers'

/**
 * The account's transfers on a pair: those saved in this browser merged with those found on
 * chain (so a fresh browser sees the same list), one entry each, newest first.
 */
export function useTransferHistory(parameters: { pair: ChainPair; account?: Address }) {
  const config = useConfig()
  const saved = useTransfers(parameters)
  const discovered = useQuery(
    historyQueryOptions(config, { pair: parameters.pair, account: parameters.account }),
  )
  const transfers = useMemo(
    () => mergeTransfers(saved.transfers, discovered.data ?? []),
    [saved.transfers, discovered.data],
  )
  return { transfers, issues: saved.issues, discovery: discovered }
}
