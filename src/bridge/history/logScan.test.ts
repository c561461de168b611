import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLogScan, type LogScanAnswer, type LogScanOptions } from './logScan'

// The scan plan against simulated providers: caps stated or not, rate limits, storms, network
// hiccups, refusals. Whatever they answer, the scan ends complete or stopped with a reason,
// within a bound on requests.

type Provider = {
  /** Largest range served; undefined: any. */
  cap?: bigint
  /** How the provider says what fits: nothing, its limit, or a range. */
  hint: 'none' | 'limit' | 'range'
  /** Answers 429 to requests number n with this probability (seeded by n). */
  rateLimitEvery?: number
  /** Every request answers 429 until this time (a storm). */
  stormUntilMs?: number
  retryAfterMs?: number
  /** Every n-th request gets no answer. */
  transientEvery?: number
  /** This request number and all later ones are refused for good. */
  fatalFrom?: number
  /** Refuses with the same hint-less "too large" whatever the size (a misconfigured node). */
  alwaysRefuses?: boolean
}

/** About one request in `every`, pseudo-randomly (a fixed cadence would beat the scan's own). */
function hits(n: number, every: number) {
  let h = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0 < 4294967296 / every
}

function answerOf(p: Provider, n: number, size: bigint, now: number): LogScanAnswer {
  if (p.fatalFrom !== undefined && n >= p.fatalFrom)
    return { kind: 'fatal', detail: 'method not found' }
  if (p.stormUntilMs !== undefined && now < p.stormUntilMs)
    return { kind: 'rate-limited', retryAfterMs: p.retryAfterMs }
  if (p.rateLimitEvery && hits(n, p.rateLimitEvery))
    return { kind: 'rate-limited', retryAfterMs: p.retryAfterMs }
  if (p.transientEvery && n % p.transientEvery === 0)
    return { kind: 'transient', detail: 'HTTP 502' }
  if (p.alwaysRefuses) return { kind: 'too-large', detail: 'invalid params' }
  if (p.cap !== undefined && size > p.cap)
    return {
      kind: 'too-large',
      detail: `range ${size} exceeds limit of ${p.cap}`,
      ...(p.hint === 'none' ? {} : { suggestedSize: p.cap }),
    }
  return { kind: 'ok' }
}

type Run = {
  end: { type: 'done' } | { type: 'stopped'; reason: string }
  ok: { from: bigint; to: bigint }[]
  requests: { from: bigint; to: bigint; answer: LogScanAnswer['kind'] }[]
  maxInFlight: number
  elapsedMs: number
}

/** Drives a scan against a provider, answering in flight requests in a shuffled order. */
function run(options: LogScanOptions, provider: Provider, order: number[] = []): Run {
  const scan = createLogScan(options)
  let now = 0
  const pending: { id: number; from: bigint; to: bigint; n: number }[] = []
  const result: Run = { end: { type: 'done' }, ok: [], requests: [], maxInFlight: 0, elapsedMs: 0 }
  for (let steps = 0; steps < 200_000; steps++) {
    const step = scan.next(now)
    if (step.type === 'request') {
      pending.push({
        id: step.id,
        from: step.fromBlock,
        to: step.toBlock,
        n: result.requests.length + 1,
      })
      result.requests.push({ from: step.fromBlock, to: step.toBlock, answer: 'ok' })
      result.maxInFlight = Math.max(result.maxInFlight, pending.length)
      continue
    }
    if (step.type === 'done' || step.type === 'stopped') {
      result.end = step
      result.elapsedMs = now
      return result
    }
    if (step.type === 'wait' && pending.length === 0) {
      now = step.untilMs
      continue
    }
    // answer one request in flight
    const pick = order.length > 0 ? (order[steps % order.length] ?? 0) % pending.length : 0
    const [request] = pending.splice(pick, 1)
    if (!request) throw new Error('busy with nothing in flight')
    now += 50
    const answer = answerOf(provider, request.n, request.to - request.from + 1n, now)
    const record = result.requests[request.n - 1]
    if (record) record.answer = answer.kind
    if (answer.kind === 'ok') result.ok.push({ from: request.from, to: request.to })
    scan.report(request.id, answer, now)
  }
  throw new Error('the scan did not end')
}

/** The successful ranges cover [from, to] exactly once. */
function coversExactly(ok: Run['ok'], from: bigint, to: bigint) {
  const sorted = [...ok].sort((a, b) => (a.from < b.from ? -1 : 1))
  let expected = from
  for (const r of sorted) {
    if (r.from !== expected) return false
    expected = r.to + 1n
  }
  return expected === to + 1n
}

