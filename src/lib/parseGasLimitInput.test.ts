import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_L2_GAS_LIMIT, parseGasLimitInput } from './parseGasLimitInput'

// The optional "L2 gas limit" field of the advanced settings, as the user types.

const NOT_AN_INTEGER = 'Enter a whole number of gas units, digits only (e.g. 300000)'
const TOO_LARGE = 'At most 72,000,000 gas'

describe('parseGasLimitInput', () => {
  it('empty (or only spaces) means "use the estimate"', () => {
    for (const text of ['', '   ', '\t\n']) {
      expect(parseGasLimitInput(text)).toEqual({ ok: true, value: undefined })
    }
  })

  it.each([
    ['300000', 300_000n],
    [' 300000 ', 300_000n],
    ['1', 1n],
    ['000300000', 300_000n],
    ['72000000', 72_000_000n],
  ])('accepts %j as %s gas', (text, value) => {
    expect(parseGasLimitInput(text)).toEqual({ ok: true, value })
  })

  it.each([
    '3e5',
    '300,000',
    '300_000',
    '300 000',
    '1.5',
    '300000.0',
    '-1',
    '+5',
    '0x493e0',
    'abc',
    'Infinity',
    '３００', // full-width digits
  ])('refuses %j: digits only', (text) => {
    expect(parseGasLimitInput(text)).toEqual({
      ok: false,
      reason: 'not-an-integer',
      message: NOT_AN_INTEGER,
    })
  })

  it.each(['0', '000'])('refuses %j: greater than 0', (text) => {
    expect(parseGasLimitInput(text)).toEqual({
      ok: false,
      reason: 'zero',
      message: 'Enter a gas limit greater than 0',
    })
  })

  it.each(['72000001', '100000000', '999999999999', '9999999999999', '9'.repeat(100_000)])(
    'refuses %# above the Mailbox limit, saying the limit',
    (text) => {
      expect(parseGasLimitInput(text)).toEqual({
        ok: false,
        reason: 'too-large',
        message: TOO_LARGE,
      })
    },
  )

  it('states the limit of the protocol (72 million)', () => {
    expect(MAX_L2_GAS_LIMIT).toBe(72_000_000n)
  })

  // BUG (reported): the length check runs before leading zeros are dropped, so a small number
  // padded with zeros past 12 characters, e.g. "0000000000001" (13 chars, value 1), is refused
  // with "At most 72,000,000 gas". `parseAmountInput` strips leading zeros before its length check.
  it.todo('accepts a small number padded with many leading zeros ("0000000000001" → 1n)')

  it('property: every whole number from 1 to the limit is accepted as itself', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: MAX_L2_GAS_LIMIT }), fc.nat({ max: 3 }), (n, pad) => {
        const text = `${' '.repeat(pad)}${n}${' '.repeat(3 - pad)}`
        expect(parseGasLimitInput(text)).toEqual({ ok: true, value: n })
      }),
    )
  })

  it('property: every number above the limit is "too large"', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: MAX_L2_GAS_LIMIT + 1n, max: 10n ** 40n }), (n) => {
        expect(parseGasLimitInput(n.toString())).toMatchObject({ ok: false, reason: 'too-large' })
      }),
    )
  })

  it('property: never throws; accepted values are whole, positive and within the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const result = parseGasLimitInput(text)
        if (result.ok) {
          if (result.value === undefined) expect(text.trim()).toBe('')
          else {
            expect(result.value > 0n && result.value <= MAX_L2_GAS_LIMIT).toBe(true)
            expect(/^\d+$/.test(text.trim())).toBe(true)
          }
        } else expect(result.message.length).toBeGreaterThan(0)
      }),
    )
  })
})
