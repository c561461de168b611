import { getAddress, type Hash } from 'viem'
import { describe, expect, it } from 'vitest'
import type { DepositTransfer, Transfer, WithdrawalTransfer } from '../model/transfer'
import { mergeTransfers } from './mergeTransfers'

const alice = getAddress('0x36615cf349d7f6344891b1e7ca7c72883f5dc049')

const hash = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as Hash
const base = {
  version: 1 as const,
  pairId: 'devnet-270',
  account: alice,
  l1ChainId: 9,
  l2ChainId: 270,
  token: { kind: 'eth' as const },
  amount: '1',
  recipient: alice,
}
const deposit = (n: number, extra: Partial<DepositTransfer> = {}): DepositTransfer => ({
  ...base,
  kind: 'deposit',
  route: 'base-token',
  l1Hash: hash(n),
  createdAt: n,
  ...extra,
})
const withdrawal = (n: number, extra: Partial<WithdrawalTransfer> = {}): WithdrawalTransfer => ({
  ...base,
  kind: 'withdrawal',
  l2Hash: hash(n),
  createdAt: n,
  ...extra,
})

describe('mergeTransfers', () => {
  it('keeps one entry per transfer, newest first', () => {
    const merged = mergeTransfers(
      [deposit(1), withdrawal(3)],
      [deposit(1), deposit(2), withdrawal(3)],
    )
    expect(merged.map((t) => t.createdAt)).toEqual([3, 2, 1])
  })
  it('prefers the saved record and fills in the L2 hash found on chain', () => {
    const saved = deposit(1, { lastStatus: 'l2-pending' })
    const [merged] = mergeTransfers([saved], [deposit(1, { l2Hash: hash(99) })]) as Transfer[]
    expect(merged).toMatchObject({ lastStatus: 'l2-pending', l2Hash: hash(99) })
  })
  it('does not confuse a deposit and a withdrawal with the same hash', () => {
    expect(mergeTransfers([deposit(5)], [withdrawal(5)])).toHaveLength(2)
  })
  it('is idempotent', () => {
    const saved = [deposit(1), withdrawal(2)]
    const discovered = [deposit(1, { l2Hash: hash(7) }), deposit(3)]
    const once = mergeTransfers(saved, discovered)
    expect(mergeTransfers(once, discovered)).toEqual(once)
  })
})
