import http from 'node:http'
import https from 'node:https'
import { clip, JSON_RPC_INTERNAL_ERROR, JsonRpcError } from './errors'

// A keep-alive JSON-RPC client: the devnet's calls to its anvils and the gateway's forwarding.

const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64, scheduling: 'lifo' })
const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 64, scheduling: 'lifo' })
let nextRequestId = 1

export type RpcCallOptions = {
  /** Give up after this long (default 120 s; 0 = never). */
  timeoutMs?: number
}

/**
 * Calls `method` on a JSON-RPC server over a keep-alive connection and returns `result`.
 * Throws a {@link JsonRpcError} (code, message, data as received) for an error response, and a
 * plain Error naming the method and URL for transport failures and non-JSON-RPC replies.
 */
export async function rpcCall<T = unknown>(
  url: string,
  method: string,
  callParams: readonly unknown[] = [],
  options: RpcCallOptions = {},
): Promise<T> {
  const id = nextRequestId++
  let body: string
  try {
    body = JSON.stringify({ jsonrpc: '2.0', id, method, params: callParams })
  } catch (error) {
    throw new Error(`${method}: params are not JSON-serializable (${(error as Error).message})`)
  }
  const { status, text } = await postJson(new URL(url), body, options.timeoutMs ?? 120_000, method)
  let reply: unknown
  try {
    reply = JSON.parse(text)
  } catch {
    throw new Error(`${method} → ${url}: HTTP ${status}, not a JSON reply: ${clip(text, 200)}`)
  }
  if (typeof reply === 'object' && reply !== null && !Array.isArray(reply)) {
    const { error, result } = reply as { error?: unknown; result?: unknown }
    if (typeof error === 'object' && error !== null) {
      const { code, message, data } = error as { code?: unknown; message?: unknown; data?: unknown }
      throw new JsonRpcError(
        typeof code === 'number' ? code : JSON_RPC_INTERNAL_ERROR,
        typeof message === 'string' ? message : JSON.stringify(error),
        data,
      )
    }
    if (status >= 200 && status < 300 && Object.hasOwn(reply, 'result')) return result as T
  }
  throw new Error(`${method} → ${url}: HTTP ${status}, not a JSON-RPC reply: ${clip(text, 200)}`)
}

/** POSTs a JSON body over the keep-alive agents; resolves with the status and the body text. */
export function postJson(
  url: URL,
  body: string,
  timeoutMs: number,
  method: string,
  retried = false,
): Promise<{ status: number; text: string }> {
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: 'POST',
      agent: url.protocol === 'https:' ? httpsAgent : httpAgent,
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'content-length': Buffer.byteLength(body),
      },
    })
    const timer =
      timeoutMs > 0
        ? setTimeout(
            () => req.destroy(new Error(`${method} → ${url.href}: no reply after ${timeoutMs} ms`)),
            timeoutMs,
          )
        : undefined
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        clearTimeout(timer)
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') })
      })
      res.on('error', (error) => {
        clearTimeout(timer)
        reject(new Error(`${method} → ${url.href}: ${error.message}`, { cause: error }))
      })
    })
    req.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      // A pooled socket the server closed while idle: the request never reached it (Node docs).
      if (req.reusedSocket && error.code === 'ECONNRESET' && !retried) {
        postJson(url, body, timeoutMs, method, true).then(resolve, reject)
        return
      }
      if (error.message.startsWith(`${method} → `)) reject(error)
      else reject(new Error(`${method} → ${url.href}: ${error.message}`, { cause: error }))
    })
    req.end(body)
  })
}
