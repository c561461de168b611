import { describe, expect, it } from 'vitest'
import type { ClaimStatus } from '../../bridge/model/claim'
import { depositStatusOfClaim } from './depositStatusOfClaim'

const l2Hash = `0x${'ab'.repeat(32)}` as const
const not = (why: Extract<ClaimStatus, { state: 'not-claimable' }>['why']): ClaimStatus => ({
  state: 'not-claimable',
  why,
})

describe('depositStatusOfClaim', () => {
  it('maps each claim reading to the stage of the deposit', () => {
    expect(depositStatusOfClaim({ state: 'claimable', l2Hash, reason: 'reverted' }, false)).toBe(
      'l2-failed',
    )
    expect(depositStatusOfClaim(not('batch-not-executed'), false)).toBe('l2-failed')
    expect(depositStatusOfClaim(not('already-claimed'), false)).toBe('claimed')
    expect(depositStatusOfClaim(not('succeeded'), false)).toBe('l2-success')
    expect(depositStatusOfClaim(not('l2-pending'), false)).toBe('l2-pending')
  })

  it('shows no stages where they would mislead', () => {
    for (const why of ['not-found', 'not-a-deposit', 'base-token'] as const)
      expect(depositStatusOfClaim(not(why), false)).toBeUndefined()
  })

  it('a claim made on this page counts at once', () => {
    expect(depositStatusOfClaim({ state: 'claimable', l2Hash, reason: 'reverted' }, true)).toBe(
      'claimed',
    )
  })
})
