import http, {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import type { Address, Hex } from 'viem'

// A small JSON-RPC 2.0 server over node:http (single and batch requests, notifications, CORS,
// body limit), a typed positional-params reader for handlers, and a keep-alive client.
// Dependency-free: the gateway (zksync-rpc.md §1.2) and the devnet's anvil calls use it.

export type JsonRpcId = string | number | null

export const JSON_RPC_PARSE_ERROR = -32700
export const JSON_RPC_INVALID_REQUEST = -32600
export const JSON_RPC_METHOD_NOT_FOUND = -32601
export const JSON_RPC_INVALID_PARAMS = -32602
export const JSON_RPC_INTERNAL_ERROR = -32603

/**
 * An error with a JSON-RPC `code`. Thrown by a handler it reaches the client verbatim (that is
 * how upstream errors such as anvil's `{ code: 3, message: 'execution reverted…', data }` are
 * relayed); thrown by {@link rpcCall} it carries the error the server answered.
 */
export class JsonRpcError extends Error {
  readonly code: number
  readonly data: unknown
  constructor(code: number, message: string, data?: unknown) {
    super(message)
    this.name = 'JsonRpcError'
    this.code = code
    this.data = data
  }

  toJSON(): { code: number; message: string; data?: unknown } {
    return this.data === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, data: this.data }
  }
}

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

// ------------------------------------------------------------------------------------ replies

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

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

// ------------------------------------------------------------------------------------ params

export const BLOCK_TAG_NAMES = [
  'latest',
  'earliest',
  'pending',
  'safe',
  'finalized',
  'committed',
  'l1_committed',
  'fast_finalized',
  'precommitted',
] as const
export type BlockTagName = (typeof BLOCK_TAG_NAMES)[number]

/** A block parameter: tag, number (hex quantity) or EIP-1898 object. */
export type BlockParam =
  | BlockTagName
  | Hex
  | { blockNumber: Hex }
  | { blockHash: Hex; requireCanonical?: boolean }

export type ParamOptions = { optional?: boolean }

/** Reads one positional parameter; `{ optional: true }` turns a missing or `null` value into `undefined`. */
export type ParamGetter<T> = {
  (index: number, name: string, options?: { optional?: false }): T
  (index: number, name: string, options: { optional: true }): T | undefined
  (index: number, name: string, options?: ParamOptions): T | undefined
}

export type ParamReader = {
  readonly length: number
  /** The value as sent (no check). */
  raw(index: number): unknown
  /** 32-byte hex (`0x` + 64 hex digits). */
  hash: ParamGetter<Hex>
  /** 20-byte hex (any case; the checksum is not enforced). */
  address: ParamGetter<Address>
  /** `0x`-prefixed hex bytes (even length, `0x` allowed). */
  hex: ParamGetter<Hex>
  /** Hex quantity (`0x1b4`), up to 256 bits. */
  quantity: ParamGetter<bigint>
  /** Non-negative safe integer, as a JSON number or a hex quantity string. */
  number: ParamGetter<number>
  /** Block tag name, hex block number, or `{ blockNumber }` / `{ blockHash, requireCanonical? }`. */
  blockTag: ParamGetter<BlockParam>
  object: ParamGetter<Record<string, unknown>>
  array: ParamGetter<unknown[]>
  bool: ParamGetter<boolean>
  string: ParamGetter<string>
  /** Throws -32602 if more than `count` params were sent. */
  atMost(count: number): ParamReader
}

const HASH = /^0x[0-9a-fA-F]{64}$/
const ADDRESS = /^0x[0-9a-fA-F]{40}$/
const HEX_BYTES = /^0x(?:[0-9a-fA-F]{2})*$/
const QUANTITY = /^0x[0-9a-fA-F]{1,64}$/

/**
 * A typed reader over positional JSON-RPC params. Each getter returns the value or throws a
 * `JsonRpcError(-32602)` naming the argument and what was expected, e.g.
 * `params(p).hash(0, 'transactionHash')`, `params(p).number(1, 'index', { optional: true })`.
 */
