import type { Hash } from 'viem'
import { describe, expect, it } from 'vitest'
import type { DepositTransfer, WithdrawalTransfer } from '../model/transfer'
import { withLatestStatus } from './withLatestStatus'

const h = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as Hash
const common = {
  version: 1 as const,
  pairId: 'devnet-270',
  account: '0x36615Cf349d7F6344891B1e7CA7C72883F5dc049' as const,
  l1ChainId: 9,
  l2ChainId: 270,
  token: { kind: 'eth' as const },
  amount: '1',
  recipient: '0x36615Cf349d7F6344891B1e7CA7C72883F5dc049' as const,
  createdAt: 1,
}
const deposit: DepositTransfer = { ...common, kind: 'deposit', route: 'base-token', l1Hash: h(1) }
const withdrawal: WithdrawalTransfer = { ...common, kind: 'withdrawal', l2Hash: h(2) }

describe('withLatestStatus', () => {
  it('records a deposit’s new status and its L2 hash once known', () => {
    expect(
      withLatestStatus(deposit, { kind: 'deposit', status: 'l2-pending', l2Hash: h(3) }),
    ).toEqual({ ...deposit, lastStatus: 'l2-pending', l2Hash: h(3) })
  })
  it('changes nothing when the chain tells nothing new', () => {
    const known = { ...deposit, lastStatus: 'l2-success' as const, l2Hash: h(3) }
    expect(withLatestStatus(known, { kind: 'deposit', status: 'l2-success', l2Hash: h(3) })).toBe(
      undefined,
    )
    const withdrawn = { ...withdrawal, lastStatus: 'proven' as const }
    expect(withLatestStatus(withdrawn, { kind: 'withdrawal', status: 'proven' })).toBe(undefined)
  })
  it('never turns a claimed deposit back into a failed one', () => {
    const claimed = { ...deposit, lastStatus: 'claimed' as const, l2Hash: h(3) }
    expect(withLatestStatus(claimed, { kind: 'deposit', status: 'l2-failed', l2Hash: h(3) })).toBe(
      undefined,
    )
  })
  it('records a withdrawal’s stage', () => {
    expect(withLatestStatus(withdrawal, { kind: 'withdrawal', status: 'executed' })).toEqual({
      ...withdrawal,
      lastStatus: 'executed',
    })
  })
  it('ignores an update of the other kind', () => {
    expect(withLatestStatus(withdrawal, { kind: 'deposit', status: 'l2-success' })).toBe(undefined)
  })
})
