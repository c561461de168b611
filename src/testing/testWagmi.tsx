import { QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { Account } from 'viem'
import { type Config, createConfig, WagmiProvider, http as wagmiHttp } from 'wagmi'
import { connect } from 'wagmi/actions'
import { injected } from 'wagmi/connectors'
import type { ChainPair } from '../bridge/pair'
import { createQueryClient } from '../config/queryClient'
import { createLocalKeyProvider } from '../wallets/createLocalKeyProvider'
import { rpc } from './devnetClients'

/**
 * A wagmi config whose one connector is a real signing wallet (a local key behind EIP-1193, the
 * way an extension would), connected on `chainId`: hooks under test send real transactions.
 */
export async function connectTestWallet(p: {
  pair: ChainPair
  account: Account
  chainId: number
}): Promise<Config> {
  const chains = [p.pair.l1, p.pair.l2] as const
  const provider = createLocalKeyProvider({
    accounts: [p.account as never],
    chains: chains.map((chain) => ({ id: chain.id, rpcUrl: rpc[chain.id] as string, chain })),
    authorized: true,
  })
  const config = createConfig({
    chains,
    connectors: [
      injected({
        target: () => ({ id: 'test', name: 'Test wallet', provider: provider as never }),
      }),
    ],
    transports: {
      [p.pair.l1.id]: wagmiHttp(rpc[p.pair.l1.id]),
      [p.pair.l2.id]: wagmiHttp(rpc[p.pair.l2.id]),
    },
    multiInjectedProviderDiscovery: false,
  })
  const connector = config.connectors[0]
  if (!connector) throw new Error('no connector')
  await connect(config, { connector, chainId: p.chainId })
  return config
}

function TestProviders({ config, children }: { config: Config; children: ReactNode }) {
  return (
    <WagmiProvider config={config}>
      <QueryClientProvider client={createQueryClient()}>{children}</QueryClientProvider>
    </WagmiProvider>
  )
}

/** `renderHook`'s wrapper: the providers the app's hooks need, a fresh query cache each time. */
export function hookWrapper(config: Config) {
  return ({ children }: { children: ReactNode }) => (
    <TestProviders config={config}>{children}</TestProviders>
  )
}
