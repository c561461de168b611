import type { Wallet } from '@rainbow-me/rainbowkit'
import { createConnector } from 'wagmi'
import { injected } from 'wagmi/connectors'
import { getDevnetProvider } from './devnetProvider'

export const DEVNET_WALLET_ID = 'devnetWallet'

const icon = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 28"><rect width="28" height="28" rx="6" fill="#0f766e"/><path d="M7 17.5c2.2 1.6 4.5 1.6 7 0s4.8-1.6 7 0M7 12.5c2.2 1.6 4.5 1.6 7 0s4.8-1.6 7 0" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round"/></svg>',
)}`

/**
 * "Devnet test wallet": the anvil dev accounts, signing in the page. Only offered when a devnet
 * pair is (the keys are public). Built on wagmi's injected connector with our own EIP-1193
 * provider as its target, so chain switching and events behave like a browser extension.
 */
export const devnetWallet = (): Wallet => ({
  id: DEVNET_WALLET_ID,
  name: 'Devnet test wallet',
  shortName: 'Devnet',
  iconUrl: icon,
  iconBackground: '#0f766e',
  installed: true,
  createConnector: (walletDetails) =>
    createConnector((config) => ({
      ...injected({
        shimDisconnect: true,
        target: {
          id: DEVNET_WALLET_ID,
          name: 'Devnet test wallet',
          icon,
          provider: (() => getDevnetProvider(config.chains)) as never,
        },
      })(config),
      ...walletDetails,
    })),
})