export function params(list: readonly unknown[]): ParamReader {
  const getter = <T>(
    expected: string,
    convert: (value: unknown) => T | undefined,
  ): ParamGetter<T> =>
    ((index: number, name: string, options?: ParamOptions): T | undefined => {
      const value = list[index]
      if (value === undefined || value === null) {
        if (options?.optional) return undefined
        throw invalidParams(
          `missing value for required argument ${index} (${name}): expected ${expected}`,
        )
      }
      const converted = convert(value)
      if (converted === undefined)
        throw invalidParams(
          `argument ${index} (${name}) must be ${expected}, got ${describeValue(value)}`,
        )
      return converted
    }) as ParamGetter<T>

  const matching = (pattern: RegExp) => (value: unknown) =>
    typeof value === 'string' && pattern.test(value) ? (value as Hex) : undefined

  const reader: ParamReader = {
    length: list.length,
    raw: (index) => list[index],
    hash: getter('a 32-byte hex hash', matching(HASH)),
    address: getter(
      'a 20-byte hex address',
      (value) => matching(ADDRESS)(value) as Address | undefined,
    ),
    hex: getter('0x-prefixed hex bytes', matching(HEX_BYTES)),
    quantity: getter('a hex quantity such as "0x1b4"', (value) =>
      typeof value === 'string' && QUANTITY.test(value) ? BigInt(value) : undefined,
    ),
    number: getter('a non-negative integer (JSON number or hex quantity)', (value) => {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && QUANTITY.test(value)
            ? Number(BigInt(value))
            : Number.NaN
      return Number.isSafeInteger(n) && n >= 0 ? n : undefined
    }),
    blockTag: getter(
      `a block tag (${BLOCK_TAG_NAMES.join(', ')}), a hex block number or {blockNumber}/{blockHash}`,
      toBlockParam,
    ),
    object: getter('an object', (value) =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : undefined,
    ),
    array: getter('an array', (value) => (Array.isArray(value) ? (value as unknown[]) : undefined)),
    bool: getter('a boolean', (value) => (typeof value === 'boolean' ? value : undefined)),
    string: getter('a string', (value) => (typeof value === 'string' ? value : undefined)),
    atMost(count) {
      if (list.length > count)
        throw invalidParams(`too many arguments: expected at most ${count}, got ${list.length}`)
      return reader
    },
  }
  return reader
}

function toBlockParam(value: unknown): BlockParam | undefined {
  if (typeof value === 'string') {
    if ((BLOCK_TAG_NAMES as readonly string[]).includes(value)) return value as BlockTagName
    return QUANTITY.test(value) ? (value as Hex) : undefined
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const object = value as Record<string, unknown>
  if (typeof object.blockNumber === 'string' && QUANTITY.test(object.blockNumber))
    return { blockNumber: object.blockNumber as Hex }
  if (typeof object.blockHash === 'string' && HASH.test(object.blockHash)) {
    const requireCanonical = object.requireCanonical
    if (requireCanonical !== undefined && typeof requireCanonical !== 'boolean') return undefined
    return requireCanonical === undefined
      ? { blockHash: object.blockHash as Hex }
      : { blockHash: object.blockHash as Hex, requireCanonical }
  }
  return undefined
}

function invalidParams(detail: string) {
  return new JsonRpcError(JSON_RPC_INVALID_PARAMS, `Invalid params: ${detail}`)
}

function describeValue(value: unknown): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return clip(text, 80)
}

// ------------------------------------------------------------------------------------ client

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
  const { status, text } = await post(new URL(url), body, options.timeoutMs ?? 120_000, method)
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

function post(
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
        post(url, body, timeoutMs, method, true).then(resolve, reject)
        return
      }
      if (error.message.startsWith(`${method} → `)) reject(error)
      else reject(new Error(`${method} → ${url.href}: ${error.message}`, { cause: error }))
    })
    req.end(body)
  })
}
