import { resolvePairs } from '../config/chains'
import { getEnv } from '../config/env'
import { loadRuntimeChains } from '../config/runtimeChains'
import { createWagmiConfig } from '../config/wagmi'
import type { AppSetup } from './useAppSetup'

/** Boot: validated env → chains.json (if any) → offered pairs → wagmi config. */
export async function bootApp(): Promise<AppSetup> {
  const env = getEnv()
  const runtimeChains = await loadRuntimeChains()
  const pairs = resolvePairs({
    pairIds: env.pairIds,
    runtimePairs: runtimeChains.status === 'loaded' ? runtimeChains.pairs : [],
    rpcOverrides: env.rpcOverrides,
  })
  const wagmiConfig = createWagmiConfig({ pairs, env })
  return { env, pairs, defaultPairId: env.defaultPairId, runtimeChains, wagmiConfig }
}
