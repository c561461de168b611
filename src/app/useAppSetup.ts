import { createContext, useContext } from 'react'
import type { Config } from 'wagmi'
import type { ChainPair } from '../bridge/pair'
import type { Env } from '../config/parseEnv'
import type { RuntimeChains } from '../config/runtimeChains'

/** What boot (main.tsx → bootApp) established before the first render. */
export type AppSetup = {
  env: Env
  /** The offered pairs: built-in (VITE_PAIRS) then chains.json, RPC overrides applied. */
  pairs: readonly ChainPair[]
  defaultPairId: string
  runtimeChains: RuntimeChains
  wagmiConfig: Config
}

export const AppSetupContext = createContext<AppSetup | null>(null)

/** The boot-time setup (pairs, env, chains.json outcome). */
export function useAppSetup(): AppSetup {
  const setup = useContext(AppSetupContext)
  if (!setup) throw new Error('useAppSetup must be used inside <Providers>')
  return setup
}
