import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rpcCall } from './client'
import { JsonRpcError } from './errors'
import { params } from './params'
import {
  createJsonRpcServer,
  type JsonRpcContext,
  type JsonRpcHandler,
  type JsonRpcServer,
} from './server'

const REVERT_DATA =
  '0x08c379a0000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000046e6f706500000000000000000000000000000000000000000000000000000000'

const calls: string[] = []
const reported: { error: unknown; ctx: JsonRpcContext }[] = []

const handlers: Record<string, JsonRpcHandler> = {
  echo: async (p) => p,
  add: async (p) => {
    const read = params(p).atMost(2)
    return read.number(0, 'a') + read.number(1, 'b')
  },
  getTx: async (p) => {
    const hash = params(p).hash(0, 'transactionHash')
    return { hash }
  },
  note: async (p) => {
    calls.push(String(p[0]))
    return null
  },
  nothing: async () => undefined,
  boom: async () => {
    throw new Error('boom: the disk is on fire')
  },
  syncThrow: (() => {
    throw new TypeError('sync failure')
  }) as unknown as JsonRpcHandler,
  throwString: async () => {
    throw 'plain string'
  },
  revert: async () => {
    throw new JsonRpcError(3, 'execution reverted: nope', REVERT_DATA)
  },
  bigint: async () => 1n,
  headers: async (_p, ctx) => ({
    method: ctx.method,
    id: ctx.id,
    ua: ctx.headers['x-test'] ?? null,
  }),
}

let server: JsonRpcServer
let url: string

beforeAll(async () => {
  server = createJsonRpcServer({
    handlers,
    onError: (error, ctx) => reported.push({ error, ctx }),
  })
  await server.listen(0, '127.0.0.1')
  url = server.url
})
afterAll(async () => {
  await server.close()
})

async function post(body: string, target = url, headers: Record<string, string> = {}) {
  const res = await fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  })
  const text = await res.text()
  return {
    status: res.status,
    headers: res.headers,
    text,
    json: text ? JSON.parse(text) : undefined,
  }
}
const request = (method: string, p: unknown[] = [], id: unknown = 1) =>
  JSON.stringify({ jsonrpc: '2.0', id, method, params: p })

describe('single requests', () => {
  it('returns the result with the id', async () => {
    const { status, json, headers } = await post(request('add', [2, '0x3'], 'abc'))
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('application/json')
    expect(headers.get('access-control-allow-origin')).toBe('*')
    expect(json).toEqual({ jsonrpc: '2.0', id: 'abc', result: 5 })
  })

  it('params may be omitted; undefined results become null', async () => {
    expect((await post(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'echo' }))).json).toEqual({
      jsonrpc: '2.0',
      id: 7,
      result: [],
    })
    expect((await post(request('nothing', [], null))).json).toEqual({
      jsonrpc: '2.0',
      id: null,
      result: null,
    })
  })

  it('handlers see the method, id and headers', async () => {
    const { json } = await post(request('headers', [], 9), url, { 'x-test': 'yes' })
    expect(json.result).toEqual({ method: 'headers', id: 9, ua: 'yes' })
  })

  it('a notification runs but gets no reply (204)', async () => {
    const res = await post(JSON.stringify({ jsonrpc: '2.0', method: 'note', params: ['n1'] }))
    expect(res.status).toBe(204)
    expect(res.text).toBe('')
    expect(calls).toContain('n1')
  })
})

