/**
 * A token bucket per endpoint: `perSecond` calls refill per second up to `burst`. `take(n)`
 * answers whether n calls may pass now, and if not, how many seconds to wait (Retry-After).
 * A storm (every call refused until a time) models a provider's outage or a hard limit.
 */
export function createRateLimiter(p: {
  perSecond: number
  burst?: number
  retryAfterSeconds?: number
  now?: () => number
}) {
  const now = p.now ?? Date.now
  const burst = p.burst ?? p.perSecond
  let tokens = burst
  let at = now()
  let stormUntil = 0
  const refill = () => {
    const t = now()
    tokens = Math.min(burst, tokens + ((t - at) / 1000) * p.perSecond)
    at = t
  }
  return {
    /** `{ ok: true }`, or `{ ok: false, retryAfterSeconds }`. */
    take(count = 1): { ok: true } | { ok: false; retryAfterSeconds: number } {
      const t = now()
      if (t < stormUntil)
        return { ok: false, retryAfterSeconds: Math.ceil((stormUntil - t) / 1000) }
      refill()
      if (tokens >= count) {
        tokens -= count
        return { ok: true }
      }
      const wait = Math.ceil((count - tokens) / p.perSecond)
      return { ok: false, retryAfterSeconds: Math.max(p.retryAfterSeconds ?? 1, wait) }
    },
    /** Refuses every call for `ms` from now. */
    storm(ms: number) {
      stormUntil = now() + ms
    },
  }
}
