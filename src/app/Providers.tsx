import { QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { WagmiProvider } from 'wagmi'
import { queryClient } from '../config/queryClient'
import { WalletModalsProvider } from '../wallets/WalletModalsProvider'
import { type AppSetup, AppSetupContext } from './useAppSetup'
import { useTheme } from './useTheme'

export type ProvidersProps = { setup: AppSetup; children: ReactNode }

/**
 * WagmiProvider > QueryClientProvider > RainbowKit. RainbowKitProvider is mounted by
 * WalletModalsProvider when a wallet modal is first opened (see there: it keeps RainbowKit out
 * of the first-load JavaScript); open modals with `useWalletModals()`.
 */
export function Providers({ setup, children }: ProvidersProps) {
  const { resolved } = useTheme()
  return (
    <AppSetupContext value={setup}>
      <WagmiProvider config={setup.wagmiConfig}>
        <QueryClientProvider client={queryClient}>
          <WalletModalsProvider theme={resolved}>{children}</WalletModalsProvider>
        </QueryClientProvider>
      </WagmiProvider>
    </AppSetupContext>
  )
}
