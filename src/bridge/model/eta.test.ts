import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { estimateReadyTime, secondsLeft, typicalExecutionDelay } from './eta'

describe('typicalExecutionDelay', () => {
  it('is the median delay from creation to execution', () => {
    expect(
      typicalExecutionDelay([
        { createdAt: 0, executedAt: 100 },
        { createdAt: 10, executedAt: 1_000_010 },
        { createdAt: 5, executedAt: 205 },
      ]),
    ).toBe(200)
    expect(
      typicalExecutionDelay([
        { createdAt: 0, executedAt: 100 },
        { createdAt: 0, executedAt: 300 },
      ]),
    ).toBe(200)
  })
  it('ignores impossible samples and is undefined without any', () => {
    expect(typicalExecutionDelay([])).toBeUndefined()
    expect(typicalExecutionDelay([{ createdAt: 10, executedAt: 5 }])).toBeUndefined()
    expect(typicalExecutionDelay([{ createdAt: 0, executedAt: Number.NaN }])).toBeUndefined()
  })
  it('lies between the smallest and largest delay', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1e9), fc.nat(1e9)), { minLength: 1, maxLength: 20 }),
        (pairs) => {
          const samples = pairs.map(([c, d]) => ({ createdAt: c, executedAt: c + d }))
          const delay = typicalExecutionDelay(samples) as number
          const delays = pairs.map(([, d]) => d)
          return delay >= Math.min(...delays) && delay <= Math.max(...delays)
        },
      ),
    )
  })
})

describe('estimateReadyTime', () => {
  const samples = [{ createdAt: 0, executedAt: 3 * 3600_000 }]
  it('adds the typical delay to the batch creation time', () => {
    expect(estimateReadyTime({ batchCreatedAt: 1_000, samples, now: 2_000 })).toBe(
      1_000 + 3 * 3600_000,
    )
  })
  it('uses now for a batch not created yet, and is never in the past', () => {
    expect(estimateReadyTime({ batchCreatedAt: undefined, samples, now: 50 })).toBe(
      50 + 3 * 3600_000,
    )
    expect(estimateReadyTime({ batchCreatedAt: 0, samples, now: 4 * 3600_000 })).toBe(4 * 3600_000)
  })
  it('is unknown without history', () => {
    expect(estimateReadyTime({ batchCreatedAt: 0, samples: [], now: 0 })).toBeUndefined()
  })
})

describe('secondsLeft', () => {
  it('counts down in whole seconds and stops at zero', () => {
    expect(secondsLeft(10_500, 0)).toBe(11)
    expect(secondsLeft(10_000, 10_000)).toBe(0)
    expect(secondsLeft(0, 5_000)).toBe(0)
  })
})
