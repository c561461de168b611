// The ids of the built-in chain pairs, kept apart from their chain definitions so that the
// build-time env check (vite.config.ts) can validate VITE_PAIRS without loading viem.

export const BUILT_IN_PAIR_IDS = ['era-mainnet', 'era-sepolia', 'devnet-270', 'devnet-272'] as const
export type BuiltInPairId = (typeof BUILT_IN_PAIR_IDS)[number]

/** Offered when VITE_PAIRS is not set: the public networks. */
export const PUBLIC_PAIR_IDS: readonly BuiltInPairId[] = ['era-mainnet', 'era-sepolia']

export function isBuiltInPairId(id: string): id is BuiltInPairId {
  return (BUILT_IN_PAIR_IDS as readonly string[]).includes(id)
}
