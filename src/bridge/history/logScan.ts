// The plan of an `eth_getLogs` scan over a block range, newest first, as a pure state machine:
// the runner (scanLogs.ts) asks what to do next and reports each answer. It keeps the requests
// bounded on real endpoints (real-networks.md §5): an adaptive window that starts from the
// endpoint's known cap, shrinks on "too large" (to the provider's own suggestion when it gives
// one) and grows after successes but never back to a size known to fail; at most a few requests
// in flight; a 429 is retried on the same range after `Retry-After` (never split), with fewer
// requests in flight; network hiccups are retried after a back-off; anything else stops the scan
// with a reason. Times are milliseconds, given by the caller (tests run it on a fake clock).

/** What the endpoint answered to one request. */
export type LogScanAnswer =
  | { kind: 'ok' }
  /** The range or the result was too large; `suggestedSize` when the provider said what fits. */
  | { kind: 'too-large'; detail: string; suggestedSize?: bigint | undefined }
  | { kind: 'rate-limited'; retryAfterMs?: number | undefined }
  /** No answer: HTTP 5xx, a timeout, the network. */
  | { kind: 'transient'; detail: string }
  | { kind: 'fatal'; detail: string }

export type LogScanStep =
  | { type: 'request'; id: number; fromBlock: bigint; toBlock: bigint }
  /** Nothing may be sent before `untilMs` (back-off). */
  | { type: 'wait'; untilMs: number }
  /** Wait for an answer in flight. */
  | { type: 'busy' }
  | { type: 'done' }
  | { type: 'stopped'; reason: string }

export type LogScanOptions = {
  fromBlock: bigint
  toBlock: bigint
  /** The first window: the endpoint's known block-range cap (default 10,000, Infura's). */
  initialWindow?: bigint | undefined
  /** The largest window ever asked for (default 1,000,000; endpoints without a cap grow to it). */
  maxWindow?: bigint | undefined
  /** Requests in flight at most (default 3). */
  maxInFlight?: number | undefined
  /** First back-off without a Retry-After (doubles, up to `maxDelayMs`). */
  baseDelayMs?: number | undefined
  maxDelayMs?: number | undefined
  /** A range that gets no answer this many times in a row stops the scan (default 6). */
  maxTransientAttempts?: number | undefined
  /** Rate limited this long without a single success stops the scan (default 5 minutes). */
  maxRateLimitedMs?: number | undefined
}

export type LogScanProgress = {
  /** Every block from here to `toBlock` has been scanned (`toBlock + 1` before any). */
  scannedFrom: bigint
  requests: number
  rateLimited: number
  window: bigint
}

type Range = { from: bigint; to: bigint }

const byNewest = (a: Range, b: Range) => (a.to > b.to ? -1 : a.to < b.to ? 1 : 0)
const minBig = (a: bigint, b: bigint) => (a < b ? a : b)
const maxBig = (a: bigint, b: bigint) => (a > b ? a : b)

/** Splits a range into pieces of at most `size` blocks, newest first. */
function split(range: Range, size: bigint): Range[] {
  const pieces: Range[] = []
  for (let to = range.to; to >= range.from; to -= size)
    pieces.push({ from: maxBig(range.from, to - size + 1n), to })
  return pieces
}

