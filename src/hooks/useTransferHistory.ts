import { useMemo, useState } from 'react'
import type { Address } from 'viem'
import type { ChainPair } from '../bridge/pair'
import { mergeTransfers } from '../bridge/transfers/mergeTransfers'
import { useDiscoverTransfers } from './useDiscoverTransfers'
import { useTransfers } from './useTransfers'

/**
 * The account's transfers on a pair: those saved in this browser merged with those found on
 * chain (so a fresh browser sees the same list), one entry each, newest first; how far back the
 * chain has been searched, and a way to search further back.
 */
export function useTransferHistory(parameters: { pair: ChainPair; account?: Address | undefined }) {
  const saved = useTransfers(parameters)
  const [depth, setDepth] = useState(1)
  const discovered = useDiscoverTransfers({
    pair: parameters.pair,
    account: parameters.account,
    depth,
  })
  const found = discovered.data?.transfers
  const transfers = useMemo(
    () => mergeTransfers(saved.transfers, found ?? []),
    [saved.transfers, found],
  )
  return {
    transfers,
    issues: saved.issues,
    discovery: discovered,
    /** Searches further back than the chain has been searched so far. */
    searchOlder: () => setDepth((d) => d + 1),
  }
}
