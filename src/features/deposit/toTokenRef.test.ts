import fc from 'fast-check'
import { type Address, bytesToHex, checksumAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import {
  CONTRACTS_ETH_ADDRESS,
  isEthAddress,
  L2_BASE_TOKEN_ADDRESS,
  PLACEHOLDER_ETH_ADDRESS,
  SDK_ETH_ADDRESS,
  type TokenRef,
} from '../../bridge/types'
import type { TokenListEntry } from '../../config/chains'
import { DEVNET_TOKEN_ADDRESSES } from '../../config/devnetTokens'
import { tokenAddressOf, tokenKey, toTokenRef } from './toTokenRef'

// Token-list entries become the tokens the form holds; keys compare tokens in lists and totals.

const TUSD_ENTRY: TokenListEntry = {
  address: DEVNET_TOKEN_ADDRESSES.TUSD,
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}
const TUSD: TokenRef = {
  kind: 'erc20',
  l1Address: DEVNET_TOKEN_ADDRESSES.TUSD,
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
    expect(tokenKey(TUSD)).toBe(DEVNET_TOKEN_ADDRESSES.TUSD.toLowerCase())
    expect(tokenAddressOf(TUSD)).toBe(DEVNET_TOKEN_ADDRESSES.TUSD)
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
