import http, {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  clip,
  JSON_RPC_INTERNAL_ERROR,
  JSON_RPC_INVALID_PARAMS,
  JSON_RPC_INVALID_REQUEST,
  JSON_RPC_METHOD_NOT_FOUND,
  JSON_RPC_PARSE_ERROR,
  JsonRpcError,
  type JsonRpcId,
} from './errors'

// A small JSON-RPC 2.0 server over node:http: single and batch requests, notifications, CORS,
// a body limit. Dependency-free: the gateway (zksync-rpc.md §1.2) serves the L2 with it.

export type JsonRpcContext = {
  method: string
  /** `undefined` for a notification (no reply is sent). */
  id: JsonRpcId | undefined
  headers: IncomingHttpHeaders
}

export type JsonRpcHandler = (params: unknown[], ctx: JsonRpcContext) => Promise<unknown>

export type JsonRpcServerOptions = {
  handlers: Readonly<Record<string, JsonRpcHandler>>
  /** Called for every error that is not a {@link JsonRpcError} (they become -32603 replies). */
  onError?: (error: unknown, ctx: JsonRpcContext) => void
  /** Largest accepted request body; larger ones get HTTP 413. Default 10 MiB. */
  maxBodyBytes?: number
  /** Most entries in one batch. Default 1000. */
  maxBatchSize?: number
  /** Body of `GET /`. */
  healthText?: string
}

export type JsonRpcServer = {
  listen(port: number, host?: string): Promise<void>
  close(): Promise<void>
  /** `http://host:port` once listening (throws before). */
  readonly url: string
  /** The bound port once listening (useful after `listen(0)`). */
  readonly port: number
}

const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024
const DEFAULT_MAX_BATCH_SIZE = 1000
/** A body this many times over the limit is not even drained: the connection is dropped. */
const DRAIN_FACTOR = 8

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, GET, OPTIONS',
  'access-control-max-age': '86400',
}

type RequestObject = Record<string, unknown>

