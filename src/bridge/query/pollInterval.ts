import type { ChainPair } from '../pair'

/**
 * How often a pair's chains are read while a transfer is in flight (`getChainProgress`: one
 * read shared by every status): the devnet is instant, real chains are not.
 */
export function pollInterval(pair: ChainPair): number {
  return pair.devnet ? 1_000 : 6_000
}

/**
 * A status in flight is also re-read on this slow timer, whatever the chain progress says: the
 * safety net for chains whose batch counters do not move on L1 (settled on Gateway).
 */
export function safetyInterval(pair: ChainPair): number {
  return pair.devnet ? 15_000 : 120_000
}
