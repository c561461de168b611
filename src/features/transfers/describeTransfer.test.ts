import { describe, expect, it } from 'vitest'
import { depositStatuses, withdrawalStatuses } from '../../bridge/model/status'
import type { DepositTransfer, WithdrawalTransfer } from '../../bridge/model/transfer'
import { describeTransfer, transferPageHash } from './describeTransfer'

const base = {
  version: 1 as const,
  pairId: 'devnet-270',
  account: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266' as const,
  l1ChainId: 9,
  l2ChainId: 270,
  token: { kind: 'eth' as const },
  amount: '1',
  recipient: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266' as const,
  createdAt: 1,
}
const deposit: DepositTransfer = {
  ...base,
  kind: 'deposit',
  route: 'erc20-to-eth-chain' as const,
  l1Hash: `0x${'11'.repeat(32)}`,
}
const withdrawal: WithdrawalTransfer = {
  ...base,
  kind: 'withdrawal',
  l2Hash: `0x${'22'.repeat(32)}`,
}

describe('describeTransfer', () => {
  it('only a failed two-bridges deposit and an executed withdrawal wait for the user', () => {
    for (const s of depositStatuses)
      expect(describeTransfer(deposit, s).action).toBe(s === 'l2-failed' ? 'claim' : undefined)
    for (const s of withdrawalStatuses)
      expect(describeTransfer(withdrawal, s).action).toBe(s === 'executed' ? 'finalize' : undefined)
  })

  it('a failed base-token deposit is refunded on L2: nothing to claim', () => {
    const d = describeTransfer({ ...deposit, route: 'base-token' as const }, 'l2-failed')
    expect(d).toEqual({ title: 'Deposit', label: 'Failed on L2 — refunded on L2', tone: 'danger' })
  })

  it('says why a deposit failed when it is known', () => {
    expect(describeTransfer(deposit, 'l2-failed', 'out-of-gas').label).toBe(
      'Failed on L2 (out of gas) — funds claimable on L1',
    )
    expect(
      describeTransfer({ ...deposit, route: 'base-token' as const }, 'l2-failed', 'reverted').label,
    ).toBe('Failed on L2 (reverted) — refunded on L2')
  })

  it('uses the saved status until the live one is read, and says so when neither exists', () => {
    expect(describeTransfer({ ...withdrawal, lastStatus: 'finalized' }, undefined).label).toBe(
      'Complete',
    )
    expect(describeTransfer(withdrawal, undefined).label).toBe('Checking…')
    expect(describeTransfer(deposit, 'l2-success')).toMatchObject({ tone: 'success' })
    expect(describeTransfer(withdrawal, 'executed')).toMatchObject({
      label: 'Ready to finalize',
      tone: 'warn',
    })
  })

  it('links a deposit by its L1 hash and a withdrawal by its L2 hash', () => {
    expect(transferPageHash(deposit)).toBe(deposit.l1Hash)
    expect(transferPageHash(withdrawal)).toBe(withdrawal.l2Hash)
  })
})
