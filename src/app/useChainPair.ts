import { createContext, useContext } from 'react'
import type { ChainPair } from '../bridge/pair'

export type ChainPairContextValue = {
  /** The selected pair. */
  pair: ChainPair
  /** Every offered pair, in menu order. */
  pairs: readonly ChainPair[]
  /** Selects a pair (persisted in localStorage and in the URL's `?pair=`). */
  setPairId: (id: string) => void
  /** A `?pair=` in the opening URL that names no offered pair (the app shows a notice). */
  unknownRequestedPairId: string | undefined
}

export const ChainPairContext = createContext<ChainPairContextValue | null>(null)

/** The selected L1/L2 chain pair and the way to change it. */
export function useChainPair(): ChainPairContextValue {
  const value = useContext(ChainPairContext)
  if (!value) throw new Error('useChainPair must be used inside <ChainPairProvider>')
  return value
}