describe('error replies', () => {
  it('-32700 for malformed JSON and an empty body', async () => {
    for (const body of ['{"jsonrpc":"2.0",', '']) {
      const { status, json } = await post(body)
      expect(status).toBe(200)
      expect(json.id).toBeNull()
      expect(json.error.code).toBe(-32700)
      expect(json.error.message).toMatch(/^Parse error: /)
    }
  })

  it('-32600 for what is not a JSON-RPC 2.0 request object', async () => {
    const cases: [string, RegExp, unknown][] = [
      ['1', /expected a JSON-RPC 2.0 request object/, null],
      ['null', /expected a JSON-RPC 2.0 request object/, null],
      ['[]', /empty batch/, null],
      [JSON.stringify({ jsonrpc: '1.0', id: 4, method: 'echo' }), /jsonrpc must be "2.0"/, 4],
      [JSON.stringify({ id: 4, method: 'echo' }), /jsonrpc must be "2.0"/, 4],
      [JSON.stringify({ jsonrpc: '2.0', id: 5 }), /method must be a string/, 5],
      [JSON.stringify({ jsonrpc: '2.0', id: 5, method: 42 }), /method must be a string/, 5],
      [
        JSON.stringify({ jsonrpc: '2.0', id: { x: 1 }, method: 'echo' }),
        /id must be a string, a number or null/,
        null,
      ],
      [
        JSON.stringify({ jsonrpc: '2.0', id: 6, method: 'echo', params: 'x' }),
        /params must be an array/,
        6,
      ],
    ]
    for (const [body, message, id] of cases) {
      const { json } = await post(body)
      expect(json, body).toMatchObject({ jsonrpc: '2.0', id, error: { code: -32600 } })
      expect(json.error.message, body).toMatch(message)
    }
  })

  it('-32601 names the method, including prototype names', async () => {
    for (const method of ['eth_nope', 'toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const { json } = await post(request(method, [], 3))
      expect(json).toEqual({
        jsonrpc: '2.0',
        id: 3,
        error: { code: -32601, message: `Method not found: ${method}` },
      })
    }
  })

  it('-32602 names the parameter and what was expected', async () => {
    expect((await post(request('getTx', ['0x1234']))).json.error).toEqual({
      code: -32602,
      message:
        'Invalid params: argument 0 (transactionHash) must be a 32-byte hex hash, got "0x1234"',
    })
    expect((await post(request('getTx', []))).json.error).toEqual({
      code: -32602,
      message:
        'Invalid params: missing value for required argument 0 (transactionHash): expected a 32-byte hex hash',
    })
    expect((await post(request('add', [1, 2, 3]))).json.error).toEqual({
      code: -32602,
      message: 'Invalid params: too many arguments: expected at most 2, got 3',
    })
    const byName = await post(
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'add', params: { a: 1 } }),
    )
    expect(byName.json.error).toEqual({
      code: -32602,
      message: 'Invalid params: add takes positional params (an array), got an object',
    })
  })

  it('a JsonRpcError passes through verbatim (code, message, data)', async () => {
    const { json } = await post(request('revert', [], 11))
    expect(json).toEqual({
      jsonrpc: '2.0',
      id: 11,
      error: { code: 3, message: 'execution reverted: nope', data: REVERT_DATA },
    })
  })

  it('any other error is -32603 with its message, never a stack, and is reported', async () => {
    reported.length = 0
    const boom = await post(request('boom', [], 12))
    expect(boom.json).toEqual({
      jsonrpc: '2.0',
      id: 12,
      error: { code: -32603, message: 'boom: the disk is on fire' },
    })
    expect(boom.text).not.toMatch(/\bat\b|jsonrpc\.test|\.ts:/)
    expect((await post(request('syncThrow'))).json.error).toEqual({
      code: -32603,
      message: 'sync failure',
    })
    expect((await post(request('throwString'))).json.error).toEqual({
      code: -32603,
      message: 'plain string',
    })
    expect((await post(request('bigint'))).json.error).toEqual({
      code: -32603,
      message: 'Internal error: the result of bigint is not JSON-serializable',
    })
    expect(reported.map((r) => r.ctx.method)).toEqual([
      'boom',
      'syncThrow',
      'throwString',
      'bigint',
    ])
    expect(reported[0]?.error).toBeInstanceOf(Error)
    // JsonRpcErrors are expected answers, not reported
    await post(request('revert'))
    expect(reported).toHaveLength(4)
  })
})

