import { parseAddressInput } from '../lib/address'
import type { StorageLike } from '../lib/storage'
import type { TokenListEntry } from './pair'

// Tokens the user imported by address, kept per pair in localStorage (checked when read back).

const PREFIX = 'ferry:imported-tokens:v1:'
/** A list is for the user's own few tokens; a longer stored list is cut. */
export const MAX_IMPORTED_TOKENS = 50

/** `ferry:imported-tokens:v1:<pairId>` */
export function importedTokensKey(pairId: string): string {
  return `${PREFIX}${pairId}`
}

function readEntry(value: unknown): TokenListEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { address, symbol, name, decimals } = value as Record<string, unknown>
  const parsed = typeof address === 'string' ? parseAddressInput(address) : undefined
  if (!parsed?.ok) return undefined
  if (typeof symbol !== 'string' || symbol === '' || symbol.length > 32) return undefined
  if (typeof name !== 'string' || name.length > 100) return undefined
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 36)
    return undefined
  return { address: parsed.value, symbol, name, decimals }
}

/** Valid, distinct (by address) entries of a stored list, in order; never throws. */
export function readImportedTokens(raw: string | null): TokenListEntry[] {
  if (raw === null) return []
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(parsed)) return []
  const seen = new Set<string>()
  const tokens: TokenListEntry[] = []
  for (const value of parsed) {
    const entry = readEntry(value)
    if (!entry || seen.has(entry.address.toLowerCase())) continue
    seen.add(entry.address.toLowerCase())
    tokens.push(entry)
    if (tokens.length === MAX_IMPORTED_TOKENS) break
  }
  return tokens
}

export function loadImportedTokens(storage: StorageLike, pairId: string): TokenListEntry[] {
  try {
    return readImportedTokens(storage.getItem(importedTokensKey(pairId)))
  } catch {
    return []
  }
}

/**
 * Adds a token to the pair's list (or moves it to the end with fresh metadata when it is there
 * already) and returns the new list. Throws when the entry is invalid (a caller bug); a failing
 * write is ignored (storage full or disabled: the import is then not remembered).
 */
export function addImportedToken(
  storage: StorageLike,
  pairId: string,
  token: TokenListEntry,
): TokenListEntry[] {
  const entry = readEntry(token)
  if (!entry) throw new Error('addImportedToken: not a valid token entry')
  const others = loadImportedTokens(storage, pairId).filter(
    (t) => t.address.toLowerCase() !== entry.address.toLowerCase(),
  )
  const next = [...others, entry].slice(-MAX_IMPORTED_TOKENS)
  try {
    storage.setItem(importedTokensKey(pairId), JSON.stringify(next))
  } catch {
    // storage full or disabled
  }
  return next
}
