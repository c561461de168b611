import { describe, expect, it } from 'vitest'
import { isResultFor, parseRequiredGasLimit } from './checkBaseCostInputs'

describe('parseRequiredGasLimit', () => {
  it('needs a whole number from 1 to 72,000,000, saying what is wrong', () => {
    expect(parseRequiredGasLimit('300000')).toEqual({ ok: true, value: 300_000n })
    expect(parseRequiredGasLimit(' 72000000 ')).toEqual({ ok: true, value: 72_000_000n })
    expect(parseRequiredGasLimit('')).toEqual({ ok: false, message: 'Enter an L2 gas limit' })
    expect(parseRequiredGasLimit('0')).toEqual({
      ok: false,
      message: 'Enter a gas limit greater than 0',
    })
    expect(parseRequiredGasLimit('72000001')).toEqual({
      ok: false,
      message: 'At most 72,000,000 gas',
    })
    for (const bad of ['-5', '1.5', 'abc', '1e6'])
      expect(parseRequiredGasLimit(bad)).toEqual({
        ok: false,
        message: 'Enter a whole number of gas units, digits only (e.g. 300000)',
      })
  })
})

describe('isResultFor', () => {
  const result = { gasPrice: 7n, l2GasLimit: 100n }
  it('matches the same limit and price; any price when live', () => {
    expect(isResultFor(result, { gasPrice: 7n, l2GasLimit: 100n })).toBe(true)
    expect(isResultFor(result, { gasPrice: undefined, l2GasLimit: 100n })).toBe(true)
    expect(isResultFor(result, { gasPrice: 8n, l2GasLimit: 100n })).toBe(false)
    expect(isResultFor(result, { gasPrice: 7n, l2GasLimit: 101n })).toBe(false)
  })
})
