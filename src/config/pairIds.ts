// The ids of the built-in chain pairs, kept apart from their chain definitions so that the
// build-time env check (vite.config.ts) can validate VITE_PAIRS without loading viem.

/** The public networks: offered when VITE_PAIRS is not set. */
export const PUBLIC_PAIR_IDS = ['era-mainnet', 'era-sepolia'] as const
export type PublicPairId = (typeof PUBLIC_PAIR_IDS)[number]

/** The local devnet's pairs: their chains load only in a build that offers one. */
export const DEVNET_PAIR_IDS = ['devnet-270', 'devnet-272', 'devnet-271'] as const
export type DevnetPairId = (typeof DEVNET_PAIR_IDS)[number]

export const BUILT_IN_PAIR_IDS = [...PUBLIC_PAIR_IDS, ...DEVNET_PAIR_IDS] as const
export type BuiltInPairId = (typeof BUILT_IN_PAIR_IDS)[number]

export function isDevnetPairId(id: string): id is DevnetPairId {
  return (DEVNET_PAIR_IDS as readonly string[]).includes(id)
}

export function isBuiltInPairId(id: string): id is BuiltInPairId {
  return (BUILT_IN_PAIR_IDS as readonly string[]).includes(id)
}
