import { describe, expect, inject, it } from 'vitest'
import { REALISTIC_HISTORY_BLOCKS } from './globalSetup'

// The realistic-RPC profile: the devnet's endpoints answer like real providers.

const devnet = inject('realisticDevnet')
const l2Url = devnet.l2[270]?.url as string

type Reply = { status: number; retryAfter: string | null; body: Record<string, unknown> }

async function call(url: string, method: string, params: unknown[] = []): Promise<Reply> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  })
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Record<string, unknown>,
  }
}

const result = async <T>(url: string, method: string, params: unknown[] = []) =>
  (await call(url, method, params)).body.result as T

describe('realistic-RPC profile', () => {
  it('the history is deep on both layers', async () => {
    const l1Head = BigInt(await result<string>(devnet.l1Url, 'eth_blockNumber'))
    const l2Head = BigInt(await result<string>(l2Url, 'eth_blockNumber'))
    expect(l1Head).toBeGreaterThan(BigInt(REALISTIC_HISTORY_BLOCKS))
    expect(l2Head).toBeGreaterThan(BigInt(REALISTIC_HISTORY_BLOCKS))
  })

  it('L1 refuses a getLogs range above the cap the way Infura does', async () => {
    const reply = await call(devnet.l1Url, 'eth_getLogs', [{ fromBlock: '0x0', toBlock: '0x3e8' }])
    expect(reply.status).toBe(200)
    expect(reply.body.error).toEqual({ code: -32602, message: 'range 1000 exceeds limit of 20' })
    const ok = await call(devnet.l1Url, 'eth_getLogs', [{ fromBlock: '0x3e8', toBlock: '0x3fb' }])
    expect(ok.body.result).toEqual([])
  })

  it('too many results: an Era-style error naming a range that fits', async () => {
    // the deployment blocks hold many logs; the L1 endpoint caps results at 20
    const reply = await call(devnet.l1Url, 'eth_getLogs', [{ fromBlock: '0x0', toBlock: '0x13' }])
    const error = reply.body.error as { code: number; message: string }
    expect(error.code).toBe(-32005)
    const match = /\[(0x[0-9a-f]+), (0x[0-9a-f]+)\]/.exec(error.message)
    expect(match).not.toBeNull()
    const fits = await call(devnet.l1Url, 'eth_getLogs', [
      { fromBlock: match?.[1], toBlock: match?.[2] },
    ])
    expect(Array.isArray(fits.body.result)).toBe(true)
    expect((fits.body.result as unknown[]).length).toBeLessThanOrEqual(20)
  })

  it('answers HTTP 429 with Retry-After above the call rate, and counts what it saw', async () => {
    await call(devnet.l1Url, 'devnet_resetRpcStats')
    const replies = await Promise.all(
      Array.from({ length: 60 }, () => call(devnet.l1Url, 'eth_chainId')),
    )
    const limited = replies.filter((r) => r.status === 429)
    expect(limited.length).toBeGreaterThan(0)
    expect(limited.every((r) => Number(r.retryAfter) >= 1)).toBe(true)
    expect(replies.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(20)
    const stats = await result<{ calls: number; rateLimitedCalls: number; byMethod: object }>(
      devnet.l1Url,
      'devnet_rpcStats',
    )
    expect(stats.calls).toBe(60)
    expect(stats.rateLimitedCalls).toBe(limited.length)
    expect(stats.byMethod).toEqual({ eth_chainId: 60 })
    // let the bucket refill for the next tests
    await new Promise((resolve) => setTimeout(resolve, 1_500))
  })

  it('adds latency, and a storm refuses everything until it is over', async () => {
    const started = performance.now()
    await call(l2Url, 'eth_chainId')
    expect(performance.now() - started).toBeGreaterThanOrEqual(45)
    await call(l2Url, 'devnet_rpcStorm', [1_200])
    const during = await call(l2Url, 'eth_chainId')
    expect(during.status).toBe(429)
    expect(['1', '2']).toContain(during.retryAfter)
    await new Promise((resolve) => setTimeout(resolve, 1_300))
    expect((await call(l2Url, 'eth_chainId')).status).toBe(200)
  })
})
