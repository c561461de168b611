import { createContext, useContext } from 'react'

export type WalletModalKind = 'connect' | 'account' | 'chain'

export type WalletModals = {
  /** Opens a RainbowKit modal, loading RainbowKit first if needed. */
  open: (kind: WalletModalKind) => void
  /** Starts loading RainbowKit (e.g. when the pointer reaches a Connect button). */
  preload: () => void
  /** The modal that is open now, if any. */
  openModal: WalletModalKind | undefined
  /** Loading state of RainbowKit's code ('idle' until the first open or preload). */
  status: 'idle' | 'loading' | 'ready' | 'error'
  /** The last `open()` is waiting for RainbowKit to load. */
  opening: boolean
}

export const WalletModalsContext = createContext<WalletModals | null>(null)

/** Connect / account / chain modals (RainbowKit, loaded on first use). */
export function useWalletModals(): WalletModals {
  const value = useContext(WalletModalsContext)
  if (!value) throw new Error('useWalletModals must be used inside <WalletModalsProvider>')
  return value
}
