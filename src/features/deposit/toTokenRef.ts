import { type Address, getAddress } from 'viem'
import { isEthAddress, type TokenRef, tokenSdkAddress } from '../../bridge/types'
import type { TokenListEntry } from '../../config/chains'

/** A token-list entry as the app holds tokens (ETH's `0x0…0` becomes `{ kind: 'eth' }`). */
export function toTokenRef(entry: TokenListEntry): TokenRef {
  if (isEthAddress(entry.address)) return { kind: 'eth' }
  return {
    kind: 'erc20',
    l1Address: getAddress(entry.address),
    symbol: entry.symbol,
    name: entry.name,
    decimals: entry.decimals,
  }
}

/** A stable key of a token for lists and comparisons (`eth` or the lowercase L1 address). */
export function tokenKey(token: TokenRef): string {
  return token.kind === 'eth' ? 'eth' : token.l1Address.toLowerCase()
}

/** The L1 address the hooks take (`0x0…0` for ETH). */
export function tokenAddressOf(token: TokenRef): Address {
  return tokenSdkAddress(token)
}
