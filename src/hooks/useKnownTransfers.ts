import { useMemo } from 'react'
import type { Address } from 'viem'
import { storedTransfers } from '../bridge/history/storedTransfers'
import type { ChainPair } from '../bridge/pair'
import { mergeTransfers } from '../bridge/transfers/mergeTransfers'
import { appStorage } from '../lib/storage'
import { useDiscoverTransfers } from './useDiscoverTransfers'
import { useTransfers } from './useTransfers'

/**
 * The account's transfers this page already knows, without searching the chain: those saved in
 * this browser, those earlier searches found (remembered), and the current search's, if one runs
 * (the header badge counts from this).
 */
export function useKnownTransfers(parameters: { pair: ChainPair; account?: Address | undefined }) {
  const { pair, account } = parameters
  const saved = useTransfers(parameters)
  const cached = useDiscoverTransfers({ pair, account, query: { enabled: false } })
  const found = cached.data?.transfers
  // re-read from storage whenever a search reports (`found` changes)
  return useMemo(() => {
    const remembered = account
      ? storedTransfers(appStorage(), {
          pairId: pair.id,
          l1ChainId: pair.l1.id,
          l2ChainId: pair.l2.id,
          account,
        })
      : []
    return mergeTransfers(saved.transfers, [...remembered, ...(found ?? [])])
  }, [saved.transfers, account, pair.id, pair.l1.id, pair.l2.id, found])
}
