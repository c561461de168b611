// A realistic-RPC profile: what real endpoints do to a client that the devnet's own nodes do not
// (real-networks.md §5): cap `eth_getLogs` by block range and by result count, with the error
// shapes of real providers, answer HTTP 429 with `Retry-After` above a request rate, and add
// latency. Off by default; `startDevnet({ rpcProfile })` / `npm run devnet -- --rpc-profile`.

/** Whose error shapes an endpoint copies. */
export type LogsErrorStyle = 'infura' | 'alchemy' | 'era'

export type EndpointProfile = {
  /** Largest `eth_getLogs` block range (to − from + 1); above it a range error. */
  maxLogsBlockRange?: number | undefined
  /** Most logs one `eth_getLogs` may return; above it a result error naming a range that fits. */
  maxLogsResults?: number | undefined
  style: LogsErrorStyle
  /** JSON-RPC calls per second (batch entries count); above it HTTP 429 with `Retry-After`. */
  rateLimit?: { perSecond: number; burst?: number; retryAfterSeconds?: number } | undefined
  /** Added to every answer. */
  latencyMs?: number | undefined
  /** Every `eth_getLogs` answers this error (a provider that refuses the method, say). */
  failLogs?: { code: number; message: string } | undefined
}

export type RpcProfile = { l1: EndpointProfile; l2: EndpointProfile }

/**
 * The realistic preset, with the caps scaled to a devnet's history. A devnet chain is thousands
 * of blocks deep, not millions (anvil writes every block's state; it slows to ~100 blocks/s past
 * a few thousand blocks), so the caps are scaled instead of the chain: a 20-block cap over 2,000
 * blocks takes as many windows as Infura's 10,000-block cap over 1,000,000.
 */
export const REALISTIC_PROFILE: RpcProfile = {
  // Ethereum through Infura: 10,000 blocks and 10,000 results, scaled ÷ 500
  l1: {
    style: 'infura',
    maxLogsBlockRange: 20,
    maxLogsResults: 20,
    rateLimit: { perSecond: 25, burst: 25, retryAfterSeconds: 1 },
    latencyMs: 50,
  },
  // Era's own RPC (10,000 results) on a ZKsync OS-like server (100,000 blocks), scaled
  l2: {
    style: 'era',
    maxLogsBlockRange: 200,
    maxLogsResults: 20,
    rateLimit: { perSecond: 25, burst: 25, retryAfterSeconds: 1 },
    latencyMs: 50,
  },
}

/**
 * Proxies that change nothing: every call answered as the node answers it, and counted
 * (`devnet_rpcStats`). A test can switch an endpoint to the realistic profile and back with
 * `devnet_setRpcProfile`.
 */
export const OPEN_PROFILE: RpcProfile = { l1: { style: 'infura' }, l2: { style: 'era' } }

/** `realistic`, or a profile given as JSON (`{ "l1": {...}, "l2": {...} }`). */
export function parseRpcProfile(text: string): RpcProfile {
  if (text === 'realistic') return REALISTIC_PROFILE
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new Error(`--rpc-profile: "${text}" is neither "realistic" nor JSON`)
  }
  if (typeof value !== 'object' || value === null) throw new Error('--rpc-profile: not an object')
  const { l1, l2 } = value as Record<string, unknown>
  return { l1: checkEndpoint(l1, 'l1'), l2: checkEndpoint(l2, 'l2') }
}

function checkEndpoint(value: unknown, name: string): EndpointProfile {
  if (value === undefined) return { style: 'infura' }
  if (typeof value !== 'object' || value === null)
    throw new Error(`--rpc-profile: ${name} is not an object`)
  const v = value as Record<string, unknown>
  const style = v.style ?? 'infura'
  if (style !== 'infura' && style !== 'alchemy' && style !== 'era')
    throw new Error(`--rpc-profile: ${name}.style must be infura, alchemy or era`)
  const positive = (key: string) => {
    const n = v[key]
    if (n === undefined) return undefined
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
      throw new Error(`--rpc-profile: ${name}.${key} must be a positive integer`)
    return n
  }
  const rate = v.rateLimit as Record<string, unknown> | undefined
  const perSecond = rate?.perSecond
  if (rate !== undefined && (typeof perSecond !== 'number' || perSecond <= 0))
    throw new Error(`--rpc-profile: ${name}.rateLimit.perSecond must be a positive number`)
  return {
    style,
    maxLogsBlockRange: positive('maxLogsBlockRange'),
    maxLogsResults: positive('maxLogsResults'),
    latencyMs: v.latencyMs === undefined ? undefined : Number(v.latencyMs),
    rateLimit:
      rate === undefined
        ? undefined
        : {
            perSecond: Number(perSecond),
            ...(typeof rate.burst === 'number' ? { burst: rate.burst } : {}),
            ...(typeof rate.retryAfterSeconds === 'number'
              ? { retryAfterSeconds: rate.retryAfterSeconds }
              : {}),
          },
  }
}
