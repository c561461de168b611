import type { Hash } from 'viem'
import { describe, expect, it } from 'vitest'
import { memoryStorage } from '../../lib/storage'
import type { WithdrawalTransfer } from '../model/transfer'
import { historyKey, loadCursor, readCursor, saveCursor } from './historyStore'

const account = '0x36615Cf349d7F6344891B1e7CA7C72883F5dc049' as const
const withdrawal: WithdrawalTransfer = {
  version: 1,
  kind: 'withdrawal',
  pairId: 'devnet-270',
  account,
  l1ChainId: 9,
  l2ChainId: 270,
  token: { kind: 'eth' },
  amount: '1',
  recipient: account,
  createdAt: 5,
  l2Hash: `0x${'aa'.repeat(32)}` as Hash,
}
const scope = { chainId: 270, account }

describe('history cursor', () => {
  it('round-trips what a search learned (ranges as bigints, transfers, skipped transactions)', () => {
    const storage = memoryStorage()
    const cursor = {
      sources: { 'l2:base-token:withdrawal': { from: 10n, to: 26_550_000n } },
      found: [withdrawal],
      skipped: [`0x${'bb'.repeat(32)}` as Hash],
    }
    saveCursor(storage, scope, cursor)
    expect(storage.getItem(historyKey(scope))).toContain('"26550000"')
    expect(loadCursor(storage, scope)).toEqual(cursor)
    expect(loadCursor(storage, { chainId: 9, account })).toEqual({
      sources: {},
      found: [],
      skipped: [],
    })
  })

  it('drops anything it cannot trust: another version, bad ranges, an invalid transfer, bad hashes', () => {
    const ok = { version: 1, sources: { a: { from: '1', to: '2' } }, found: [], skipped: [] }
    expect(readCursor(ok)).toBeDefined()
    for (const bad of [
      { ...ok, version: 2 },
      { ...ok, sources: { a: { from: '-1', to: '2' } } },
      { ...ok, sources: { a: { from: '9', to: '2' } } },
      { ...ok, sources: { a: { from: 1, to: 2 } } },
      { ...ok, found: [{ ...withdrawal, l2Hash: 'nope' }] },
      { ...ok, skipped: ['0x12'] },
      null,
      [],
    ])
      expect(readCursor(bad)).toBeUndefined()
  })

  it('storage that throws costs nothing but the memory', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked')
      },
      setItem: () => {
        throw new Error('quota')
      },
    }
    expect(loadCursor(broken, scope)).toEqual({ sources: {}, found: [], skipped: [] })
    expect(() => saveCursor(broken, scope, { sources: {}, found: [], skipped: [] })).not.toThrow()
  })
})
