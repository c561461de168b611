import { type Env, parseEnv } from './parseEnv'

// Build-time settings, read from `import.meta.env` once and validated (parseEnv.ts):
//
//   VITE_WALLETCONNECT_PROJECT_ID  optional; enables WalletConnect and the WalletConnect entries of
//                                  MetaMask, Rainbow… (32 hex characters, from Reown's dashboard)
//   VITE_RPC_<chainId>             optional RPC URL for that chain (http or https), e.g. VITE_RPC_1
//   VITE_PAIRS                     optional comma list of built-in pair ids to offer, in order
//                                  (default: era-mainnet,era-sepolia)
//   VITE_DEFAULT_PAIR              optional pair selected on a first visit (default: the first)
//
// Bad values throw an EnvError listing every problem; `vite build` checks the same rules first.

let cached: Env | undefined

/** The validated environment. Throws `EnvError` (with `.problems`) on bad values. */
export function getEnv(): Env {
  cached ??= parseEnv(import.meta.env as Record<string, unknown>)
  return cached
}
