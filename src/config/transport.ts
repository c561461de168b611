import {
  BaseError,
  custom,
  HttpRequestError,
  type HttpTransportConfig,
  http,
  RpcRequestError,
  TimeoutError,
  type Transport,
} from 'viem'

// The app's transport to one chain: JSON-RPC batching (calls made together travel in one HTTP
// request) over one or more RPC URLs in failover order. A URL that does not answer (network
// failure, timeout, HTTP 429 or 5xx) rests for a while and the next one takes the call; a
// JSON-RPC error is an answer (a revert, a range refusal) and is never retried elsewhere — the
// callers (the history scanner above all) decide what an answer means. What never changes for a
// chain (its id, its protocol contracts' addresses) is asked once.

/** Calls collected for one HTTP request: made within 10 ms, at most 20 (providers cap batches). */
export const RPC_BATCH = { batchSize: 20, wait: 10 } as const
/** How long a URL that failed is passed over while another one answers. */
export const REST_MS = 30_000

/**
 * Methods whose answer is fixed for a chain (its id, its protocol contracts): asked once, then
 * answered from memory for an hour (an upgrade that moves a contract is seen after a reload).
 */
export const FIXED_METHODS: ReadonlySet<string> = new Set([
  'eth_chainId',
  'zks_L1ChainId',
  'zks_getBridgehubContract',
  'zks_getMainContract',
  'zks_getBridgeContracts',
  'zks_getBaseTokenL1Address',
])
export const FIXED_TTL_MS = 60 * 60_000

export type RpcTransportOptions = {
  /** Retries of a call that no URL answered (viem's backoff, honouring Retry-After). Default 3. */
  retryCount?: number | undefined
  timeout?: number | undefined
  fetchFn?: HttpTransportConfig['fetchFn']
  batch?: HttpTransportConfig['batch']
  now?: () => number
}

/** An error that says the endpoint did not answer, as opposed to an answer that is an error. */
export function isEndpointFailure(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false
  const failure = error.walk(
    (e) =>
      e instanceof TimeoutError ||
      e instanceof HttpRequestError ||
      (e instanceof RpcRequestError && e.status !== undefined),
  )
  if (failure instanceof TimeoutError) return true
  if (failure instanceof HttpRequestError || failure instanceof RpcRequestError) {
    const { status } = failure
    return status === undefined || status === 408 || status === 429 || status >= 500
  }
  return false
}

/** One chain's transport over `urls` (first is preferred), batched, with failover. */
export function rpcTransport(
  urls: readonly string[],
  options: RpcTransportOptions = {},
): Transport {
  if (urls.length === 0) throw new Error('rpcTransport: no RPC URL')
  const now = options.now ?? Date.now
  return ({ chain, timeout }) => {
    const endpoints = urls.map((url) =>
      http(url, {
        batch: options.batch ?? RPC_BATCH,
        retryCount: 0,
        timeout: options.timeout ?? timeout,
        ...(options.fetchFn ? { fetchFn: options.fetchFn } : {}),
      })({ chain, retryCount: 0 }),
    )
    const restingUntil = new Array<number>(urls.length).fill(0)
    let preferred = 0
    const fixed = new Map<string, { at: number; answer: Promise<unknown> }>()

    const send = async (args: { method: string; params?: unknown }): Promise<unknown> => {
      // the preferred URL first, then the others in order; resting ones only as a last resort
      const order = urls.map((_, i) => (preferred + i) % urls.length)
      const awake = order.filter((i) => (restingUntil[i] ?? 0) <= now())
      const tries = [...awake, ...order.filter((i) => !awake.includes(i))]
      let lastError: unknown
      for (const [n, i] of tries.entries()) {
        const endpoint = endpoints[i]
        if (!endpoint) continue
        try {
          const result = await endpoint.request(args)
          preferred = i
          return result
        } catch (error) {
          if (!isEndpointFailure(error) || n === tries.length - 1) throw error
          restingUntil[i] = now() + REST_MS
          lastError = error
        }
      }
      throw lastError
    }

    const request = (args: { method: string; params?: unknown }): Promise<unknown> => {
      if (!FIXED_METHODS.has(args.method)) return send(args)
      const key = `${args.method}:${JSON.stringify(args.params ?? [])}`
      const known = fixed.get(key)
      if (known && now() - known.at < FIXED_TTL_MS) return known.answer
      const answer = send(args)
      fixed.set(key, { at: now(), answer })
      answer.catch(() => fixed.delete(key))
      return answer
    }

    // viem's EIP-1193 wrapper: its error classes and retries (backoff, Retry-After) around ours
    return custom(
      { request },
      {
        key: 'rpc',
        name: urls.length > 1 ? `HTTP with failover (${urls.length} URLs)` : 'HTTP JSON-RPC',
        retryCount: options.retryCount ?? 3,
      },
    )({ chain, timeout })
  }
}
