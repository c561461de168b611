import { describe, expect, it } from 'vitest'
import { rangeError, resultsError } from './logsLimits'

describe('rangeError', () => {
  it('allows a range up to the cap, inclusive of both ends', () => {
    expect(rangeError({ style: 'infura', maxLogsBlockRange: 10 }, 100n, 109n)).toBeUndefined()
    expect(rangeError({ style: 'infura' }, 0n, 10n ** 9n)).toBeUndefined()
  })
  it('answers like Infura, Alchemy and a capped Era node', () => {
    expect(rangeError({ style: 'infura', maxLogsBlockRange: 10_000 }, 0n, 1_000_000n)).toEqual({
      code: -32602,
      message: 'range 1000000 exceeds limit of 10000',
    })
    expect(rangeError({ style: 'alchemy', maxLogsBlockRange: 10 }, 16n, 100n)).toEqual({
      code: -32600,
      message:
        'You can make eth_getLogs requests with up to a 10 block range. Based on your parameters, this block range should work: [0x10, 0x19]',
    })
    expect(rangeError({ style: 'era', maxLogsBlockRange: 5 }, 0n, 9n)?.code).toBe(-32602)
  })
})

describe('resultsError', () => {
  const blocks = [5n, 1n, 3n, 3n, 9n]
  it('returns the answer when it fits', () => {
    expect(resultsError({ style: 'era', maxLogsResults: 5 }, 0n, blocks)).toBeUndefined()
  })
  it('names the range that ends before the first log past the cap (Era, Infura)', () => {
    expect(resultsError({ style: 'era', maxLogsResults: 3 }, 0n, blocks)).toEqual({
      code: -32602,
      message: 'Query returned more than 3 results. Try with this block range [0x0, 0x4].',
    })
    expect(resultsError({ style: 'infura', maxLogsResults: 2 }, 1n, blocks)).toEqual({
      code: -32005,
      message: 'query returned more than 2 results. Try with this block range [0x1, 0x2].',
    })
  })
  it('never names a range that ends before it starts', () => {
    expect(resultsError({ style: 'era', maxLogsResults: 1 }, 3n, [3n, 3n])?.message).toContain(
      '[0x3, 0x3]',
    )
  })
})
