import type { WalletList } from '@rainbow-me/rainbowkit'
import { type CreateConnectorFn, createConnector } from 'wagmi'

// Wallet SDKs (WalletConnect, Coinbase, MetaMask) are big and talk to their servers as soon as
// they start. wagmi starts every connector at boot: `setup()` when the config is created and
// `getProvider()` + `isAuthorized()` in the reconnect on mount. This wrapper keeps an SDK
// connector asleep until either
//   - the user opens the connect modal (`armWalletSdks()`, called by <WalletSdkArming/>), or
//   - it is the connector the user connected with last time (to restore the session),
// so the first page load downloads no SDK and makes no request to a wallet service.
// Injected connectors (browser extensions, EIP-6963) are cheap and are left alone.

/** A RainbowKit wallet factory (what `connectorsForWallets` takes). */
export type CreateWalletFn = WalletList[number]['wallets'][number]

let armed = false

/** Lets every lazy connector start its SDK (call when the user starts connecting). */
export function armWalletSdks() {
  armed = true
}

function lazyConnector(inner: CreateConnectorFn): CreateConnectorFn {
  return createConnector((config) => {
    const connector = inner(config)
    if (connector.type === 'injected') return connector
    let allowed = false
    let setupDone = false
    const isAllowed = async () => {
      if (allowed || armed) return true
      let recent: unknown
      try {
        recent = await config.storage?.getItem('recentConnectorId')
      } catch {
        recent = undefined
      }
      allowed = recent === connector.id
      return allowed
    }
    type Self = typeof connector
    return {
      ...connector,
      async setup(this: Self) {
        // Deferred to the first allowed getProvider() unless this was the last connector used.
        if (!(await isAllowed()) || setupDone) return
        setupDone = true
        await connector.setup?.call(this)
      },
      async getProvider(this: Self, parameters?: { chainId?: number }) {
        if (!(await isAllowed())) return undefined as Awaited<ReturnType<Self['getProvider']>>
        const provider = await connector.getProvider.call(this, parameters)
        if (!setupDone) {
          setupDone = true
          await connector.setup?.call(this)
        }
        return provider
      },
      async isAuthorized(this: Self) {
        if (!(await isAllowed())) return false
        return connector.isAuthorized.call(this)
      },
      async getChainId(this: Self) {
        allowed = true
        return connector.getChainId.call(this)
      },
      async connect(this: Self, parameters?: Parameters<Self['connect']>[0]) {
        allowed = true
        return connector.connect.call(this, parameters) as ReturnType<Self['connect']>
      },
    } as Self
  })
}

/** The same wallet, with its SDK connector started only when needed (see above). */
export function lazyWallet(createWallet: CreateWalletFn): CreateWalletFn {
  return (parameters) => {
    const wallet = createWallet(parameters)
    return {
      ...wallet,
      createConnector: (details) => lazyConnector(wallet.createConnector(details)),
    }
  }
}
