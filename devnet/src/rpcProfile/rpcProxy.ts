import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { postJson } from '../jsonrpc/client'
import { type JsonRpcErrorObject, rangeError, resultsError } from './logsLimits'
import type { EndpointProfile } from './profile'
import { createRateLimiter } from './rateLimiter'

// A JSON-RPC proxy in front of one devnet endpoint that behaves like a real provider
// (profile.ts): capped `eth_getLogs`, HTTP 429 with Retry-After above a call rate, latency.
// It counts what clients ask, so tests and benches can assert on it; its own `devnet_*Rpc*`
// methods are answered here, never counted or limited.

/** One `eth_getLogs` a client sent, and what it got. */
export type LogsCall = {
  fromBlock: string
  toBlock: string
  outcome: 'ok' | 'range' | 'results' | 'rate-limited' | 'error'
  results?: number
}

export type RpcProxyStats = {
  /** HTTP requests received (a JSON-RPC batch is one). */
  httpRequests: number
  /** JSON-RPC calls received (batch entries one by one), the refused ones included. */
  calls: number
  byMethod: Record<string, number>
  /** HTTP requests answered 429, and the calls they carried. */
  rateLimitedRequests: number
  rateLimitedCalls: number
  /** Most HTTP requests in flight at once. */
  maxInFlight: number
  /** Every `eth_getLogs`, in arrival order (at most the last 50,000). */
  logs: LogsCall[]
}

export type RpcProxy = {
  url: string
  stats(): RpcProxyStats
  reset(): void
  /** Every call answers 429 for `ms` from now. */
  storm(ms: number): void
  close(): Promise<void>
}

type Entry = { jsonrpc?: unknown; id?: unknown; method?: unknown; params?: unknown }
type Reply = { jsonrpc: '2.0'; id: unknown; result?: unknown; error?: unknown }

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, GET, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-expose-headers': 'retry-after',
  'access-control-max-age': '86400',
}
const MAX_LOGGED = 50_000
/** The proxy's own methods: answered here, never counted, limited or forwarded. */
const CONTROL_METHODS = new Set([
  'devnet_rpcStats',
  'devnet_resetRpcStats',
  'devnet_rpcStorm',
  'devnet_setRpcProfile',
  'devnet_resetRpcProfile',
])

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function freshStats(): RpcProxyStats {
  return {
    httpRequests: 0,
    calls: 0,
    byMethod: {},
    rateLimitedRequests: 0,
    rateLimitedCalls: 0,
    maxInFlight: 0,
    logs: [],
  }
}

