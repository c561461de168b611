import { describe, expect, it } from 'vitest'
import { finalizeReasonText } from './finalizeReasonText'

const p = { now: 1_000_000, l2Name: 'Era' }

describe('finalizeReasonText', () => {
  it('says nothing when ready, and each reason in words', () => {
    expect(finalizeReasonText({ ready: true }, p)).toBeUndefined()
    expect(finalizeReasonText({ ready: false, reason: 'already-finalized' }, p)).toBe(
      'Already finalized: the funds are on L1.',
    )
    expect(finalizeReasonText({ ready: false, reason: 'not-found' }, p)).toBe(
      'Transaction not found on Era.',
    )
    for (const reason of [
      'not-a-withdrawal',
      'l2-failed',
      'l2-pending',
      'proof-not-available',
    ] as const)
      expect(finalizeReasonText({ ready: false, reason }, p)?.length).toBeGreaterThan(10)
  })

  it('gives the wait for an unexecuted batch, never a negative one', () => {
    const reason = 'batch-not-executed' as const
    expect(finalizeReasonText({ ready: false, reason, readyAt: p.now + 12 * 60_000 }, p)).toBe(
      'Batch not executed yet (about 12 minutes).',
    )
    expect(finalizeReasonText({ ready: false, reason, readyAt: p.now - 5_000 }, p)).toBe(
      'Batch not executed yet (any moment now).',
    )
    expect(finalizeReasonText({ ready: false, reason }, p)).toBe('Batch not executed yet.')
  })
})
