import { loadBuiltInPairs, PUBLIC_PAIRS, resolvePairs } from '../config/chains'
import { getEnv } from '../config/env'
import { loadRuntimeChains } from '../config/runtimeChains'
import { createWagmiConfig } from '../config/wagmi'
import type { AppSetup } from './useAppSetup'

/** Boot: validated env → chains.json (if any) → offered pairs → wagmi config. */
export async function bootApp(): Promise<AppSetup> {
  const env = getEnv()
  const builtIn = await loadBuiltInPairs(env.pairIds)
  // chains.json may not redefine a chain this build knows (every public pair, the devnet's if offered)
  const known = [...Object.values(PUBLIC_PAIRS), ...builtIn.filter((pair) => pair.devnet)]
  const runtimeChains = await loadRuntimeChains({ builtIn: known })
  const pairs = resolvePairs({
    builtIn,
    runtimePairs: runtimeChains.status === 'loaded' ? runtimeChains.pairs : [],
    rpcOverrides: env.rpcOverrides,
  })
  const wagmiConfig = createWagmiConfig({ pairs, env })
  return { env, pairs, defaultPairId: env.defaultPairId, runtimeChains, wagmiConfig }
}
