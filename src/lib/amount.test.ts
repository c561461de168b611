import fc from 'fast-check'
import { formatUnits, maxUint256, parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { type AmountError, maxSpendable, parseAmountInput, sanitizeAmountTyping } from './amount'

const reasons: readonly AmountError[] = [
  'empty',
  'not-a-number',
  'negative',
  'too-many-decimals',
  'zero',
  'exceeds-balance',
  'too-large',
]

const eth = { decimals: 18, symbol: 'ETH' }
const tusd = { decimals: 6, symbol: 'TUSD' }

describe('parseAmountInput: accepted inputs', () => {
  it.each([
    ['1', 1_000_000n],
    ['1.', 1_000_000n],
    ['.5', 500_000n],
    ['0.5', 500_000n],
    ['  2.25\t', 2_250_000n],
    ['1,5', 1_500_000n],
    ['0,125', 125_000n],
    ['007', 7_000_000n],
    ['00.000001', 1n],
    ['1.500000000', 1_500_000n], // zeros beyond the decimals change nothing
    ['123456789012.123456', 123_456_789_012_123_456n],
  ])('%j → %s', (text, value) => {
    expect(parseAmountInput(text, tusd)).toEqual({ ok: true, value })
  })

  it('uses the token decimals', () => {
    expect(parseAmountInput('1.5', eth)).toEqual({ ok: true, value: parseUnits('1.5', 18) })
    expect(parseAmountInput('42', { decimals: 0 })).toEqual({ ok: true, value: 42n })
  })

  it('accepts the largest uint256 and refuses one more', () => {
    expect(parseAmountInput(maxUint256.toString(), { decimals: 0 })).toEqual({
      ok: true,
      value: maxUint256,
    })
    expect(parseAmountInput((maxUint256 + 1n).toString(), { decimals: 0 })).toMatchObject({
      ok: false,
      reason: 'too-large',
    })
    expect(parseAmountInput('9'.repeat(100_000), eth)).toMatchObject({ reason: 'too-large' })
  })

  it('accepts exactly the balance', () => {
    expect(parseAmountInput('12.5', { ...eth, max: parseUnits('12.5', 18) })).toEqual({
      ok: true,
      value: parseUnits('12.5', 18),
    })
  })

  it('accepts zero only when asked', () => {
    expect(parseAmountInput('0', tusd)).toEqual({
      ok: false,
      reason: 'zero',
      message: 'Enter an amount greater than 0',
    })
    expect(parseAmountInput('0.000', tusd)).toMatchObject({ reason: 'zero' })
    expect(parseAmountInput('0.000', { ...tusd, allowZero: true })).toEqual({ ok: true, value: 0n })
  })
})

describe('parseAmountInput: refused inputs and their messages', () => {
  it.each([
    ['', 'empty', 'Enter an amount'],
    ['   ', 'empty', 'Enter an amount'],
    ['-1', 'negative', 'Enter a positive amount'],
    ['\u22121.5', 'negative', 'Enter a positive amount'],
    ['-0.0000001', 'negative', 'Enter a positive amount'],
    ['-', 'not-a-number', 'Enter a number, e.g. 1.5'],
    ['-abc', 'not-a-number', 'Enter a number, e.g. 1.5'],
    ['abc', 'not-a-number', 'Enter a number, e.g. 1.5'],
    ['.', 'not-a-number', 'Enter a number, e.g. 1.5'],
    ['+1', 'not-a-number', 'Enter a number, e.g. 1.5'],
    ['Infinity', 'not-a-number', 'Enter a number, e.g. 1.5'],
    ['NaN', 'not-a-number', 'Enter a number, e.g. 1.5'],
    ['1.2.3', 'not-a-number', 'Enter a number, e.g. 1.5'],
    ['\u0661', 'not-a-number', 'Enter a number, e.g. 1.5'],
    ['1e18', 'not-a-number', 'Exponents are not supported: type the full number, e.g. 1000000'],
    ['1.5E-3', 'not-a-number', 'Exponents are not supported: type the full number, e.g. 1000000'],
    ['0x10', 'not-a-number', 'Type the amount in decimal, not hex'],
    ['1 000', 'not-a-number', 'Remove the spaces: digits and one decimal point only, e.g. 1000.5'],
    [
      '1,000.5',
      'not-a-number',
      'Remove the thousands separators: digits and one decimal point only, e.g. 1000.5',
    ],
    [
      '1.000.000',
      'not-a-number',
      'Remove the thousands separators: digits and one decimal point only, e.g. 1000.5',
    ],
    [
      '1.000,25',
      'not-a-number',
      'Remove the thousands separators: digits and one decimal point only, e.g. 1000.5',
    ],
    [
      '1,000',
      'not-a-number',
      '"1,000" is ambiguous: use a point for decimals (e.g. 1.000) and no thousands separators (e.g. 1000)',
    ],
    ['1.1234567', 'too-many-decimals', 'TUSD has 6 decimals: use at most 6 digits after the point'],
  ])('%j → %s', (text, reason, message) => {
    expect(parseAmountInput(text, tusd)).toEqual({ ok: false, reason, message })
  })

  it('explains whole-number tokens', () => {
    expect(parseAmountInput('1.5', { decimals: 0, symbol: 'NFT' })).toEqual({
      ok: false,
      reason: 'too-many-decimals',
      message: 'NFT has no decimals: enter a whole number',
    })
    expect(parseAmountInput('1.5', { decimals: 0 })).toMatchObject({
      message: 'This token has no decimals: enter a whole number',
    })
  })

  it('names the balance, or what is spendable after fees', () => {
    const max = parseUnits('12.5', 18)
    expect(parseAmountInput('12.6', { ...eth, max })).toEqual({
      ok: false,
      reason: 'exceeds-balance',
      message: 'More than your balance of 12.5 ETH',
    })
    expect(parseAmountInput('13', { ...eth, max, maxKind: 'spendable' })).toEqual({
      ok: false,
      reason: 'exceeds-balance',
      message: 'More than you can send: 12.5 ETH after keeping enough for fees',
    })
    expect(parseAmountInput('1234.6', { ...tusd, max: 1_234_500_000n })).toMatchObject({
      message: 'More than your balance of 1,234.5 TUSD',
    })
    expect(parseAmountInput('1', { decimals: 6, max: 0n })).toMatchObject({
      message: 'More than your balance of 0',
    })
  })

  it('checks zero before the balance', () => {
    expect(parseAmountInput('0', { ...eth, max: 0n })).toMatchObject({ reason: 'zero' })
  })
})

describe('parseAmountInput properties', () => {
  it('round-trips formatUnits for any uint256 and decimals 0–36', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: maxUint256 }),
        fc.integer({ min: 0, max: 36 }),
        (value, decimals) => {
          const text = formatUnits(value, decimals)
          expect(parseAmountInput(text, { decimals, allowZero: true })).toEqual({ ok: true, value })
          // a decimal comma means the same, unless it is the ambiguous `d,ddd` form
          if (!/^[1-9]\d{0,2}\.\d{3}$/.test(text)) {
            expect(parseAmountInput(text.replace('.', ','), { decimals, allowZero: true })).toEqual(
              { ok: true, value },
            )
          }
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('refuses any amount above max, accepts any up to it', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 30n }),
        fc.bigInt({ min: 0n, max: 10n ** 30n }),
        (value, max) => {
          const result = parseAmountInput(formatUnits(value, 18), { decimals: 18, max })
          expect(result.ok).toBe(value <= max)
          if (!result.ok) expect(result.reason).toBe('exceeds-balance')
        },
      ),
    )
  })

  const amountLike = fc.string({
    unit: fc.constantFrom(..."0123456789.,-+eExX \u2212_'aI".split('')),
    maxLength: 30,
  })

  it('never throws on garbage and always gives a reason and a message', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), amountLike),
        fc.integer({ min: 0, max: 36 }),
        fc.option(fc.bigInt({ min: 0n, max: maxUint256 }), { nil: undefined }),
        (text, decimals, max) => {
          const result = parseAmountInput(text, { decimals, max })
          if (result.ok) {
            expect(result.value).toBeGreaterThan(0n)
            expect(result.value).toBeLessThanOrEqual(max ?? maxUint256)
            // whatever was accepted means exactly what formatUnits prints
            expect(parseAmountInput(formatUnits(result.value, decimals), { decimals })).toEqual(
              result,
            )
          } else {
            expect(reasons).toContain(result.reason)
            expect(result.message.length).toBeGreaterThan(0)
          }
        },
      ),
      { numRuns: 3000 },
    )
  })
})