describe('batches', () => {
  it('answers every entry in order, ids preserved, notifications left out, bad entries isolated', async () => {
    calls.length = 0
    const batch = [
      { jsonrpc: '2.0', id: 1, method: 'add', params: [1, 1] },
      { jsonrpc: '2.0', id: 2, method: 'eth_nope' },
      { jsonrpc: '2.0', method: 'note', params: ['in batch'] },
      5,
      { jsonrpc: '2.0', id: 'x', method: 'boom' },
      { jsonrpc: '2.0', id: 3, method: 'revert' },
      { jsonrpc: '2.0', id: 4, method: 'getTx', params: [`0x${'ab'.repeat(32)}`] },
      { jsonrpc: '2.0', id: 6, method: 'bigint' },
      { jsonrpc: '2.0', id: 7, method: 'add', params: [40, 2] },
    ]
    const { status, json } = await post(JSON.stringify(batch))
    expect(status).toBe(200)
    expect(json).toEqual([
      { jsonrpc: '2.0', id: 1, result: 2 },
      { jsonrpc: '2.0', id: 2, error: { code: -32601, message: 'Method not found: eth_nope' } },
      {
        jsonrpc: '2.0',
        id: null,
        error: { code: -32600, message: 'Invalid request: expected a JSON-RPC 2.0 request object' },
      },
      { jsonrpc: '2.0', id: 'x', error: { code: -32603, message: 'boom: the disk is on fire' } },
      {
        jsonrpc: '2.0',
        id: 3,
        error: { code: 3, message: 'execution reverted: nope', data: REVERT_DATA },
      },
      { jsonrpc: '2.0', id: 4, result: { hash: `0x${'ab'.repeat(32)}` } },
      {
        jsonrpc: '2.0',
        id: 6,
        error: {
          code: -32603,
          message: 'Internal error: the result of bigint is not JSON-serializable',
        },
      },
      { jsonrpc: '2.0', id: 7, result: 42 },
    ])
    expect(calls).toEqual(['in batch'])
  })

  it('a batch of notifications only gets 204', async () => {
    const res = await post(
      JSON.stringify([
        { jsonrpc: '2.0', method: 'note', params: ['a'] },
        { jsonrpc: '2.0', method: 'note', params: ['b'] },
      ]),
    )
    expect(res.status).toBe(204)
    expect(res.text).toBe('')
  })

  it('a batch over the size limit is refused as a whole', async () => {
    const small = createJsonRpcServer({ handlers, maxBatchSize: 2 })
    await small.listen(0)
    try {
      const three = JSON.stringify([1, 2, 3].map((id) => ({ jsonrpc: '2.0', id, method: 'echo' })))
      expect((await post(three, small.url)).json).toEqual({
        jsonrpc: '2.0',
        id: null,
        error: { code: -32600, message: 'Invalid request: batch of 3 requests, the limit is 2' },
      })
    } finally {
      await small.close()
    }
  })
})

describe('HTTP surface', () => {
  it('CORS preflight', async () => {
    const res = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-methods')).toContain('POST')
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type')
    const bare = await fetch(url, { method: 'OPTIONS' })
    expect(bare.headers.get('access-control-allow-headers')).toBe('content-type')
  })

  it('GET / is a health check; other paths and verbs are refused', async () => {
    const health = await fetch(url)
    expect(health.status).toBe(200)
    expect(await health.text()).toMatch(/^ok/)
    expect((await fetch(`${url}/nope`)).status).toBe(404)
    const put = await fetch(url, { method: 'PUT', body: '{}' })
    expect(put.status).toBe(405)
    expect(put.headers.get('allow')).toBe('GET, POST, OPTIONS')
  })

  it('a body over the limit gets 413 with a clear error, and the server keeps serving', async () => {
    const small = createJsonRpcServer({ handlers, maxBodyBytes: 1024 })
    await small.listen(0)
    try {
      const body = request('echo', ['x'.repeat(2000)])
      const res = await post(body, small.url)
      expect(res.status).toBe(413)
      expect(res.json).toEqual({
        jsonrpc: '2.0',
        id: null,
        error: {
          code: -32600,
          message: `Request body too large: ${Buffer.byteLength(body)} bytes, over the limit of 1024 bytes`,
        },
      })
      // far over the limit: refused from content-length without reading it
      const huge = await post(request('echo', ['y'.repeat(100_000)]), small.url)
      expect(huge.status).toBe(413)
      expect(huge.json.error.message).toMatch(/over the limit of 1024 bytes/)
      expect((await post(request('add', [1, 2]), small.url)).json.result).toBe(3)
    } finally {
      await small.close()
    }
  })

  it('the default limit (10 MiB) refuses a 12 MiB body; a 1 MiB one is fine', async () => {
    const big = await post(request('echo', ['z'.repeat(12 * 1024 * 1024)]))
    expect(big.status).toBe(413)
    expect(big.json.error.message).toMatch(
      /Request body too large: \d+ bytes, over the limit of 10485760 bytes/,
    )
    const ok = await post(request('echo', ['z'.repeat(1024 * 1024)]))
    expect(ok.json.result[0]).toHaveLength(1024 * 1024)
  })

  it('keeps serving after all of the above', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post(request('add', [i, 1], i))),
    )
    expect(results.map((r) => r.json.result)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
  })
})

