import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseGasPriceInput } from './parseGasPriceInput'

describe('parseGasPriceInput', () => {
  it('empty is the live price; gwei become wei', () => {
    expect(parseGasPriceInput('')).toEqual({ ok: true, value: undefined })
    expect(parseGasPriceInput('1.5')).toEqual({ ok: true, value: 1_500_000_000n })
    expect(parseGasPriceInput(' 0.000000001 ')).toEqual({ ok: true, value: 1n })
  })

  it('refuses zero, too many decimals, absurd prices and non-numbers, saying why', () => {
    expect(parseGasPriceInput('0')).toEqual({
      ok: false,
      message: 'Enter a gas price above 0 gwei',
    })
    expect(parseGasPriceInput('0.0000000001')).toEqual({
      ok: false,
      message: 'At most 9 decimals: 1 gwei is 10⁹ wei',
    })
    expect(parseGasPriceInput('20000')).toEqual({ ok: false, message: 'At most 10,000 gwei' })
    const nan = parseGasPriceInput('abc')
    expect(nan.ok).toBe(false)
    if (!nan.ok) expect(nan.message.length).toBeGreaterThan(5)
    expect(parseGasPriceInput('-1')).toEqual({
      ok: false,
      message: 'A gas price cannot be negative',
    })
  })

  it('any whole number of wei up to the cap round-trips', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10_000n * 10n ** 9n }), (wei) => {
        const gwei = `${wei / 10n ** 9n}.${(wei % 10n ** 9n).toString().padStart(9, '0')}`
        expect(parseGasPriceInput(gwei)).toEqual({ ok: true, value: wei })
      }),
    )
  })
})
