import { describe, expect, it } from 'vitest'
import { createRateLimiter } from './rateLimiter'

describe('createRateLimiter', () => {
  it('lets a burst through, then refills at the rate', () => {
    let t = 0
    const limiter = createRateLimiter({ perSecond: 10, burst: 3, now: () => t })
    expect([limiter.take(), limiter.take(), limiter.take()].every((v) => v.ok)).toBe(true)
    expect(limiter.take()).toEqual({ ok: false, retryAfterSeconds: 1 })
    t = 100
    expect(limiter.take().ok).toBe(true)
    expect(limiter.take().ok).toBe(false)
  })
  it('counts a batch as its calls', () => {
    let t = 0
    const limiter = createRateLimiter({ perSecond: 5, now: () => t })
    expect(limiter.take(5).ok).toBe(true)
    expect(limiter.take(1).ok).toBe(false)
    t = 1000
    expect(limiter.take(5).ok).toBe(true)
  })
  it('refuses everything during a storm, with the time left as Retry-After', () => {
    let t = 0
    const limiter = createRateLimiter({ perSecond: 1000, now: () => t })
    limiter.storm(30_000)
    expect(limiter.take()).toEqual({ ok: false, retryAfterSeconds: 30 })
    t = 29_500
    expect(limiter.take()).toEqual({ ok: false, retryAfterSeconds: 1 })
    t = 30_000
    expect(limiter.take().ok).toBe(true)
  })
})
