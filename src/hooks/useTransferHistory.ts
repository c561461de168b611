import { useMemo } from 'react'
import type { Address } from 'viem'
import type { ChainPair } from '../bridge/pair'
import { mergeTransfers } from '../bridge/transfers/mergeTransfers'
import { useDiscoverTransfers } from './useDiscoverTransfers'
import { useTransfers } from './useTransfers'

/**
 * The account's transfers on a pair: those saved in this browser merged with those found on
 * chain (so a fresh browser sees the same list), one entry each, newest first.
 */
export function useTransferHistory(parameters: { pair: ChainPair; account?: Address | undefined }) {
  const saved = useTransfers(parameters)
  const discovered = useDiscoverTransfers({ pair: parameters.pair, account: parameters.account })
  const transfers = useMemo(
    () => mergeTransfers(saved.transfers, discovered.data ?? []),
    [saved.transfers, discovered.data],
  )
  return { transfers, issues: saved.issues, discovery: discovered }
}
