import { type Address, getAddress, isAddressEqual } from 'viem'
import { legacyEthAddress } from 'viem/zksync'
import { parseAddressInput } from '../lib/address'
import type { TokenListEntry } from './pair'

/**
 * A token as the app holds it. ETH has no address of its own here: the SDKs call it `0x0…0`
 * (`legacyEthAddress`) and the contracts `0x0…01`; `tokenSdkAddress` gives the SDK form. The
 * `0xEeee…EEeE` convention of other dApps is recognised by neither and is never produced.
 */
export type TokenRef =
  | { kind: 'eth' }
  | { kind: 'erc20'; l1Address: Address; symbol: string; name: string; decimals: number }

export type Erc20TokenRef = Extract<TokenRef, { kind: 'erc20' }>

export const ethToken: TokenRef = { kind: 'eth' }

/** `0x0…0`: ETH for viem/zksync and zksync-ethers (both rewrite it to `0x0…01` for the contracts). */
export const SDK_ETH_ADDRESS: Address = '0x0000000000000000000000000000000000000000'

/** `0x0…01`: ETH inside the contracts (`Bridgehub.baseToken` of an ETH chain, asset ids). */
export const CONTRACTS_ETH_ADDRESS: Address = '0x0000000000000000000000000000000000000001'

/** `0x0…800a`: the L2 base token system contract, which the SDKs also read as ETH. */
export const L2_BASE_TOKEN_ADDRESS: Address = '0x000000000000000000000000000000000000800A'

/** `0xEeee…EEeE`: the "native coin" placeholder of other dApps; accepted on input only. */
export const PLACEHOLDER_ETH_ADDRESS: Address = '0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE'

const ethAliases = [
  SDK_ETH_ADDRESS,
  CONTRACTS_ETH_ADDRESS,
  L2_BASE_TOKEN_ADDRESS,
  PLACEHOLDER_ETH_ADDRESS,
].map((a) => a.toLowerCase())

/** True for every address some tool uses for ETH (`0x0`, `0x1`, `0x800a`, `0xEeee…`). */
export function isEthAddress(address: string): boolean {
  return ethAliases.includes(address.toLowerCase())
}

/** The L1 address to hand to viem/zksync or zksync-ethers (`0x0…0` for ETH). */
export function tokenSdkAddress(token: TokenRef): Address {
  return token.kind === 'eth' ? SDK_ETH_ADDRESS : token.l1Address
}

export function tokenSymbol(token: TokenRef): string {
  return token.kind === 'eth' ? 'ETH' : token.symbol
}

export function tokenDecimals(token: TokenRef): number {
  return token.kind === 'eth' ? 18 : token.decimals
}

export function isSameToken(a: TokenRef, b: TokenRef): boolean {
  if (a.kind === 'eth' || b.kind === 'eth') return a.kind === b.kind
  return a.l1Address.toLowerCase() === b.l1Address.toLowerCase()
}

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

/** Longer text than any real token name or symbol is not worth restoring. */
const MAX_STORED_TEXT = 200

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_STORED_TEXT ? value : undefined
}

/** A stored token, checked: ETH, or an ERC-20 with a valid address, names and decimals. */
export function readStoredToken(value: unknown): TokenRef | undefined {
  if (!isRecord(value)) return undefined
  if (value.kind === 'eth') return { kind: 'eth' }
  if (value.kind !== 'erc20' || typeof value.l1Address !== 'string') return undefined
  const address = parseAddressInput(value.l1Address)
  const symbol = text(value.symbol)
  const name = text(value.name)
  const { decimals } = value
  if (!address.ok || symbol === undefined || name === undefined) return undefined
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 255)
    return undefined
  return { kind: 'erc20', l1Address: address.value, symbol, name, decimals }
}

/** Whether a token is the L2's base token (paid as gas, withdrawn through 0x…800a). */
export function isBaseToken(token: TokenRef, baseTokenL1: Address): boolean {
  return token.kind === 'eth'
    ? isAddressEqual(baseTokenL1, CONTRACTS_ETH_ADDRESS)
    : isAddressEqual(token.l1Address, baseTokenL1)
}

/**
 * ETH as a token-list entry. The zero address is what `viem/zksync` and zksync-ethers call the
 * "legacy" ETH address; the contracts use 0x…01 internally and the SDKs translate.
 */
export const ETH_TOKEN: TokenListEntry = {
  address: legacyEthAddress,
  symbol: 'ETH',
  name: 'Ether',
  decimals: 18,
}