const windows = (range: bigint, cap: bigint) => Number((range + cap - 1n) / cap)

describe('createLogScan', () => {
  it('walks newest first in windows of the known cap, a few in flight', () => {
    const r = run(
      { fromBlock: 1n, toBlock: 1_000n, initialWindow: 100n },
      { cap: 100n, hint: 'limit' },
      [1, 0, 2],
    )
    expect(r.end).toEqual({ type: 'done' })
    expect(r.requests[0]).toMatchObject({ from: 901n, to: 1_000n })
    expect(coversExactly(r.ok, 1n, 1_000n)).toBe(true)
    expect(r.maxInFlight).toBeLessThanOrEqual(3)
    // 10 windows, and one try at twice the cap that taught it the limit
    expect(r.requests.length).toBeLessThanOrEqual(11)
  })

  it('jumps to the size the provider names', () => {
    const r = run(
      { fromBlock: 0n, toBlock: 99_999n, initialWindow: 10_000n },
      { cap: 10n, hint: 'range' },
    )
    expect(r.end).toEqual({ type: 'done' })
    expect(r.requests.filter((q) => q.answer === 'too-large').length).toBeLessThanOrEqual(4)
    expect(r.requests.length).toBeLessThanOrEqual(windows(100_000n, 10n) * 1.1 + 5)
  })

  it('retries a rate-limited range as it was, after Retry-After, and ends complete', () => {
    const r = run(
      { fromBlock: 0n, toBlock: 1_999n, initialWindow: 20n },
      { cap: 20n, hint: 'limit', rateLimitEvery: 7, retryAfterMs: 1_000 },
      [2, 1, 0],
    )
    expect(r.end).toEqual({ type: 'done' })
    expect(coversExactly(r.ok, 0n, 1_999n)).toBe(true)
    for (const [i, q] of r.requests.entries())
      if (q.answer === 'rate-limited')
        expect(
          r.requests.slice(i + 1).some((later) => later.from === q.from && later.to === q.to),
        ).toBe(true)
  })

  it('survives a 30 s storm of 429s and completes', () => {
    const r = run(
      { fromBlock: 0n, toBlock: 2_000n, initialWindow: 20n },
      { cap: 20n, hint: 'limit', stormUntilMs: 30_000, retryAfterMs: 1_000 },
    )
    expect(r.end).toEqual({ type: 'done' })
    expect(coversExactly(r.ok, 0n, 2_000n)).toBe(true)
    expect(r.requests.filter((q) => q.answer === 'rate-limited').length).toBeLessThanOrEqual(40)
  })

  it('stops in at most 3 requests on a refusal that is not about the range', () => {
    const fatal = run(
      { fromBlock: 0n, toBlock: 1_000_000n, initialWindow: 10_000n },
      { hint: 'none', fatalFrom: 1 },
    )
    expect(fatal.end).toEqual({ type: 'stopped', reason: 'method not found' })
    expect(fatal.requests.length).toBeLessThanOrEqual(3)
    const refuses = run(
      { fromBlock: 0n, toBlock: 1_000_000n, maxInFlight: 1 },
      { hint: 'none', alwaysRefuses: true },
    )
    expect(refuses.end.type).toBe('stopped')
    expect(refuses.requests.length).toBeLessThanOrEqual(3)
  })

  it('stops when the network never answers a range', () => {
    const r = run(
      { fromBlock: 0n, toBlock: 100n, initialWindow: 10n, maxInFlight: 1 },
      { hint: 'none', transientEvery: 1 },
    )
    expect(r.end).toEqual({ type: 'stopped', reason: 'the RPC did not answer (HTTP 502)' })
  })

  it('reports how far back it has looked, contiguously from the newest block', () => {
    const scan = createLogScan({ fromBlock: 0n, toBlock: 99n, initialWindow: 10n, maxInFlight: 3 })
    const first = scan.next(0)
    if (first.type !== 'request') throw new Error('expected a request')
    expect(scan.next(0)).toEqual({ type: 'busy' }) // one at a time until the endpoint answered
    expect(scan.progress().scannedFrom).toBe(100n)
    scan.report(first.id, { kind: 'ok' }, 1)
    expect(scan.progress().scannedFrom).toBe(90n)
    const a = scan.next(1)
    const b = scan.next(1)
    if (a.type !== 'request' || b.type !== 'request') throw new Error('expected requests')
    scan.report(b.id, { kind: 'ok' }, 2) // the older window first: no contiguous progress yet
    expect(scan.progress().scannedFrom).toBe(90n)
    scan.report(a.id, { kind: 'ok' }, 3)
    expect(scan.progress().scannedFrom).toBe(70n)
  })

  const providers = fc.record({
    from: fc.bigInt({ min: 0n, max: 1_000n }),
    length: fc.bigInt({ min: 1n, max: 20_000n }),
    cap: fc.option(fc.bigInt({ min: 4n, max: 5_000n }), { nil: undefined }),
    hint: fc.constantFrom('none' as const, 'limit' as const, 'range' as const),
    initialWindow: fc.bigInt({ min: 1n, max: 20_000n }),
    maxInFlight: fc.integer({ min: 1, max: 4 }),
    rateLimitEvery: fc.option(fc.integer({ min: 2, max: 10 }), { nil: undefined }),
    transientEvery: fc.option(fc.integer({ min: 3, max: 20 }), { nil: undefined }),
    stormUntilMs: fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined }),
    retryAfterMs: fc.option(fc.integer({ min: 100, max: 5_000 }), { nil: undefined }),
    order: fc.array(fc.nat(5), { minLength: 1, maxLength: 8 }),
  })
  type Case = typeof providers extends fc.Arbitrary<infer T> ? T : never
  const providerOf = (c: Case): Provider => ({
    hint: c.hint,
    ...(c.cap === undefined ? {} : { cap: c.cap }),
    ...(c.rateLimitEvery === undefined ? {} : { rateLimitEvery: c.rateLimitEvery }),
    ...(c.transientEvery === undefined ? {} : { transientEvery: c.transientEvery }),
    ...(c.stormUntilMs === undefined ? {} : { stormUntilMs: c.stormUntilMs }),
    ...(c.retryAfterMs === undefined ? {} : { retryAfterMs: c.retryAfterMs }),
  })

  it('any provider, answers in any order: complete or stopped with a reason (property)', () => {
    fc.assert(
      fc.property(providers, (c) => {
        const toBlock = c.from + c.length - 1n
        const r = run(
          {
            fromBlock: c.from,
            toBlock,
            initialWindow: c.initialWindow,
            maxInFlight: c.maxInFlight,
          },
          providerOf(c),
          c.order,
        )
        expect(r.maxInFlight).toBeLessThanOrEqual(c.maxInFlight)
        // never split because of a 429: each rate-limited range is asked again as it was
        for (const [i, q] of r.requests.entries())
          if (q.answer === 'rate-limited' && r.end.type === 'done')
            expect(r.requests.slice(i + 1).some((l) => l.from === q.from && l.to === q.to)).toBe(
              true,
            )
        // complete, or stopped saying why: hiccups that keep hitting one range, or 429s for minutes
        if (r.end.type === 'stopped') {
          const reason = r.end.reason
          const allowed = [
            ...(c.transientEvery ? [/^the RPC did not answer/] : []),
            ...(c.rateLimitEvery || c.stormUntilMs ? [/^the RPC keeps refusing/] : []),
          ]
          expect(allowed.some((pattern) => pattern.test(reason))).toBe(true)
          return
        }
        expect(coversExactly(r.ok, c.from, toBlock)).toBe(true)
        // answered out of order, growth may starve; still never more than a request per block
        // (and per shrinking step) besides the retries
        const tries = r.requests.filter((q) => q.answer === 'ok' || q.answer === 'too-large').length
        expect(tries).toBeLessThanOrEqual(
          Number(c.length) + 4 * Math.log2(Number(c.initialWindow)) + 10,
        )
      }),
      { numRuns: 150 },
    )
  }, 60_000)

  it('an endpoint of known cap, answering in order: at most 1.1 × the ideal + a constant (property)', () => {
    fc.assert(
      fc.property(providers, (c) => {
        const cap = c.cap ?? 10_000n
        const toBlock = c.from + c.length - 1n
        const r = run(
          { fromBlock: c.from, toBlock, initialWindow: cap, maxInFlight: c.maxInFlight },
          { ...providerOf(c), cap },
        )
        if (r.end.type === 'stopped') return // (hiccups on one range: the property above)
        const tries = r.requests.filter((q) => q.answer === 'ok' || q.answer === 'too-large').length
        const retries = r.requests.length - tries
        expect(tries).toBeLessThanOrEqual(1.1 * windows(c.length, cap) + 5 + retries)
      }),
      { numRuns: 150 },
    )
  }, 60_000)
})
