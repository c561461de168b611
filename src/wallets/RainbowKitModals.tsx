import '@rainbow-me/rainbowkit/styles.css'
import {
  darkTheme,
  lightTheme,
  RainbowKitProvider,
  type Theme,
  useAccountModal,
  useChainModal,
  useConnectModal,
} from '@rainbow-me/rainbowkit'
import { useEffect, useMemo } from 'react'
import type { ResolvedTheme } from '../lib/theme'
import { armWalletSdks } from './lazyWallet'
import type { WalletModalKind } from './useWalletModals'

// Loaded on demand by WalletModalsProvider: RainbowKit's provider and modals, themed like the
// app, reporting their openers and open state back through `onBridge`.

export type ModalBridge = {
  openers: Record<WalletModalKind, (() => void) | undefined>
  openModal: WalletModalKind | undefined
}

export type RainbowKitModalsProps = {
  theme: ResolvedTheme
  onBridge: (bridge: ModalBridge) => void
}

/** RainbowKit's look, matched to the app's palette (index.css). */
function rainbowTheme(resolved: ResolvedTheme): Theme {
  const options = { borderRadius: 'medium', fontStack: 'system', overlayBlur: 'small' } as const
  if (resolved === 'dark') {
    const theme = darkTheme({
      ...options,
      accentColor: '#8ea2ff',
      accentColorForeground: '#0b1130',
    })
    return {
      ...theme,
      colors: {
        ...theme.colors,
        modalBackground: '#141a22',
        modalBorder: '#262f3b',
        profileForeground: '#1b222c',
        actionButtonSecondaryBackground: '#1b222c',
        generalBorder: '#262f3b',
        menuItemBackground: '#1b222c',
      },
    }
  }
  const theme = lightTheme({ ...options, accentColor: '#3551c4', accentColorForeground: '#ffffff' })
  return { ...theme, colors: { ...theme.colors, modalBorder: '#e1e5ea', generalBorder: '#e1e5ea' } }
}

function Bridge({ onBridge }: Pick<RainbowKitModalsProps, 'onBridge'>) {
  const { openConnectModal, connectModalOpen } = useConnectModal()
  const { openAccountModal, accountModalOpen } = useAccountModal()
  const { openChainModal, chainModalOpen } = useChainModal()
  // Wallet SDK connectors may start once the user is choosing a wallet (lazyWallet.ts).
  useEffect(() => {
    if (connectModalOpen) armWalletSdks()
  }, [connectModalOpen])
  useEffect(() => {
    onBridge({
      openers: { connect: openConnectModal, account: openAccountModal, chain: openChainModal },
      openModal: connectModalOpen
        ? 'connect'
        : accountModalOpen
          ? 'account'
          : chainModalOpen
            ? 'chain'
            : undefined,
    })
  }, [
    onBridge,
    openConnectModal,
    openAccountModal,
    openChainModal,
    connectModalOpen,
    accountModalOpen,
    chainModalOpen,
  ])
  return null
}

/** <RainbowKitProvider> with no app inside: only its modals, opened through the bridge. */
export function RainbowKitModals({ theme, onBridge }: RainbowKitModalsProps) {
  const rkTheme = useMemo(() => rainbowTheme(theme), [theme])
  return (
    <RainbowKitProvider
      theme={rkTheme}
      appInfo={{ appName: 'Ferry' }}
      modalSize="compact"
      locale="en-US"
    >
      <Bridge onBridge={onBridge} />
    </RainbowKitProvider>
  )
}
