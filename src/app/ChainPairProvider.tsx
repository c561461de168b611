import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react'
import { useSearch } from 'wouter'
import type { ChainPair } from '../bridge/pair'
import { ChainPairContext, type ChainPairContextValue } from './useChainPair'

export const PAIR_STORAGE_KEY = 'ferry.pair'
export const PAIR_QUERY_PARAM = 'pair'

function readStoredPairId(): string | null {
  try {
    return localStorage.getItem(PAIR_STORAGE_KEY)
  } catch {
    return null
  }
}

/** Puts `?pair=<id>` in the address bar (before the #route), keeping everything else. */
function writePairToUrl(id: string) {
  const url = new URL(location.href)
  if (url.searchParams.get(PAIR_QUERY_PARAM) === id) return
  url.searchParams.set(PAIR_QUERY_PARAM, id)
  history.replaceState(history.state, '', url)
}

export type ChainPairProviderProps = {
  pairs: readonly ChainPair[]
  defaultPairId: string
  children: ReactNode
}

/**
 * Holds the selected pair. Order of precedence: `?pair=` in the URL (shared links), then the
 * last choice on this device, then VITE_DEFAULT_PAIR, then the first offered pair. The URL
 * always shows the selected pair so that a copied link opens the same pair.
 */
export function ChainPairProvider({ pairs, defaultPairId, children }: ChainPairProviderProps) {
  const search = useSearch()
  const urlPairId = new URLSearchParams(search).get(PAIR_QUERY_PARAM)
  const find = useCallback(
    (id: string | null | undefined) => (id ? pairs.find((p) => p.id === id) : undefined),
    [pairs],
  )
  // Set once from the opening URL; the pair menu's choice replaces it.
  const [unknownRequestedPairId, setUnknownRequestedPairId] = useState(() =>
    urlPairId && !find(urlPairId) ? urlPairId : undefined,
  )
  const first = pairs[0]
  if (!first) throw new Error('ChainPairProvider: no pair offered')
  const pair = find(urlPairId) ?? find(readStoredPairId()) ?? find(defaultPairId) ?? first

  useEffect(() => {
    writePairToUrl(pair.id)
    try {
      localStorage.setItem(PAIR_STORAGE_KEY, pair.id)
    } catch {
      // storage unavailable
    }
  }, [pair.id])

  const setPairId = useCallback(
    (id: string) => {
      if (!find(id)) throw new Error(`Unknown pair ${id}`)
      try {
        localStorage.setItem(PAIR_STORAGE_KEY, id)
      } catch {
        // storage unavailable
      }
      setUnknownRequestedPairId(undefined)
      const url = new URL(location.href)
      url.searchParams.set(PAIR_QUERY_PARAM, id)
      history.replaceState(history.state, '', url)
    },
    [find],
  )

  const value = useMemo<ChainPairContextValue>(
    () => ({ pair, pairs, setPairId, unknownRequestedPairId }),
    [pair, pairs, setPairId, unknownRequestedPairId],
  )
  return <ChainPairContext value={value}>{children}</ChainPairContext>
}