/** Starts a proxy for `upstream` on `port` (0: any free port). */
export async function startRpcProxy(p: {
  upstream: string
  profile: EndpointProfile
  port: number
  host: string
}): Promise<RpcProxy> {
  const upstream = new URL(p.upstream)
  let profile = p.profile
  let stats = freshStats()
  let inFlight = 0
  let limiter = profile.rateLimit ? createRateLimiter(profile.rateLimit) : undefined
  const stormLimiter = createRateLimiter({ perSecond: Number.MAX_SAFE_INTEGER })

  const forward = async (entry: Entry): Promise<Reply> => {
    const { status, text } = await postJson(
      upstream,
      JSON.stringify(entry),
      120_000,
      String(entry.method),
    )
    try {
      return JSON.parse(text) as Reply
    } catch {
      return {
        jsonrpc: '2.0',
        id: entry.id ?? null,
        error: { code: -32603, message: `upstream answered HTTP ${status}` },
      }
    }
  }

  const blockNumberOf = async (tag: unknown): Promise<bigint | undefined> => {
    if (typeof tag !== 'string') return undefined
    if (/^0x[0-9a-fA-F]+$/.test(tag)) return BigInt(tag)
    if (tag === 'earliest') return 0n
    const reply = await forward({
      jsonrpc: '2.0',
      id: 0,
      method: 'eth_getBlockByNumber',
      params: [tag, false],
    })
    const block = reply.result as { number?: string } | null | undefined
    return block?.number ? BigInt(block.number) : undefined
  }

  const record = (call: LogsCall) => {
    stats.logs.push(call)
    if (stats.logs.length > MAX_LOGGED) stats.logs.splice(0, stats.logs.length - MAX_LOGGED)
  }

  const getLogs = async (entry: Entry): Promise<Reply> => {
    const id = entry.id ?? null
    const filter = (Array.isArray(entry.params) ? entry.params[0] : undefined) as
      | Record<string, unknown>
      | undefined
    if (!filter || filter.blockHash !== undefined) return forward(entry)
    const [from, to] = await Promise.all([
      blockNumberOf(filter.fromBlock ?? 'latest'),
      blockNumberOf(filter.toBlock ?? 'latest'),
    ])
    if (from === undefined || to === undefined || from > to) return forward(entry)
    const call = { fromBlock: `0x${from.toString(16)}`, toBlock: `0x${to.toString(16)}` }
    if (profile.failLogs) {
      record({ ...call, outcome: 'error' })
      return { jsonrpc: '2.0', id, error: profile.failLogs }
    }
    const tooWide = rangeError(profile, from, to)
    if (tooWide) {
      record({ ...call, outcome: 'range' })
      return { jsonrpc: '2.0', id, error: tooWide }
    }
    const reply = await forward(entry)
    if (!Array.isArray(reply.result)) {
      record({ ...call, outcome: 'error' })
      return reply
    }
    const blocks = (reply.result as { blockNumber?: string }[]).map((log) =>
      BigInt(log.blockNumber ?? '0x0'),
    )
    const tooMany: JsonRpcErrorObject | undefined = resultsError(profile, from, blocks)
    if (tooMany) {
      record({ ...call, outcome: 'results', results: blocks.length })
      return { jsonrpc: '2.0', id, error: tooMany }
    }
    record({ ...call, outcome: 'ok', results: blocks.length })
    return reply
  }

  const control = (entry: Entry): Reply | undefined => {
    const id = entry.id ?? null
    const params = Array.isArray(entry.params) ? entry.params : []
    switch (entry.method) {
      case 'devnet_rpcStats':
        return { jsonrpc: '2.0', id, result: stats }
      case 'devnet_resetRpcStats':
        stats = freshStats()
        return { jsonrpc: '2.0', id, result: true }
      case 'devnet_rpcStorm': {
        const ms = Number(params[0] ?? 0)
        stormLimiter.storm(ms)
        return { jsonrpc: '2.0', id, result: true }
      }
      case 'devnet_resetRpcProfile':
        profile = p.profile
        limiter = profile.rateLimit ? createRateLimiter(profile.rateLimit) : undefined
        return { jsonrpc: '2.0', id, result: profile }
      case 'devnet_setRpcProfile': {
        profile = { ...profile, ...(params[0] as Partial<EndpointProfile>) }
        limiter = profile.rateLimit ? createRateLimiter(profile.rateLimit) : undefined
        return { jsonrpc: '2.0', id, result: profile }
      }
      default:
        return undefined
    }
  }

  const answer = async (
    entries: Entry[],
  ): Promise<{ status: number; body: Reply[]; retryAfter?: number }> => {
    const controls = entries.map(control)
    const counted = entries.filter((_, i) => controls[i] === undefined)
    for (const entry of counted) {
      stats.calls++
      const method = String(entry.method)
      stats.byMethod[method] = (stats.byMethod[method] ?? 0) + 1
    }
    if (counted.length > 0) {
      const storm = stormLimiter.take(0)
      const verdict = storm.ok ? (limiter?.take(counted.length) ?? { ok: true as const }) : storm
      if (!verdict.ok) {
        stats.rateLimitedRequests++
        stats.rateLimitedCalls += counted.length
        for (const entry of counted)
          if (entry.method === 'eth_getLogs') {
            const filter = (Array.isArray(entry.params) ? entry.params[0] : {}) as Record<
              string,
              unknown
            >
            record({
              fromBlock: String(filter.fromBlock ?? 'latest'),
              toBlock: String(filter.toBlock ?? 'latest'),
              outcome: 'rate-limited',
            })
          }
        return {
          status: 429,
          retryAfter: verdict.retryAfterSeconds,
          body: [
            { jsonrpc: '2.0', id: null, error: { code: -32005, message: 'Too Many Requests' } },
          ],
        }
      }
    }
    const body = await Promise.all(
      entries.map(async (entry, i) => {
        const own = controls[i]
        if (own) return own
        return entry.method === 'eth_getLogs' ? getLogs(entry) : forward(entry)
      }),
    )
    return { status: 200, body }
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS)
      res.end()
      return
    }
    if (req.method !== 'POST') {
      res.writeHead(200, { 'content-type': 'text/plain', ...CORS })
      res.end('ok: realistic-RPC proxy\n')
      return
    }
    inFlight++
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight)
    try {
      const text = await readBody(req)
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        parsed = undefined
      }
      const batch = Array.isArray(parsed)
      const entries = (batch ? parsed : [parsed]) as Entry[]
      if (entries.some((entry) => !CONTROL_METHODS.has(String(entry?.method)))) stats.httpRequests++
      const { status, body, retryAfter } = await answer(entries)
      if (profile.latencyMs) await sleep(profile.latencyMs)
      const payload = JSON.stringify(batch && status === 200 ? body : body[0])
      res.writeHead(status, {
        'content-type': 'application/json',
        ...CORS,
        ...(retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }),
      })
      res.end(payload)
    } catch (error) {
      res.writeHead(502, { 'content-type': 'application/json', ...CORS })
      res.end(
        JSON.stringify({
          jsonrpc: '2.0',
          id: null,
          error: { code: -32603, message: error instanceof Error ? error.message : String(error) },
        }),
      )
    } finally {
      inFlight--
    }
  }

  const server = http.createServer((req, res) => void handle(req, res))
  server.keepAliveTimeout = 5_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(p.port, p.host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${p.host}:${port}`,
    stats: () => stats,
    reset: () => {
      stats = freshStats()
    },
    storm: (ms) => stormLimiter.storm(ms),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