export function createLogScan(options: LogScanOptions) {
  const { fromBlock, toBlock } = options
  const maxWindow = options.maxWindow ?? 1_000_000n
  const maxInFlight = Math.max(1, options.maxInFlight ?? 3)
  const baseDelayMs = options.baseDelayMs ?? 1_000
  const maxDelayMs = options.maxDelayMs ?? 30_000
  const maxTransientAttempts = options.maxTransientAttempts ?? 6
  const maxRateLimitedMs = options.maxRateLimitedMs ?? 5 * 60_000

  let window = minBig(maxWindow, maxBig(1n, options.initialWindow ?? 10_000n))
  /** The smallest window the endpoint refused: never grow back to it. */
  let ceiling = maxWindow + 1n
  let cursor = toBlock
  const queue: Range[] = []
  const inFlight = new Map<number, Range>()
  const done: Range[] = []
  const transientAttempts = new Map<string, number>()
  let nextId = 1
  // slow start: one request until the endpoint has answered one, then more
  let limit = 1
  /** A single request at twice the window, to learn whether the endpoint serves it. */
  let probe: { id: number; size: bigint } | undefined
  let pausedUntil = 0
  /** The largest range the endpoint has served. */
  let served = 0n
  /** Full windows served since the window last changed: two make it try a bigger one. */
  let growth = 0
  let rateLimitedSince: number | undefined
  let backoffLevel = 0
  /** Hint-less refusals of ever smaller ranges, to tell a refusal from a cap. */
  const unhinted: { size: bigint; detail: string }[] = []
  let stopped: string | undefined
  let requests = 0
  let rateLimited = 0

  const key = (r: Range) => `${r.from}:${r.to}`
  const backoff = () => Math.min(maxDelayMs, baseDelayMs * 2 ** backoffLevel++)
  const requeue = (...ranges: Range[]) => {
    queue.push(...ranges)
    queue.sort(byNewest)
  }

  function scannedFrom(): bigint {
    const sorted = [...done].sort(byNewest)
    let low = toBlock + 1n
    for (const r of sorted) {
      if (r.to !== low - 1n) break
      low = r.from
    }
    return low
  }

  function progress(): LogScanProgress {
    return { scannedFrom: scannedFrom(), requests, rateLimited, window }
  }

  function next(now: number): LogScanStep {
    if (stopped !== undefined) return { type: 'stopped', reason: stopped }
    if (queue.length === 0 && cursor < fromBlock && inFlight.size === 0) return { type: 'done' }
    if (inFlight.size >= limit) return { type: 'busy' }
    if (queue.length === 0 && cursor < fromBlock) return { type: 'busy' }
    if (now < pausedUntil)
      return inFlight.size > 0 ? { type: 'busy' } : { type: 'wait', untilMs: pausedUntil }
    const id = nextId++
    let range = queue.shift()
    if (!range) {
      const wantsProbe =
        probe === undefined && growth >= 2 && window * 2n < ceiling && window * 2n <= maxWindow
      const size = wantsProbe ? window * 2n : window
      if (wantsProbe) {
        probe = { id, size }
        growth = 0
      }
      range = { from: maxBig(fromBlock, cursor - size + 1n), to: cursor }
      cursor = range.from - 1n
    }
    inFlight.set(id, range)
    requests++
    return { type: 'request', id, fromBlock: range.from, toBlock: range.to }
  }

  function report(id: number, answer: LogScanAnswer, now: number) {
    const range = inFlight.get(id)
    if (!range) return
    inFlight.delete(id)
    if (stopped !== undefined) return
    const size = range.to - range.from + 1n
    switch (answer.kind) {
      case 'ok': {
        done.push(range)
        if (size > served) served = size
        transientAttempts.delete(key(range))
        rateLimitedSince = undefined
        backoffLevel = 0
        unhinted.length = 0
        // grow after two full windows, one probe at a time, never to a size the endpoint refused
        if (probe?.id === id) {
          window = probe.size
          probe = undefined
        } else if (size >= window) growth++
        if (limit < maxInFlight) limit++
        return
      }
      case 'too-large': {
        if (probe?.id === id) probe = undefined
        growth = 0
        if (size <= 1n) {
          stopped = `the RPC refuses eth_getLogs even for one block (${answer.detail})`
          return
        }
        ceiling = minBig(ceiling, size)
        let fits = answer.suggestedSize
        const hinted = fits !== undefined && fits >= 1n && fits < size
        if (!hinted || fits === undefined) {
          // the same refusal three times as the range shrinks: not about the size at all
          const last = unhinted.at(-1)
          if (last && last.detail === answer.detail && size < last.size)
            unhinted.push({ size, detail: answer.detail })
          else if (!last || size < last.size || last.detail !== answer.detail)
            unhinted.splice(0, unhinted.length, { size, detail: answer.detail })
          if (unhinted.length >= 3) {
            stopped = `the RPC refuses eth_getLogs (${answer.detail})`
            return
          }
          // a size served before is the safe guess; else a tenth
          fits = served > 0n && served < size ? served : maxBig(1n, size / 10n)
        }
        // the provider's own figure is what it serves; a guess only ever shrinks the window
        window = hinted ? fits : minBig(window, fits)
        requeue(...split(range, fits))
        return
      }
      case 'rate-limited': {
        rateLimited++
        rateLimitedSince ??= now
        if (now - rateLimitedSince > maxRateLimitedMs) {
          stopped = 'the RPC keeps refusing: rate limited for minutes'
          return
        }
        pausedUntil = Math.max(pausedUntil, now + (answer.retryAfterMs ?? backoff()))
        limit = Math.max(1, Math.floor(limit / 2))
        if (probe?.id === id) probe = undefined
        requeue(range)
        return
      }
      case 'transient': {
        const attempts = (transientAttempts.get(key(range)) ?? 0) + 1
        transientAttempts.set(key(range), attempts)
        if (attempts >= maxTransientAttempts) {
          stopped = `the RPC did not answer (${answer.detail})`
          return
        }
        pausedUntil = Math.max(pausedUntil, now + backoff())
        if (probe?.id === id) probe = undefined
        requeue(range)
        return
      }
      case 'fatal':
        stopped = answer.detail
        return
    }
  }

  return { next, report, progress }
}

export type LogScan = ReturnType<typeof createLogScan>
