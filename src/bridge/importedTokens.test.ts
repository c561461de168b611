import fc from 'fast-check'
import { type Address, bytesToHex, checksumAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import { DEVNET_DEFAULT_ADDRESSES } from '../../devnet/facts'
import type { StorageLike } from '../lib/storage'
import {
  addImportedToken,
  importedTokensKey,
  loadImportedTokens,
  MAX_IMPORTED_TOKENS,
  readImportedTokens,
} from './importedTokens'
import type { TokenListEntry } from './pair'

// Tokens imported by address stay in the token picker after a reload; a stored list that was
// edited by hand, or written by another version, never breaks the picker.

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial))
  const storage: StorageLike = {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, value)
    },
  }
  return { storage, map }
}

const key = 'ferry:imported-tokens:v1:devnet'
const TUSD: TokenListEntry = {
  address: DEVNET_DEFAULT_ADDRESSES.tokens.TUSD,
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}
const TST: TokenListEntry = {
  address: DEVNET_DEFAULT_ADDRESSES.tokens.TST,
  symbol: 'TST',
  name: 'Test Token',
  decimals: 18,
}
/** A distinct valid token per index (address 0x…<n+1>). */
const token = (n: number): TokenListEntry => ({
  address: checksumAddress(`0x${(n + 1).toString(16).padStart(40, '0')}`),
  symbol: `T${n}`,
  name: `Token ${n}`,
  decimals: 18,
})
const read = (value: unknown) => readImportedTokens(JSON.stringify(value))

describe('readImportedTokens', () => {
  it('is keyed by pair', () => {
    expect(importedTokensKey('devnet')).toBe(key)
    expect(importedTokensKey('sepolia')).not.toBe(key)
  })

  it('nothing stored, invalid JSON or not a list: no tokens', () => {
    expect(readImportedTokens(null)).toEqual([])
    expect(readImportedTokens('')).toEqual([])
    expect(readImportedTokens('[{"address":')).toEqual([])
    expect(read({ 0: TUSD })).toEqual([])
    expect(read(TUSD)).toEqual([])
    expect(read('TUSD')).toEqual([])
    expect(read(null)).toEqual([])
  })

  it('reads valid entries in order, with checksummed addresses and only the known fields', () => {
    expect(
      read([
        { ...TUSD, address: TUSD.address.toLowerCase(), logoURI: 'https://x' },
        { ...TST, name: '' },
      ]),
    ).toEqual([TUSD, { ...TST, name: '' }])
  })

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', TUSD.address],
    ['a list', [TUSD.address, 'TUSD', 'Test USD', 6]],
    ['no address', { ...TUSD, address: undefined }],
    ['a bad checksum', { ...TUSD, address: '0x7BAEC2668170D7Fd1588cB753CCdFF6a6210e1d3' }],
    ['a short address', { ...TUSD, address: '0x7baEC2668170D7' }],
    ['the zero address', { ...TUSD, address: `0x${'0'.repeat(40)}` }],
    ['an empty symbol', { ...TUSD, symbol: '' }],
    ['a 33-character symbol', { ...TUSD, symbol: 'S'.repeat(33) }],
    ['a symbol that is a number', { ...TUSD, symbol: 6 }],
    ['a 101-character name', { ...TUSD, name: 'N'.repeat(101) }],
    ['no name', { ...TUSD, name: undefined }],
    ['decimals as a string', { ...TUSD, decimals: '6' }],
    ['decimals 37', { ...TUSD, decimals: 37 }],
    ['negative decimals', { ...TUSD, decimals: -1 }],
    ['fractional decimals', { ...TUSD, decimals: 1.5 }],
  ])('skips an entry with %s, keeps the others', (_, bad) => {
    expect(read([bad, TST])).toEqual([TST])
  })

  it('accepts the limits themselves: 32-character symbol, 100-character name, 0 and 36 decimals', () => {
    const edge = [
      { ...TUSD, symbol: 'S'.repeat(32), name: 'N'.repeat(100), decimals: 0 },
      { ...TST, decimals: 36 },
    ]
    expect(read(edge)).toEqual(edge)
  })

  it('dedupes by address whatever its case, keeping the first', () => {
    expect(
      read([
        TUSD,
        { ...TUSD, address: TUSD.address.toLowerCase(), symbol: 'DUP' },
        { ...TUSD, address: TUSD.address.toUpperCase().replace('0X', '0x'), symbol: 'DUP2' },
        TST,
      ]),
    ).toEqual([TUSD, TST])
  })

  it(`keeps at most ${MAX_IMPORTED_TOKENS} tokens, counting only valid distinct ones`, () => {
    expect(MAX_IMPORTED_TOKENS).toBe(50)
    const many = Array.from({ length: 70 }, (_, i) => token(i))
    const withNoise = many.flatMap((t) => [t, { ...t, symbol: '' }, t])
    const tokens = read(withNoise)
    expect(tokens).toHaveLength(50)
    expect(tokens).toEqual(many.slice(0, 50))
  })

  it('property: never throws; the result is valid, distinct and at most 50 long', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc
            .array(
              fc.oneof(
                fc.constantFrom<unknown>(TUSD, TST, { ...TUSD, symbol: '' }),
                fc.nat({ max: 80 }).map(token),
                fc.jsonValue(),
              ),
              { maxLength: 120 },
            )
            .map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          const tokens = readImportedTokens(raw)
          expect(tokens.length).toBeLessThanOrEqual(50)
          const addresses = tokens.map((t) => t.address.toLowerCase())
          expect(new Set(addresses).size).toBe(addresses.length)
          for (const t of tokens) {
            expect(t.address).toBe(checksumAddress(t.address))
            expect(t.symbol.length > 0 && t.symbol.length <= 32).toBe(true)
          }
        },
      ),
    )
  })
})

