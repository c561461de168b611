import {
  type ComponentType,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useState,
} from 'react'
import type { ResolvedTheme } from '../lib/theme'
import type { ModalBridge, RainbowKitModalsProps } from './RainbowKitModals'
import { type WalletModalKind, type WalletModals, WalletModalsContext } from './useWalletModals'

// RainbowKit (its provider, modals, styles and their dependencies: ENS normalization, QR
// codes, user-agent parsing…) is about a third of a default app's first-load JavaScript, and
// nothing on screen needs it until the user opens a wallet modal. So it is loaded on demand:
// the first `open()` (or a `preload()` on hover/focus) imports it and mounts
// <RainbowKitProvider> beside the app; the modals then open as usual.

let loading: Promise<ComponentType<RainbowKitModalsProps>> | undefined
function loadModals() {
  loading ??= import('./RainbowKitModals').then((m) => m.RainbowKitModals)
  loading.catch(() => {
    loading = undefined // let a later click try again
  })
  return loading
}

export type WalletModalsProviderProps = { theme: ResolvedTheme; children: ReactNode }

export function WalletModalsProvider({ theme, children }: WalletModalsProviderProps) {
  const [Modals, setModals] = useState<ComponentType<RainbowKitModalsProps>>()
  const [status, setStatus] = useState<WalletModals['status']>('idle')
  const [pending, setPending] = useState<WalletModalKind>()
  const [bridge, setBridge] = useState<ModalBridge>()

  const load = useCallback(() => {
    if (Modals) return
    setStatus((s) => (s === 'ready' ? s : 'loading'))
    loadModals().then(
      (component) => {
        setModals(() => component)
        setStatus('ready')
      },
      (error: unknown) => {
        console.error('Could not load the wallet modals', error)
        setStatus('error')
        setPending(undefined)
      },
    )
  }, [Modals])

  // Open the requested modal as soon as RainbowKit is mounted and can open it.
  useEffect(() => {
    if (!pending || !bridge) return
    bridge.openers[pending]?.()
    setPending(undefined)
  }, [pending, bridge])

  const value = useMemo<WalletModals>(
    () => ({
      open: (kind) => {
        setPending(kind)
        load()
      },
      preload: load,
      openModal: bridge?.openModal,
      status,
      opening: pending !== undefined,
    }),
    [load, bridge, status, pending],
  )

  return (
    <WalletModalsContext value={value}>
      {children}
      {Modals && <Modals theme={theme} onBridge={setBridge} />}
    </WalletModalsContext>
  )
}
