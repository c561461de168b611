import fc from 'fast-check'
import { type Address, bytesToHex, checksumAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import { DEVNET_DEFAULT_ADDRESSES } from '../../devnet/facts'
import type { TokenListEntry } from './pair'
import {
  CONTRACTS_ETH_ADDRESS,
  isEthAddress,
  isSameToken,
  L2_BASE_TOKEN_ADDRESS,
  PLACEHOLDER_ETH_ADDRESS,
  SDK_ETH_ADDRESS,
  type TokenRef,
  tokenAddressOf,
  tokenDecimals,
  tokenKey,
  tokenSdkAddress,
  tokenSymbol,
  toTokenRef,
} from './tokens'

// Token-list entries become the tokens the form holds; keys compare tokens in lists and totals.

const TUSD_ENTRY: TokenListEntry = {
  address: DEVNET_DEFAULT_ADDRESSES.tokens.TUSD,
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}
const TUSD: TokenRef = {
  kind: 'erc20',
  l1Address: DEVNET_DEFAULT_ADDRESSES.tokens.TUSD,
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}

describe('toTokenRef', () => {
  it.each([
    SDK_ETH_ADDRESS,
    CONTRACTS_ETH_ADDRESS,
    L2_BASE_TOKEN_ADDRESS,
    L2_BASE_TOKEN_ADDRESS.toLowerCase() as Address,
    PLACEHOLDER_ETH_ADDRESS,
  ])('an ETH entry (%s) becomes { kind: "eth" }, dropping the list metadata', (address) => {
    expect(toTokenRef({ address, symbol: 'WEIRD', name: 'Ether', decimals: 7 })).toEqual({
      kind: 'eth',
    })
  })

  it('an ERC-20 entry keeps its metadata, with a checksummed address', () => {
    expect(toTokenRef(TUSD_ENTRY)).toEqual(TUSD)
    expect(
      toTokenRef({ ...TUSD_ENTRY, address: TUSD_ENTRY.address.toLowerCase() as Address }),
    ).toEqual(TUSD)
  })

  it('an entry with an invalid address throws (the token lists are checked before)', () => {
    expect(() => toTokenRef({ ...TUSD_ENTRY, address: '0x1234' })).toThrow()
  })
})

describe('tokenKey and tokenAddressOf', () => {
  it('ETH is "eth" and 0x0…0 for the hooks; an ERC-20 its lowercase address / its address', () => {
    expect(tokenKey({ kind: 'eth' })).toBe('eth')
    expect(tokenAddressOf({ kind: 'eth' })).toBe(SDK_ETH_ADDRESS)
    expect(tokenKey(TUSD)).toBe(DEVNET_DEFAULT_ADDRESSES.tokens.TUSD.toLowerCase())
    expect(tokenAddressOf(TUSD)).toBe(DEVNET_DEFAULT_ADDRESSES.tokens.TUSD)
  })

  it('property: two entries have the same key exactly when they name the same token', () => {
    const address = fc
      .uint8Array({ minLength: 20, maxLength: 20 })
      .map((bytes) => bytesToHex(bytes))
      .chain((hex) =>
        fc.constantFrom(
          hex,
          hex.toUpperCase().replace('0X', '0x') as Address,
          checksumAddress(hex),
        ),
      )
    const entry = fc.record({
      address: fc.oneof(address, fc.constantFrom(SDK_ETH_ADDRESS, CONTRACTS_ETH_ADDRESS)),
      symbol: fc.string({ maxLength: 8 }),
      name: fc.string({ maxLength: 8 }),
      decimals: fc.nat({ max: 36 }),
    })
    fc.assert(
      fc.property(entry, entry, (a, b) => {
        const same =
          (isEthAddress(a.address) && isEthAddress(b.address)) ||
          a.address.toLowerCase() === b.address.toLowerCase()
        expect(tokenKey(toTokenRef(a)) === tokenKey(toTokenRef(b))).toBe(same)
        // the hooks get back the entry's address (ETH as the SDK's 0x0…0)
        const expected = isEthAddress(a.address) ? SDK_ETH_ADDRESS : checksumAddress(a.address)
        expect(tokenAddressOf(toTokenRef(a))).toBe(expected)
      }),
    )
  })
})

const tusd: TokenRef = {
  kind: 'erc20',
  l1Address: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}

describe('ETH conventions', () => {
  it.each([
    '0x0000000000000000000000000000000000000000',
    '0x0000000000000000000000000000000000000001',
    '0x000000000000000000000000000000000000800a',
    '0x000000000000000000000000000000000000800A',
    '0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE',
    '0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee',
  ])('%s is ETH', (address) => {
    expect(isEthAddress(address)).toBe(true)
  })

  it('other addresses are not', () => {
    expect(isEthAddress(tusd.kind === 'erc20' ? tusd.l1Address : '')).toBe(false)
    expect(isEthAddress('0x0000000000000000000000000000000000000002')).toBe(false)
  })

  it('ETH goes to the SDKs as 0x0, never 0xEeee…', () => {
    expect(tokenSdkAddress({ kind: 'eth' })).toBe('0x0000000000000000000000000000000000000000')
    expect(tokenSdkAddress(tusd)).toBe('0x5FbDB2315678afecb367f032d93F642f64180aa3')
  })
})

describe('token helpers', () => {
  it('symbol and decimals', () => {
    expect([tokenSymbol({ kind: 'eth' }), tokenDecimals({ kind: 'eth' })]).toEqual(['ETH', 18])
    expect([tokenSymbol(tusd), tokenDecimals(tusd)]).toEqual(['TUSD', 6])
  })

  it('compares by kind and L1 address, ignoring case and metadata', () => {
    expect(isSameToken({ kind: 'eth' }, { kind: 'eth' })).toBe(true)
    expect(isSameToken({ kind: 'eth' }, tusd)).toBe(false)
    expect(isSameToken(tusd, { kind: 'eth' })).toBe(false)
    if (tusd.kind !== 'erc20') throw new Error('unreachable')
    expect(
      isSameToken(tusd, { ...tusd, l1Address: tusd.l1Address.toLowerCase() as never, symbol: 'X' }),
    ).toBe(true)
    expect(
      isSameToken(tusd, { ...tusd, l1Address: '0x0000000000000000000000000000000000000002' }),
    ).toBe(false)
  })
})