describe('loadImportedTokens and addImportedToken', () => {
  it('an imported token is remembered for its pair only', () => {
    const { storage, map } = memoryStorage()
    expect(addImportedToken(storage, 'devnet', TUSD)).toEqual([TUSD])
    expect(JSON.parse(map.get(key) ?? '')).toEqual([TUSD])
    expect(loadImportedTokens(storage, 'devnet')).toEqual([TUSD])
    expect(loadImportedTokens(storage, 'sepolia')).toEqual([])
  })

  it('importing a known address again (other case) moves it last with the fresh metadata', () => {
    const { storage } = memoryStorage()
    addImportedToken(storage, 'devnet', TUSD)
    addImportedToken(storage, 'devnet', TST)
    const renamed = { ...TUSD, address: TUSD.address.toLowerCase() as Address, symbol: 'tUSD' }
    const list = addImportedToken(storage, 'devnet', renamed)
    expect(list).toEqual([TST, { ...TUSD, symbol: 'tUSD' }])
    expect(loadImportedTokens(storage, 'devnet')).toEqual(list)
  })

  it('a 51st import drops the oldest', () => {
    const { storage } = memoryStorage()
    for (let i = 0; i < 50; i++) addImportedToken(storage, 'devnet', token(i))
    const list = addImportedToken(storage, 'devnet', TUSD)
    expect(list).toHaveLength(50)
    expect(list[0]).toEqual(token(1))
    expect(list.at(-1)).toEqual(TUSD)
    expect(loadImportedTokens(storage, 'devnet')).toEqual(list)
  })

  it('garbage already stored is dropped, not kept, when a token is added', () => {
    const { storage } = memoryStorage({ [key]: JSON.stringify([42, TST, { address: 'x' }]) })
    expect(addImportedToken(storage, 'devnet', TUSD)).toEqual([TST, TUSD])
    const broken = memoryStorage({ [key]: '{not json' }).storage
    expect(addImportedToken(broken, 'devnet', TUSD)).toEqual([TUSD])
  })

  it('an invalid entry is refused loudly (a caller bug) and nothing is written', () => {
    const { storage, map } = memoryStorage()
    expect(() => addImportedToken(storage, 'devnet', { ...TUSD, symbol: '' })).toThrow(
      'addImportedToken: not a valid token entry',
    )
    expect(map.size).toBe(0)
  })

  it('disabled or full storage: no tokens to load, and an import still returns the list', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(loadImportedTokens(broken, 'devnet')).toEqual([])
    expect(addImportedToken(broken, 'devnet', TUSD)).toEqual([TUSD])
  })

  it('property: after any imports the list is distinct, ≤ 50, ends with the last import, and is what loads', () => {
    const address = fc
      .uint8Array({ minLength: 20, maxLength: 20 })
      .filter((bytes) => bytes.some((b) => b !== 0))
      .map((bytes) => bytesToHex(bytes))
    const entry = fc.record({
      address: fc.oneof(address, fc.constantFrom(TUSD.address, TUSD.address.toLowerCase())),
      symbol: fc.string({ minLength: 1, maxLength: 32 }),
      name: fc.string({ maxLength: 100 }),
      decimals: fc.nat({ max: 36 }),
    })
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 70 }), (entries) => {
        const { storage } = memoryStorage()
        let list: TokenListEntry[] = []
        for (const e of entries) list = addImportedToken(storage, 'devnet', e as TokenListEntry)
        const last = entries.at(-1)
        expect(list.length).toBeLessThanOrEqual(50)
        expect(list.at(-1)?.address.toLowerCase()).toBe(last?.address.toLowerCase())
        expect(list.at(-1)?.symbol).toBe(last?.symbol)
        const addresses = list.map((t) => t.address.toLowerCase())
        expect(new Set(addresses).size).toBe(addresses.length)
        expect(loadImportedTokens(storage, 'devnet')).toEqual(list)
      }),
    )
  })
})
