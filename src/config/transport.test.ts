import { createPublicClient, HttpRequestError, InvalidParamsRpcError } from 'viem'
import { describe, expect, it } from 'vitest'
import { FIXED_TTL_MS, isEndpointFailure, REST_MS, rpcTransport } from './transport'

// Endpoints as plain data: each URL answers from a script, and every HTTP request is recorded.

type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | 'network'
type Sent = { url: string; body: unknown }

function endpoints(script: Record<string, (body: { id: number; method: string }[]) => Answer>) {
  const sent: Sent[] = []
  const fetchFn = async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input)
    const body = JSON.parse(String(init?.body))
    sent.push({ url, body })
    const entries = (Array.isArray(body) ? body : [body]) as { id: number; method: string }[]
    const answer = script[url]?.(entries) ?? 'network'
    if (answer === 'network') throw new TypeError('fetch failed')
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json', ...answer.headers },
    })
  }
  return { sent, fetchFn }
}

const ok = (entries: { id: number; method: string }[]) => ({
  status: 200,
  body: entries.map((e) => ({ jsonrpc: '2.0', id: e.id, result: '0x10' })),
})
const single = (entries: { id: number }[], reply: object) => ({
  status: 200,
  body: { jsonrpc: '2.0', id: entries[0]?.id, ...reply },
})

describe('rpcTransport', () => {
  it('calls made together travel in one HTTP request', async () => {
    const { sent, fetchFn } = endpoints({ 'https://a.example/': ok })
    const client = createPublicClient({
      transport: rpcTransport(['https://a.example/'], { fetchFn }),
    })
    const answers = await Promise.all([
      client.getBlockNumber({ cacheTime: 0 }),
      client.getGasPrice(),
      client.getChainId(),
    ])
    expect(answers).toEqual([16n, 16n, 16])
    expect(sent).toHaveLength(1)
    expect(sent[0]?.body).toHaveLength(3)
  })

  it('a URL that does not answer is passed over, and the next one keeps the calls', async () => {
    let time = 1_000
    const { sent, fetchFn } = endpoints({
      'https://a.example/': () => ({ status: 503, body: {} }),
      'https://b.example/': ok,
    })
    const client = createPublicClient({
      transport: rpcTransport(['https://a.example/', 'https://b.example/'], {
        fetchFn,
        retryCount: 0,
        now: () => time,
      }),
    })
    expect(await client.getBlockNumber({ cacheTime: 0 })).toBe(16n)
    expect(await client.getBlockNumber({ cacheTime: 0 })).toBe(16n)
    expect(sent.map((s) => s.url)).toEqual([
      'https://a.example/',
      'https://b.example/',
      'https://b.example/',
    ])
    // b stays preferred while it answers, even after a's rest
    time += REST_MS + 1
    await client.getBlockNumber({ cacheTime: 0 })
    expect(sent.at(-1)?.url).toBe('https://b.example/')
  })

  it('HTTP 429, network failures and timeouts fail over; a JSON-RPC error is an answer', async () => {
    const { sent, fetchFn } = endpoints({
      'https://a.example/': (entries) =>
        entries[0]?.method === 'eth_getLogs'
          ? single(entries, { error: { code: -32602, message: 'range exceeds limit of 10000' } })
          : { status: 429, body: {}, headers: { 'retry-after': '1' } },
      'https://c.example/': ok,
    })
    const client = createPublicClient({
      transport: rpcTransport(['https://a.example/', 'https://b.example/', 'https://c.example/'], {
        fetchFn,
        retryCount: 0,
      }),
    })
    expect(await client.getChainId()).toBe(16)
    expect(sent.map((s) => s.url)).toEqual([
      'https://a.example/',
      'https://b.example/',
      'https://c.example/',
    ])

    // a fresh client: a refused range is the provider's answer, not an outage
    const fresh = endpoints({
      'https://a.example/': (entries) =>
        single(entries, { error: { code: -32602, message: 'range exceeds limit of 10000' } }),
      'https://c.example/': ok,
    })
    const logs = createPublicClient({
      transport: rpcTransport(['https://a.example/', 'https://c.example/'], {
        fetchFn: fresh.fetchFn,
        retryCount: 0,
      }),
    })
    await expect(
      logs.request({ method: 'eth_getLogs', params: [{ fromBlock: '0x0', toBlock: '0xfffff' }] }),
    ).rejects.toBeInstanceOf(InvalidParamsRpcError)
    expect(fresh.sent.map((s) => s.url)).toEqual(['https://a.example/'])
  })

  it('when every URL fails, the last failure is what the caller sees', async () => {
    const { fetchFn } = endpoints({})
    const client = createPublicClient({
      transport: rpcTransport(['https://a.example/', 'https://b.example/'], {
        fetchFn,
        retryCount: 0,
      }),
    })
    const error = await client.getChainId().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpRequestError)
    expect(isEndpointFailure(error)).toBe(true)
  })
})

describe('fixed answers', () => {
  it('a chain’s id and protocol contracts are asked once; a failure is not remembered', async () => {
    let time = 0
    let failNext = true
    const { sent, fetchFn } = endpoints({
      'https://a.example/': (entries) => {
        if (failNext) {
          failNext = false
          return { status: 503, body: {} }
        }
        return ok(entries)
      },
    })
    const client = createPublicClient({
      transport: rpcTransport(['https://a.example/'], { fetchFn, retryCount: 0, now: () => time }),
    })
    const main = () => client.transport.request({ method: 'zks_getMainContract' })
    await expect(main()).rejects.toBeInstanceOf(HttpRequestError)
    expect(await main()).toBe('0x10')
    expect(await main()).toBe('0x10')
    expect(await client.getChainId()).toBe(16)
    expect(await client.getChainId()).toBe(16)
    expect(sent).toHaveLength(3)
    // a block number is never remembered
    await client.getBlockNumber({ cacheTime: 0 })
    await client.getBlockNumber({ cacheTime: 0 })
    expect(sent).toHaveLength(5)
    time += FIXED_TTL_MS + 1
    await client.getChainId()
    expect(sent).toHaveLength(6)
  })
})
