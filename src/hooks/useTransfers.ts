import { useMemo, useSyncExternalStore } from 'react'
import type { Address } from 'viem'
import type { ChainPair } from '../bridge/pair'
import { loadTransfers, subscribeTransfers, transfersStorageKey } from '../bridge/transfers/store'
import { appStorage } from '../lib/storage'

const empty = { transfers: [], issues: [] }

/** The transfers saved for an account on a pair, newest first; live across tabs. */
export function useTransfers(parameters: { pair: ChainPair; account?: Address }) {
  const { pair, account } = parameters
  const storage = appStorage()
  // The snapshot is the raw stored string, so React compares a primitive; parsing is memoised.
  const raw = useSyncExternalStore(
    (onChange) =>
      account
        ? subscribeTransfers({
            pairId: pair.id,
            account,
            storage,
            onChange,
            ...(typeof window === 'undefined' ? {} : { target: window }),
          })
        : () => {},
    () => (account ? storage.getItem(transfersStorageKey({ pairId: pair.id, account })) : null),
  )
  return useMemo(
    () => (account && raw !== null ? loadTransfers(storage, { pairId: pair.id, account }) : empty),
    [raw, account, pair.id, storage],
  )
}
