import { BaseError, HttpRequestError, RpcRequestError, TimeoutError } from 'viem'
import type { LogScanAnswer } from './logScan'

// What an `eth_getLogs` failure means for a scan, read from viem's error chain: the HTTP status
// and the JSON-RPC code decide; the provider's message is only read for the figure it may give
// (the range that would fit, or its limit), never to decide what kind of failure it is.

/** JSON-RPC codes providers answer a too-wide range or too many results with. */
const TOO_LARGE_CODES = new Set([-32005, -32602, -32600, -32000, -32614])
/** Rate limits answered in a JSON-RPC body (HTTP 200): Alchemy in batches, QuickNode. */
const RATE_LIMIT_CODES = new Set([429, -32007])

function codeOf(error: BaseError): number | undefined {
  const found = error.walk(
    (e) => typeof (e as { code?: unknown }).code === 'number' && !(e instanceof HttpRequestError),
  )
  const code = (found as { code?: unknown } | null)?.code
  return typeof code === 'number' ? code : undefined
}

/** The provider's own words (the deepest `details`), for the figures it may name. */
function detailsOf(error: BaseError): string {
  let text = error.shortMessage
  error.walk((e) => {
    if (e instanceof BaseError && e.details) text = e.details
    return false
  })
  return text
}

/**
 * The size that fits, from a message such as "this block range should work: [0x10, 0x19]",
 * "Try with this block range [0x0, 0x4]", "exceeds limit of 10000" or "up to a 10 block range".
 */
export function suggestedSizeOf(message: string): bigint | undefined {
  const range = /\[\s*(0x[0-9a-fA-F]+|\d+)\s*,\s*(0x[0-9a-fA-F]+|\d+)\s*\]/.exec(message)
  if (range?.[1] && range[2]) {
    const from = BigInt(range[1])
    const to = BigInt(range[2])
    if (to >= from) return to - from + 1n
  }
  const limit = /limit of (\d+)|up to a (\d+)[ -]block range|(\d+)[ -]block range limit/i.exec(
    message,
  )
  const figure = limit?.[1] ?? limit?.[2] ?? limit?.[3]
  return figure ? BigInt(figure) : undefined
}

/** The HTTP answer under the error: a bare HTTP failure, or a JSON-RPC error sent with a non-2xx status. */
function httpOf(
  error: BaseError,
): { status?: number | undefined; headers?: Headers | undefined } | undefined {
  const found = error.walk(
    (e) =>
      e instanceof HttpRequestError || (e instanceof RpcRequestError && e.status !== undefined),
  )
  return found instanceof HttpRequestError || found instanceof RpcRequestError ? found : undefined
}

function retryAfterMsOf(http: { headers?: Headers | undefined }): number | undefined {
  const header = http.headers?.get('retry-after')
  if (!header) return undefined
  const seconds = Number.parseInt(header, 10)
  if (!Number.isNaN(seconds)) return seconds * 1000
  const at = Date.parse(header) - Date.now()
  return at > 0 ? at : undefined
}

/** The scan's reading of an `eth_getLogs` failure. */
export function classifyLogsError(error: unknown): LogScanAnswer {
  if (!(error instanceof BaseError))
    return { kind: 'transient', detail: error instanceof Error ? error.message : String(error) }
  if (error.walk((e) => e instanceof TimeoutError))
    return { kind: 'transient', detail: 'timed out' }
  const http = httpOf(error)
  const code = codeOf(error)
  const detail = detailsOf(error)
  if (http) {
    const { status } = http
    if (status === 429) return { kind: 'rate-limited', retryAfterMs: retryAfterMsOf(http) }
    if (status === 413)
      return { kind: 'too-large', detail: 'HTTP 413', suggestedSize: suggestedSizeOf(detail) }
    if (status === undefined || status === 408 || status >= 500)
      return { kind: 'transient', detail: status ? `HTTP ${status}` : 'the network failed' }
    if (code === undefined) return { kind: 'fatal', detail: `the RPC answered HTTP ${status}` }
  }
  if (code !== undefined && RATE_LIMIT_CODES.has(code)) return { kind: 'rate-limited' }
  if (code !== undefined && TOO_LARGE_CODES.has(code))
    return { kind: 'too-large', detail, suggestedSize: suggestedSizeOf(detail) }
  return { kind: 'fatal', detail: code === undefined ? detail : `${detail} (code ${code})` }
}
