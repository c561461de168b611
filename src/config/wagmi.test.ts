// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { armWalletSdks } from '../wallets/lazyWallet'
import { PUBLIC_PAIRS } from './chains'
import { DEVNET_PAIRS } from './devnetPairs'
import { createWagmiConfig } from './wagmi'

const BUILT_IN_PAIRS = { ...PUBLIC_PAIRS, ...DEVNET_PAIRS }

const publicPairs = [BUILT_IN_PAIRS['era-mainnet'], BUILT_IN_PAIRS['era-sepolia']]
const devnetPairs = [BUILT_IN_PAIRS['devnet-270'], BUILT_IN_PAIRS['devnet-272']]
const PROJECT_ID = '0123456789abcdef0123456789abcdef'

function rkNames(config: ReturnType<typeof createWagmiConfig>) {
  return config.connectors
    .map((c) => (c as { rkDetails?: { name: string; groupName: string } }).rkDetails)
    .filter((d) => d !== undefined)
    .map((d) => `${d.groupName}: ${d.name}`)
}

describe('createWagmiConfig', () => {
  it('has every chain of the offered pairs, L1s first, with their RPC URLs', () => {
    const config = createWagmiConfig({
      pairs: devnetPairs,
      env: { walletConnectProjectId: undefined },
    })
    expect(config.chains.map((c) => c.id)).toEqual([9, 270, 272])
  })

  it('without a WalletConnect project id: no WalletConnect wallet, no error', () => {
    const error = vi.spyOn(console, 'error')
    const config = createWagmiConfig({
      pairs: publicPairs,
      env: { walletConnectProjectId: undefined },
    })
    expect(rkNames(config)).toEqual(['Popular: Browser Wallet', 'Popular: Coinbase Wallet'])
    expect(config.connectors.some((c) => c.type === 'walletConnect')).toBe(false)
    expect(error).not.toHaveBeenCalled()
  })

  it('with a project id: MetaMask, Rainbow and WalletConnect (twice: QR and its modal)', () => {
    const config = createWagmiConfig({
      pairs: publicPairs,
      env: { walletConnectProjectId: PROJECT_ID },
    })
    expect(rkNames(config)).toEqual([
      'Popular: Browser Wallet',
      'Popular: MetaMask',
      'Popular: Coinbase Wallet',
      'Popular: Rainbow',
      'Popular: WalletConnect',
      'Popular: WalletConnect',
    ])
  })

  it('offers the Devnet test wallet only with a devnet pair, first', () => {
    const config = createWagmiConfig({
      pairs: devnetPairs,
      env: { walletConnectProjectId: undefined },
    })
    expect(rkNames(config)[0]).toBe('Development: Devnet test wallet')
    const publicConfig = createWagmiConfig({
      pairs: publicPairs,
      env: { walletConnectProjectId: undefined },
    })
    expect(rkNames(publicConfig).join()).not.toMatch(/Devnet/)
  })

  it('keeps wallet SDK connectors asleep until armed (no SDK load at boot)', async () => {
    const config = createWagmiConfig({
      pairs: publicPairs,
      env: { walletConnectProjectId: PROJECT_ID },
    })
    const sdkConnectors = config.connectors.filter((c) => c.type !== 'injected')
    // MetaMask and Rainbow without their extension go through WalletConnect.
    expect(sdkConnectors.map((c) => c.type).sort()).toEqual([
      'coinbaseWallet',
      'walletConnect',
      'walletConnect',
      'walletConnect',
      'walletConnect',
    ])
    for (const connector of sdkConnectors) {
      expect(await connector.getProvider()).toBeUndefined()
      expect(await connector.isAuthorized()).toBe(false)
    }
    armWalletSdks()
    // Armed: the Coinbase connector would now load its SDK (not called here: no network).
  })
})
