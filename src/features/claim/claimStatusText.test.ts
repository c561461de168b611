import { describe, expect, it } from 'vitest'
import type { ClaimStatus } from '../../bridge/model/claim'
import { claimStatusText } from './claimStatusText'

const p = { now: 1_000_000, l1Name: 'Ethereum', l2Name: 'Era', baseSymbol: 'ETH' }
const l2Hash = `0x${'ab'.repeat(32)}` as const

describe('claimStatusText', () => {
  it('a claimable deposit says why it failed', () => {
    const text = claimStatusText({ state: 'claimable', l2Hash, reason: 'out-of-gas' }, p)
    expect(text.title).toBe('Failed on L2 — funds claimable on L1')
    expect(text.body).toContain('ran out of L2 gas')
    expect(text.tone).toBe('warn')
  })

  it('explains every case that cannot be claimed', () => {
    const whys = [
      'not-found',
      'l2-pending',
      'succeeded',
      'base-token',
      'not-a-deposit',
      'already-claimed',
      'batch-not-executed',
    ] as const
    const titles = new Set(
      whys.map(
        (why) => claimStatusText({ state: 'not-claimable', l2Hash, why } as ClaimStatus, p).title,
      ),
    )
    expect(titles.size).toBe(whys.length)
    const base = claimStatusText(
      { state: 'not-claimable', l2Hash, why: 'base-token', reason: 'reverted' },
      p,
    )
    expect(base.body).toContain('It moved ETH, the chain')
    expect(base.body).toContain('refunded on Era')
    expect(base.body).toContain('reverted')
  })

  it('gives the wait for an unexecuted batch', () => {
    const text = claimStatusText(
      { state: 'not-claimable', l2Hash, why: 'batch-not-executed', readyAt: p.now + 3 * 3_600_000 },
      p,
    )
    expect(text.body).toContain('(about 3 hours)')
  })
})
