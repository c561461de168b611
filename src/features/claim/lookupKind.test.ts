import { describe, expect, it } from 'vitest'
import type { WithdrawalStatusInfo } from '../../bridge/actions/getWithdrawalStatus'
import type { ClaimStatus } from '../../bridge/model/claim'
import { isSurelyWithdrawal, lookupKind } from './lookupKind'

const l2Hash = `0x${'ab'.repeat(32)}` as const
const w = (
  finalize: WithdrawalStatusInfo['finalize'],
  status: WithdrawalStatusInfo['status'] = 'included',
) => ({ status, finalize }) as WithdrawalStatusInfo
const notClaimable = (
  why: Extract<ClaimStatus, { state: 'not-claimable' }>['why'],
): ClaimStatus => ({
  state: 'not-claimable',
  why,
})

describe('lookupKind', () => {
  it('waits for the withdrawal reading first', () => {
    expect(lookupKind({ withdrawal: undefined, claim: undefined })).toBe('loading')
  })

  it('stages only a withdrawal reaches decide at once, without the claim reading', () => {
    for (const finalize of [
      { ready: true },
      { ready: false, reason: 'batch-not-executed' },
      { ready: false, reason: 'proof-not-available' },
      { ready: false, reason: 'already-finalized' },
    ] as const) {
      expect(isSurelyWithdrawal(w(finalize))).toBe(true)
      expect(lookupKind({ withdrawal: w(finalize), claim: undefined })).toBe('withdrawal')
    }
  })

  it('a hash that is no withdrawal: the claim reading decides', () => {
    const other = w({ ready: false, reason: 'not-a-withdrawal' })
    expect(lookupKind({ withdrawal: other, claim: undefined })).toBe('loading')
    expect(
      lookupKind({
        withdrawal: other,
        claim: { state: 'claimable', l2Hash, reason: 'out-of-gas' },
      }),
    ).toBe('deposit')
    for (const why of [
      'succeeded',
      'base-token',
      'already-claimed',
      'batch-not-executed',
      'l2-pending',
    ] as const)
      expect(lookupKind({ withdrawal: other, claim: notClaimable(why) })).toBe('deposit')
    expect(lookupKind({ withdrawal: other, claim: notClaimable('not-a-deposit') })).toBe('other')
  })

  it('an L1 deposit hash is not found on L2 as a withdrawal, but is a deposit', () => {
    const missing = w({ ready: false, reason: 'not-found' })
    expect(lookupKind({ withdrawal: missing, claim: notClaimable('succeeded') })).toBe('deposit')
    expect(lookupKind({ withdrawal: missing, claim: notClaimable('not-found') })).toBe('not-found')
    expect(lookupKind({ withdrawal: missing, claim: notClaimable('not-a-deposit') })).toBe('other')
  })

  it('a failed or pending L2 transaction is a withdrawal unless it is a priority transaction', () => {
    for (const reason of ['l2-failed', 'l2-pending'] as const) {
      const either = w({ ready: false, reason })
      expect(lookupKind({ withdrawal: either, claim: notClaimable('not-a-deposit') })).toBe(
        'withdrawal',
      )
      expect(
        lookupKind({
          withdrawal: either,
          claim: { state: 'claimable', l2Hash, reason: 'reverted' },
        }),
      ).toBe('deposit')
    }
  })
})