describe('sanitizeAmountTyping', () => {
  it.each([
    ['1,5', '', '1.5'],
    [' 1 000 ', '', '1000'],
    ['1,', '1', '1.'],
    ['1a', '1', '1'],
    ['1.5.', '1.5', '1.5'],
    ['1x5', '15', '15'], // a keystroke in the middle
    ['-', '', ''],
    ['1e18', '', '1e18'], // a paste stays, for parseAmountInput to explain
    ['1,000', '', '1,000'],
    ['1,000.50', '', '1,000.50'],
    ['', '12', ''],
    ['.', '', '.'],
  ])('%j (previously %j) → %j', (next, previous, expected) => {
    expect(sanitizeAmountTyping(next, previous)).toBe(expected)
  })

  it('keeps the field a plain decimal number whatever keys are pressed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'0123456789.,-+e x'.split('')), { maxLength: 40 }),
        (keys) => {
          let field = ''
          for (const key of keys) field = sanitizeAmountTyping(field + key, field)
          expect(field).toMatch(/^\d*\.?\d*$/)
          if (field !== '' && field !== '.') {
            const result = parseAmountInput(field, { decimals: 18, allowZero: true })
            expect(result.ok || result.reason === 'too-many-decimals').toBe(true)
          }
        },
      ),
    )
  })
})

describe('maxSpendable', () => {
  it('leaves the reserve and never goes negative', () => {
    expect(maxSpendable({ balance: 10n, reserve: 3n })).toBe(7n)
    expect(maxSpendable({ balance: 3n, reserve: 3n })).toBe(0n)
    expect(maxSpendable({ balance: 2n, reserve: 3n })).toBe(0n)
    expect(maxSpendable({ balance: 5n })).toBe(5n)
    expect(maxSpendable({ balance: 5n, reserve: -2n })).toBe(5n)
  })

  it('is within [0, balance] and exact when the balance covers the reserve', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: maxUint256 }), fc.bigInt(), (balance, reserve) => {
        const max = maxSpendable({ balance, reserve })
        expect(max >= 0n && max <= balance).toBe(true)
        if (reserve >= 0n && balance >= reserve) expect(max).toBe(balance - reserve)
      }),
    )
  })
})