export function createJsonRpcServer(options: JsonRpcServerOptions): JsonRpcServer {
  const { handlers, onError } = options
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const maxBatchSize = options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE
  const healthText = options.healthText ?? 'ok: JSON-RPC 2.0 over HTTP POST\n'
  let url: string | undefined
  let port: number | undefined

  const report = (error: unknown, ctx: JsonRpcContext) => {
    try {
      onError?.(error, ctx)
    } catch {
      // a failing logger must not take the server down
    }
  }

  /** Runs one request object; returns the serialized reply, or undefined for a notification. */
  const handleEntry = async (
    entry: unknown,
    headers: IncomingHttpHeaders,
  ): Promise<string | undefined> => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      return errorReply(
        null,
        JSON_RPC_INVALID_REQUEST,
        'Invalid request: expected a JSON-RPC 2.0 request object',
      )
    const request = entry as RequestObject
    const hasId = Object.hasOwn(request, 'id')
    const rawId = request.id
    const idValid =
      rawId === null ||
      typeof rawId === 'string' ||
      (typeof rawId === 'number' && Number.isFinite(rawId))
    const id: JsonRpcId = hasId && idValid ? (rawId as JsonRpcId) : null
    if (hasId && !idValid)
      return errorReply(
        null,
        JSON_RPC_INVALID_REQUEST,
        'Invalid request: id must be a string, a number or null',
      )
    if (request.jsonrpc !== '2.0')
      return errorReply(id, JSON_RPC_INVALID_REQUEST, 'Invalid request: jsonrpc must be "2.0"')
    if (typeof request.method !== 'string')
      return errorReply(id, JSON_RPC_INVALID_REQUEST, 'Invalid request: method must be a string')
    const method = request.method
    const ctx: JsonRpcContext = { method, id: hasId ? id : undefined, headers }

    let reply: string
    const callParams = request.params ?? []
    if (!Array.isArray(callParams)) {
      reply =
        typeof callParams === 'object'
          ? errorReply(
              id,
              JSON_RPC_INVALID_PARAMS,
              `Invalid params: ${method} takes positional params (an array), got an object`,
            )
          : errorReply(id, JSON_RPC_INVALID_REQUEST, 'Invalid request: params must be an array')
    } else if (!Object.hasOwn(handlers, method)) {
      reply = errorReply(id, JSON_RPC_METHOD_NOT_FOUND, `Method not found: ${clip(method, 120)}`)
    } else {
      const handler = handlers[method] as JsonRpcHandler
      try {
        const result = await handler(callParams, ctx)
        reply = resultReply(id, result === undefined ? null : result)
      } catch (error) {
        const rpcError = toRpcError(error)
        if (!isJsonRpcError(error)) report(error, ctx)
        reply = errorObjectReply(id, rpcError)
      }
      if (reply === UNSERIALIZABLE) {
        const error = new Error(`the result of ${method} is not JSON-serializable`)
        report(error, ctx)
        reply = errorReply(id, JSON_RPC_INTERNAL_ERROR, `Internal error: ${error.message}`)
      }
    }
    return hasId ? reply : undefined
  }

  const handleRpc = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req, maxBodyBytes)
    if (body.kind === 'aborted') return
    if (body.kind === 'too-large') {
      const message = `Request body too large: ${body.bytes === undefined ? 'more than' : `${body.bytes} bytes, over`} the limit of ${maxBodyBytes} bytes`
      send(res, 413, errorReply(null, JSON_RPC_INVALID_REQUEST, message), {
        connection: body.drained ? 'keep-alive' : 'close',
      })
      if (!body.drained) res.once('finish', () => req.destroy())
      return
    }
    let payload: unknown
    try {
      payload = JSON.parse(body.text)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      return send(
        res,
        200,
        errorReply(null, JSON_RPC_PARSE_ERROR, `Parse error: ${clip(detail, 200)}`),
      )
    }
    if (!Array.isArray(payload)) {
      const reply = await handleEntry(payload, req.headers)
      return reply === undefined ? send(res, 204) : send(res, 200, reply)
    }
    if (payload.length === 0)
      return send(
        res,
        200,
        errorReply(null, JSON_RPC_INVALID_REQUEST, 'Invalid request: empty batch'),
      )
    if (payload.length > maxBatchSize)
      return send(
        res,
        200,
        errorReply(
          null,
          JSON_RPC_INVALID_REQUEST,
          `Invalid request: batch of ${payload.length} requests, the limit is ${maxBatchSize}`,
        ),
      )
    // In order, one at a time (like geth): a batch of transactions keeps its nonce order.
    const replies: string[] = []
    for (const entry of payload) {
      const reply = await handleEntry(entry, req.headers)
      if (reply !== undefined) replies.push(reply)
    }
    return replies.length === 0 ? send(res, 204) : send(res, 200, `[${replies.join(',')}]`)
  }

  const server = http.createServer((req, res) => {
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value)
    const path = (req.url ?? '/').split('?')[0]
    if (req.method === 'OPTIONS') {
      const requested = req.headers['access-control-request-headers']
      res.setHeader('access-control-allow-headers', requested ? requested : 'content-type')
      return send(res, 204)
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (path !== '/') return send(res, 404, 'Not found\n', { 'content-type': 'text/plain' })
      return send(res, 200, req.method === 'HEAD' ? '' : healthText, {
        'content-type': 'text/plain; charset=utf-8',
      })
    }
    if (req.method !== 'POST') {
      req.resume()
      return send(res, 405, `Method ${clip(req.method ?? '', 20)} not allowed: use POST\n`, {
        'content-type': 'text/plain',
        allow: 'GET, POST, OPTIONS',
      })
    }
    handleRpc(req, res).catch((error: unknown) => {
      report(error, { method: '', id: undefined, headers: req.headers })
      if (!res.headersSent)
        send(res, 500, errorReply(null, JSON_RPC_INTERNAL_ERROR, 'Internal error'))
      else res.destroy()
    })
  })
  server.keepAliveTimeout = 30_000

  return {
    listen(listenPort: number, host = '127.0.0.1') {
      return new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => {
          server.off('listening', onListening)
          reject(
            new Error(
              `JSON-RPC server could not listen on ${host}:${listenPort}: ${error.message}`,
              { cause: error },
            ),
          )
        }
        const onListening = () => {
          server.off('error', onError)
          port = (server.address() as AddressInfo).port
          const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
          url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`
          resolve()
        }
        server.once('error', onError)
        server.once('listening', onListening)
        server.listen(listenPort, host)
      })
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve()
        // in-flight requests get a moment to finish, idle keep-alive sockets go at once
        const force = setTimeout(() => server.closeAllConnections(), 1_000)
        force.unref()
        server.close((error) => {
          clearTimeout(force)
          url = undefined
          port = undefined
          if (error) reject(error)
          else resolve()
        })
        server.closeIdleConnections()
      })
    },
    get url() {
      if (url === undefined) throw new Error('the JSON-RPC server is not listening')
      return url
    },
    get port() {
      if (port === undefined) throw new Error('the JSON-RPC server is not listening')
      return port
    },
  }
}

const UNSERIALIZABLE = '\u0000unserializable'

function resultReply(id: JsonRpcId, result: unknown): string {
  try {
    return JSON.stringify({ jsonrpc: '2.0', id, result })
  } catch {
    return UNSERIALIZABLE
  }
}

function errorObjectReply(id: JsonRpcId, error: JsonRpcError): string {
  try {
    return JSON.stringify({ jsonrpc: '2.0', id, error })
  } catch {
    // unserializable `data`: keep code and message
    return JSON.stringify({
      jsonrpc: '2.0',
      id,
      error: { code: error.code, message: error.message },
    })
  }
}

function errorReply(id: JsonRpcId, code: number, message: string): string {
  return errorObjectReply(id, new JsonRpcError(code, message))
}

function isJsonRpcError(error: unknown): error is JsonRpcError {
  return (
    error instanceof JsonRpcError ||
    (error instanceof Error &&
      error.name === 'JsonRpcError' &&
      Number.isInteger((error as { code?: unknown }).code))
  )
}

function toRpcError(error: unknown): JsonRpcError {
  if (isJsonRpcError(error)) return error
  const message =
    error instanceof Error ? error.message : typeof error === 'string' ? error : String(error)
  return new JsonRpcError(JSON_RPC_INTERNAL_ERROR, message || 'Internal error')
}

function send(
  res: ServerResponse,
  status: number,
  body?: string,
  headers: Record<string, string> = {},
) {
  if (res.headersSent || res.destroyed) return
  if (body === undefined) {
    res.writeHead(status, headers)
    res.end()
    return
  }
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...headers,
  })
  res.end(body)
}

type Body =
  | { kind: 'ok'; text: string }
  | { kind: 'too-large'; bytes: number | undefined; drained: boolean }
  | { kind: 'aborted' }

/** Reads the body up to `limit` bytes; past it, drains (bounded) without keeping the bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'])
    const known = Number.isFinite(declared) ? declared : undefined
    if (known !== undefined && known > limit * DRAIN_FACTOR) {
      req.pause()
      return resolve({ kind: 'too-large', bytes: known, drained: false })
    }
    const chunks: Buffer[] = []
    let total = 0
    let done = false
    const finish = (body: Body) => {
      if (done) return
      done = true
      resolve(body)
    }
    req.on('data', (chunk: Buffer) => {
      total += chunk.length
      if (total <= limit) chunks.push(chunk)
      else if (total > limit * DRAIN_FACTOR) {
        req.pause()
        finish({ kind: 'too-large', bytes: known, drained: false })
      }
    })
    req.on('end', () => {
      if (total > limit) finish({ kind: 'too-large', bytes: known ?? total, drained: true })
      else finish({ kind: 'ok', text: Buffer.concat(chunks).toString('utf8') })
    })
    req.on('error', () => finish({ kind: 'aborted' }))
    req.on('close', () => finish({ kind: 'aborted' }))
  })
}
