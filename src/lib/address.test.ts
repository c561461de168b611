import fc from 'fast-check'
import { bytesToHex, checksumAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import { type AddressError, type HashError, parseAddressInput, parseHashInput } from './address'

const vitalik = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'
const badChecksum =
  'Checksum does not match: check for a typo (mixed-case addresses are checksummed)'

describe('parseAddressInput', () => {
  it.each([
    [vitalik],
    [vitalik.toLowerCase()],
    [`0x${vitalik.slice(2).toUpperCase()}`],
    [`0X${vitalik.slice(2).toLowerCase()}`],
    [`  ${vitalik}\n`],
  ])('accepts %j as the checksummed address', (text) => {
    expect(parseAddressInput(text)).toEqual({ ok: true, value: vitalik })
  })

  it.each<[string, AddressError, string]>([
    ['', 'empty', 'Enter an address'],
    ['  ', 'empty', 'Enter an address'],
    [
      'vitalik.eth',
      'not-hex',
      'Not an address: it starts with 0x followed by 40 hex characters (0-9, a-f)',
    ],
    [
      vitalik.slice(2),
      'not-hex',
      'Add the 0x prefix: an address starts with 0x followed by 40 hex characters',
    ],
    [`${vitalik.slice(0, 41)}g`, 'not-hex', '"g" is not a hex character (0-9, a-f)'],
    [
      `${vitalik.slice(0, 20)} ${vitalik.slice(20)}`,
      'not-hex',
      'Remove the spaces inside the address',
    ],
    [
      vitalik.slice(0, 41),
      'wrong-length',
      'An address has 40 hex characters after 0x; this has 39',
    ],
    [`${vitalik}0`, 'wrong-length', 'An address has 40 hex characters after 0x; this has 41'],
    ['0x', 'wrong-length', 'An address has 40 hex characters after 0x; this has 0'],
    [`0x${'ab'.repeat(32)}`, 'wrong-length', 'That looks like a transaction hash, not an address'],
    [vitalik.replace('d8dA', 'd8Da'), 'bad-checksum', badChecksum],
    [
      '0x0000000000000000000000000000000000000000',
      'zero-address',
      'That is the zero address: funds sent there are lost',
    ],
  ])('refuses %j: %s', (text, reason, message) => {
    expect(parseAddressInput(text)).toEqual({ ok: false, reason, message })
  })
})

describe('parseHashInput', () => {
  const hash = `0x${'aB'.repeat(32)}`
  it('accepts any case and returns lowercase', () => {
    expect(parseHashInput(` ${hash} `)).toEqual({ ok: true, value: hash.toLowerCase() })
  })

  it.each<[string, HashError, string]>([
    ['', 'empty', 'Enter a transaction hash'],
    [
      'ab'.repeat(32),
      'not-hex',
      'Add the 0x prefix: a transaction hash starts with 0x followed by 64 hex characters',
    ],
    [`${hash.slice(0, 65)}z`, 'not-hex', '"z" is not a hex character (0-9, a-f)'],
    [
      hash.slice(0, 60),
      'wrong-length',
      'A transaction hash has 64 hex characters after 0x; this has 58',
    ],
    [vitalik, 'wrong-length', 'That looks like an address, not a transaction hash'],
  ])('refuses %j: %s', (text, reason, message) => {
    expect(parseHashInput(text)).toEqual({ ok: false, reason, message })
  })
})

const addressBytes = fc
  .uint8Array({ minLength: 20, maxLength: 20 })
  .filter((bytes) => bytes.some((b) => b !== 0))

describe('address properties', () => {
  it('lower, upper and checksummed forms all parse to the checksummed address', () => {
    fc.assert(
      fc.property(addressBytes, fc.constantFrom('lower', 'upper', 'checksum'), (bytes, form) => {
        const lower = bytesToHex(bytes)
        const expected = checksumAddress(lower)
        const text =
          form === 'lower'
            ? lower
            : form === 'upper'
              ? `0x${lower.slice(2).toUpperCase()}`
              : expected
        expect(parseAddressInput(text)).toEqual({ ok: true, value: expected })
      }),
      { numRuns: 500 },
    )
  })

  it('flipping the case of one letter of a checksummed address breaks the checksum', () => {
    fc.assert(
      fc.property(addressBytes, fc.nat(), (bytes, pick) => {
        const checksummed = checksumAddress(bytesToHex(bytes))
        const letters = [...checksummed.slice(2)].flatMap((c, i) =>
          /[a-f]/i.test(c) ? [i + 2] : [],
        )
        fc.pre(letters.length > 0)
        const at = letters[pick % letters.length] as number
        const c = checksummed.charAt(at)
        const flipped = `${checksummed.slice(0, at)}${c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()}${checksummed.slice(at + 1)}`
        const digits = flipped.slice(2)
        // all-lower or all-upper carries no checksum: accepted by design
        fc.pre(digits !== digits.toLowerCase() && digits !== digits.toUpperCase())
        expect(parseAddressInput(flipped)).toEqual({
          ok: false,
          reason: 'bad-checksum',
          message: badChecksum,
        })
      }),
      { numRuns: 500 },
    )
  })

  it('never throws on garbage', () => {
    const reasons: readonly string[] = [
      'empty',
      'not-hex',
      'wrong-length',
      'bad-checksum',
      'zero-address',
    ]
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.string({ unit: fc.constantFrom(...'0xXaAfFgG19 '.split('')), maxLength: 70 }),
        ),
        (text) => {
          const address = parseAddressInput(text)
          if (address.ok) expect(address.value).toBe(checksumAddress(address.value))
          else expect(reasons).toContain(address.reason)
          const hash = parseHashInput(text)
          if (hash.ok) expect(hash.value).toMatch(/^0x[0-9a-f]{64}$/)
          else expect(reasons).toContain(hash.reason)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