describe('rpcCall', () => {
  it('returns results and throws JsonRpcError as received', async () => {
    expect(await rpcCall(url, 'add', [20, 22])).toBe(42)
    expect(await rpcCall(url, 'echo')).toEqual([])
    const error = await rpcCall(url, 'revert').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(JsonRpcError)
    expect(error).toMatchObject({ code: 3, message: 'execution reverted: nope', data: REVERT_DATA })
    await expect(rpcCall(url, 'eth_nope')).rejects.toMatchObject({
      code: -32601,
      message: 'Method not found: eth_nope',
    })
  })

  it('reuses one keep-alive connection', async () => {
    // a bare node:http server that counts TCP connections and client ports
    let connections = 0
    const seen = new Set<string>()
    const probe = http.createServer((req, res) => {
      seen.add(`${req.socket.remotePort}`)
      let body = ''
      req.on('data', (c) => {
        body += c
      })
      req.on('end', () => {
        const { id } = JSON.parse(body)
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ jsonrpc: '2.0', id, result: 'ok' }))
      })
    })
    probe.on('connection', () => {
      connections++
    })
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
    const probeUrl = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`
    try {
      for (let i = 0; i < 5; i++) expect(await rpcCall(probeUrl, 'x')).toBe('ok')
      expect(connections).toBe(1)
      expect(seen.size).toBe(1)
    } finally {
      probe.closeAllConnections()
      await new Promise((resolve) => probe.close(resolve))
    }
  })

  it('transport failures and non-JSON-RPC replies name the method and URL', async () => {
    const text = http.createServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/plain' })
      res.end('bad gateway')
    })
    await new Promise<void>((resolve) => text.listen(0, '127.0.0.1', resolve))
    const textUrl = `http://127.0.0.1:${(text.address() as AddressInfo).port}/`
    try {
      await expect(rpcCall(textUrl, 'eth_blockNumber')).rejects.toThrow(
        `eth_blockNumber → ${textUrl}: HTTP 502, not a JSON reply: bad gateway`,
      )
    } finally {
      text.closeAllConnections()
      await new Promise((resolve) => text.close(resolve))
    }
    // nothing listens on a just-closed port
    await expect(rpcCall(textUrl, 'eth_chainId')).rejects.toThrow(
      new RegExp(`^eth_chainId → ${textUrl}: .*ECONNREFUSED`),
    )
    await expect(rpcCall(url, 'echo', [1n])).rejects.toThrow(
      /echo: params are not JSON-serializable/,
    )
  })

  it('times out', async () => {
    const stall = http.createServer(() => {
      // never answers
    })
    await new Promise<void>((resolve) => stall.listen(0, '127.0.0.1', resolve))
    const stallUrl = `http://127.0.0.1:${(stall.address() as AddressInfo).port}/`
    try {
      await expect(rpcCall(stallUrl, 'eth_call', [], { timeoutMs: 100 })).rejects.toThrow(
        `eth_call → ${stallUrl}: no reply after 100 ms`,
      )
    } finally {
      stall.closeAllConnections()
      await new Promise((resolve) => stall.close(resolve))
    }
  })
})

describe('lifecycle', () => {
  it('url/port before listen and after close; close with idle keep-alive sockets; port in use', async () => {
    const s = createJsonRpcServer({ handlers })
    expect(() => s.url).toThrow(/not listening/)
    await s.listen(0)
    const port = s.port
    expect(s.url).toBe(`http://127.0.0.1:${port}`)
    expect(await rpcCall(s.url, 'add', [1, 1])).toBe(2) // leaves an idle pooled socket
    const other = createJsonRpcServer({ handlers })
    await expect(other.listen(port)).rejects.toThrow(
      new RegExp(`could not listen on 127.0.0.1:${port}: .*EADDRINUSE`),
    )
    const started = Date.now()
    await s.close()
    expect(Date.now() - started).toBeLessThan(900)
    expect(() => s.url).toThrow(/not listening/)
    await s.close() // idempotent
  })
})
