import type { TokenListEntry } from '../../bridge/pair'

/**
 * The tokens offered for withdrawal: the L2's base token first (ETH, or e.g. TST on a chain
 * paying gas in an ERC-20), then the pair's other tokens, then those the user imported; each once.
 */
export function withdrawableTokens(p: {
  listed: readonly TokenListEntry[]
  imported: readonly TokenListEntry[]
  baseSymbol: string
}): { tokens: TokenListEntry[]; importedFrom: number } {
  const seen = new Set<string>()
  const unique = (entries: readonly TokenListEntry[]) =>
    entries.filter((entry) => {
      const key = entry.address.toLowerCase()
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  const base = p.listed.filter((t) => t.symbol === p.baseSymbol).slice(0, 1)
  const listed = unique([...base, ...p.listed])
  const imported = unique(p.imported)
  return { tokens: [...listed, ...imported], importedFrom: listed.length }
}
