import { QueryClient } from '@tanstack/query-core'
import { describe, expect, it, vi } from 'vitest'
import { hashFn } from 'wagmi/query'
import type { ChainProgress } from '../model/progress'
import { followChainProgress, triggerOfQuery } from './followChainProgress'
import { bridgeKeys } from './keys'

// Plain data in a real QueryClient: which status queries a new reading of the chains re-reads.

const pair = { l1ChainId: 9, l2ChainId: 270 }
const hash = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as const

/** The hash a status query is keyed by (its L2 or L1 hash). */
function hashOf(key: readonly unknown[] | undefined): string {
  const ids = key?.[2]
  if (typeof ids !== 'object' || ids === null) return '?'
  if ('l2Hash' in ids) return String(ids.l2Hash)
  if ('l1Hash' in ids) return String(ids.l1Hash)
  return '?'
}

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { queryKeyHashFn: hashFn } } })
  followChainProgress(client)
  const invalidated: string[] = []
  vi.spyOn(client, 'invalidateQueries').mockImplementation(async (filters) => {
    invalidated.push(hashOf(filters?.queryKey))
  })
  const status = (key: readonly unknown[], data: unknown) => client.setQueryData(key, data)
  const progress = (p: ChainProgress) => client.setQueryData(bridgeKeys.chainProgress(pair), p)
  return { status, progress, invalidated }
}

describe('followChainProgress', () => {
  it('re-reads exactly the statuses whose awaited event happened, on that pair only', () => {
    const { status, progress, invalidated } = setup()
    const w = (n: number, data: object) =>
      status(bridgeKeys.withdrawalStatus({ ...pair, l2Hash: hash(n) }), data)
    w(1, { status: 'proven', batchNumber: 8n, finalize: { ready: false } })
    w(2, { status: 'committed', batchNumber: 9n, finalize: { ready: false } })
    w(3, { status: 'executed', batchNumber: 5n, finalize: { ready: true } })
    w(4, { status: 'l2-pending', finalize: { ready: false } })
    status(bridgeKeys.depositStatus({ ...pair, l1Hash: hash(5) }), { status: 'l1-pending' })
    // another pair's withdrawal, whose batch 1 is long executed on its own chain
    status(bridgeKeys.withdrawalStatus({ l1ChainId: 9, l2ChainId: 272, l2Hash: hash(6) }), {
      status: 'proven',
      batchNumber: 1n,
      finalize: { ready: false },
    })

    const first = { l1Block: 100n, l2Block: 500n, provenBatch: 8n, executedBatch: 7n }
    progress(first)
    expect(invalidated).toEqual([]) // the first reading: the statuses were just read
    progress({ ...first, l1Block: 101n, executedBatch: 8n })
    expect(invalidated.sort()).toEqual([hash(1), hash(5)].sort())
    invalidated.length = 0
    progress({ ...first, l1Block: 101n, executedBatch: 8n, l2Block: 501n })
    expect(invalidated.sort()).toEqual([hash(1), hash(4)].sort())
  })

  it('reads query data defensively', () => {
    expect(triggerOfQuery('withdrawalStatus', { status: 'nonsense' })).toBeUndefined()
    expect(triggerOfQuery('withdrawalStatus', null)).toBeUndefined()
    expect(triggerOfQuery('depositStatus', { status: 'l2-pending' })).toEqual({ on: 'l2-block' })
    expect(triggerOfQuery('l1ToL2Status', { status: 'l1-pending' })).toEqual({ on: 'l1-block' })
    expect(
      triggerOfQuery('claimStatus', { state: 'not-claimable', why: 'batch-not-executed' }),
    ).toEqual({ on: 'l1-block' })
    expect(triggerOfQuery('claimStatus', { state: 'not-claimable', why: 'bogus' })).toBeUndefined()
  })
})
