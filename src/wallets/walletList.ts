import type { WalletList } from '@rainbow-me/rainbowkit'
import {
  coinbaseWallet,
  injectedWallet,
  metaMaskWallet,
  rainbowWallet,
  walletConnectWallet,
} from '@rainbow-me/rainbowkit/wallets'
import { devnetWallet } from './devnetWallet'
import { type CreateWalletFn, lazyWallet } from './lazyWallet'

export type WalletListParameters = {
  /** Without it, no WalletConnect-based wallet or entry is offered. */
  walletConnectProjectId: string | undefined
  /** Offer the "Devnet test wallet" (when a devnet pair is offered). */
  devnet: boolean
}

/**
 * Without a WalletConnect project id, MetaMask and Rainbow are offered only when their
 * extension is injected (RainbowKit's factory would otherwise build a WalletConnect connector,
 * which needs the id and throws without it). EIP-6963 wallets are added by wagmi on top.
 */
function injectedOnly(id: string, createWallet: CreateWalletFn): CreateWalletFn {
  return (parameters) => {
    try {
      return createWallet(parameters)
    } catch {
      return {
        id: `${id}-unavailable`,
        name: 'Unavailable',
        iconUrl: '',
        iconBackground: '#fff',
        hidden: () => true,
        createConnector: () => {
          throw new Error('unavailable wallet')
        },
      }
    }
  }
}

/** The wallets of the connect modal, in groups. */
export function getWalletList(parameters: WalletListParameters): WalletList {
  const hasWalletConnect = parameters.walletConnectProjectId !== undefined
  const popular: CreateWalletFn[] = hasWalletConnect
    ? [injectedWallet, metaMaskWallet, coinbaseWallet, rainbowWallet, walletConnectWallet]
    : [
        injectedWallet,
        injectedOnly('metaMask', metaMaskWallet),
        coinbaseWallet,
        injectedOnly('rainbow', rainbowWallet),
      ]
  const list: WalletList = [{ groupName: 'Popular', wallets: popular.map(lazyWallet) }]
  // __DEVNET__: a public build carries no devnet wallet (nor its keys) at all
  if (__DEVNET__ && parameters.devnet)
    list.unshift({ groupName: 'Development', wallets: [devnetWallet] })
  return list
}
