import type { Chain } from 'viem'

// Block explorer links. A chain without an explorer (the local devnet) gives `undefined`:
// callers then show the hash with a copy button instead of a link.

export type ExplorerKind = 'tx' | 'address' | 'block' | 'token'

/** Base URL of the chain's explorer, without a trailing slash. */
export function getExplorerBaseUrl(chain: Pick<Chain, 'blockExplorers'>): string | undefined {
  const url = chain.blockExplorers?.default.url
  return url ? url.replace(/\/+$/, '') : undefined
}

/** The explorer page of a transaction, address, block or token; undefined without an explorer. */
export function getExplorerUrl(
  chain: Pick<Chain, 'blockExplorers'>,
  kind: ExplorerKind,
  value: string | number | bigint,
): string | undefined {
  const base = getExplorerBaseUrl(chain)
  if (!base) return undefined
  // Etherscan and the zkSync explorer share these paths.
  return `${base}/${kind}/${String(value)}`
}

/** Name of the chain's explorer ("Etherscan"), if it has one. */
export function getExplorerName(chain: Pick<Chain, 'blockExplorers'>): string | undefined {
  return chain.blockExplorers?.default.name
}
