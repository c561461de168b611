import type { Chain } from 'viem'
import { type Config, createConfig, createStorage } from 'wagmi'
import type { ChainPair } from '../bridge/pair'
import { connectorsForWallets } from '../wallets/connectorsForWallets'
import { getWalletList } from '../wallets/walletList'
import { chainsOfPairs } from './chains'
import type { Env } from './parseEnv'
import { rpcTransport } from './transport'

export type CreateWagmiConfigParameters = {
  /** The offered pairs (their chains, RPC overrides applied, become the wagmi chains). */
  pairs: readonly ChainPair[]
  env: Pick<Env, 'walletConnectProjectId'>
  /** Default: this page's URL (WalletConnect metadata). */
  appUrl?: string
}

/**
 * One wagmi config for every offered pair: all their chains, one batched transport each over
 * its RPC URLs in failover order (transport.ts), reads grouped into Multicall3 where the chain
 * has one (wagmi's default), the RainbowKit wallets (see wallets/walletList.ts) and EIP-6963
 * discovery of installed wallets.
 */
export function createWagmiConfig(parameters: CreateWagmiConfigParameters): Config {
  const { pairs, env } = parameters
  const chains = chainsOfPairs(pairs)
  const [first, ...rest] = chains
  if (!first) throw new Error('createWagmiConfig: no chain pair offered')
  const appUrl =
    parameters.appUrl ?? (typeof location === 'undefined' ? undefined : location.origin)

  const connectors = connectorsForWallets(
    getWalletList({
      walletConnectProjectId: env.walletConnectProjectId,
      devnet: pairs.some((pair) => pair.devnet),
    }),
    {
      appName: 'Ferry',
      appDescription: 'Bridge between Ethereum and zkSync Era / ZK Stack chains',
      appUrl,
      // Only used by WalletConnect-based wallets, which are offered only with a project id.
      projectId: env.walletConnectProjectId ?? '',
    },
  )

  return createConfig({
    chains: [first, ...rest] as [Chain, ...Chain[]],
    connectors,
    multiInjectedProviderDiscovery: true,
    ssr: false,
    storage: createStorage({
      key: 'ferry.wagmi',
      storage: typeof localStorage === 'undefined' ? undefined : localStorage,
    }),
    transports: Object.fromEntries(
      chains.map((chain) => [chain.id, rpcTransport(chain.rpcUrls.default.http)]),
    ),
  })
}
