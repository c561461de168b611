import type { ChainPair } from '../pair'

/** How often a transfer in flight is re-read: the devnet is instant, real chains are not. */
export function pollInterval(pair: ChainPair): number {
  return pair.devnet ? 1_000 : 6_000
}
