import { describe, expect, it } from 'vitest'
import type { WithdrawalStatusInfo } from '../../bridge/actions/getWithdrawalStatus'
import { describeWithdrawal, type FinalizeOutcome } from './describeWithdrawal'

const now = 1_700_000_000_000
const names = { l1Name: 'Ethereum', l2Name: 'Era' }
const view = (info: WithdrawalStatusInfo, outcome: FinalizeOutcome = 'none') =>
  describeWithdrawal({ info, outcome, now, ...names })

const executed: WithdrawalStatusInfo = { status: 'executed', finalize: { ready: true } }
const finalized: WithdrawalStatusInfo = {
  status: 'finalized',
  finalize: { ready: false, reason: 'already-finalized' },
}

describe('describeWithdrawal', () => {
  it('ready: the Finalize button, and the last step waits for the user (no spinner)', () => {
    const v = view(executed)
    expect(v.canFinalize).toBe(true)
    expect(v.waiting).toBe(false)
    expect(v.notice).toBeUndefined()
    expect(v.steps.at(-1)).toEqual({
      id: 'finalized',
      label: 'Finalize on L1',
      status: 'pending',
      description: 'Ready: finalize it below.',
    })
    expect(v.steps.slice(0, -1).every((s) => s.status === 'done')).toBe(true)
  })

  it('a finalized withdrawal never offers the button, whoever finalized it', () => {
    for (const [info, outcome] of [
      [finalized, 'none'],
      [executed, 'finalized-here'],
      [executed, 'raced'],
      [finalized, 'raced'],
    ] as const) {
      const v = view(info, outcome)
      expect(v.canFinalize).toBe(false)
      expect(v.waiting).toBe(false)
      expect(v.status).toBe('finalized')
      expect(v.steps.every((s) => s.status === 'done')).toBe(true)
      expect(v.notice?.tone).toBe('success')
    }
  })

  it('says "Already finalized" unless this page finalized it', () => {
    expect(view(finalized).notice?.title).toBe('Already finalized')
    expect(view(executed, 'raced').notice?.title).toBe('Already finalized')
    expect(view(executed, 'finalized-here').notice).toEqual({
      tone: 'success',
      title: 'Finalized',
      body: 'The funds are on Ethereum.',
    })
  })

  it('waiting for the batch: the reason with its ETA, a countdown target, reminders', () => {
    const readyAt = now + 12 * 60_000
    const v = view({
      status: 'committed',
      readyAt,
      finalize: { ready: false, reason: 'batch-not-executed', readyAt },
    })
    expect(v.canFinalize).toBe(false)
    expect(v.waiting).toBe(true)
    expect(v.readyAt).toBe(readyAt)
    expect(v.notice).toEqual({
      tone: 'info',
      title: 'Not ready to finalize yet',
      body: 'Batch not executed yet (about 12 minutes).',
    })
    expect(v.steps.find((s) => s.status === 'active')?.id).toBe('proven')
  })

  it('proof not available yet: waits, says why', () => {
    const v = view({
      status: 'executed',
      finalize: { ready: false, reason: 'proof-not-available' },
    })
    expect(v.canFinalize).toBe(false)
    expect(v.waiting).toBe(true)
    expect(v.notice?.body).toMatch(/^Proof not available yet/)
  })

  it('no stages for a hash that is not a withdrawal or not found', () => {
    const notFound = view({ status: 'l2-pending', finalize: { ready: false, reason: 'not-found' } })
    expect(notFound.showSteps).toBe(false)
    expect(notFound.waiting).toBe(false)
    expect(notFound.notice).toEqual({
      tone: 'error',
      title: 'Transaction not found',
      body: 'Transaction not found on Era.',
    })
    const other = view({
      status: 'included',
      finalize: { ready: false, reason: 'not-a-withdrawal' },
    })
    expect(other.showSteps).toBe(false)
    expect(other.notice?.body).toMatch(/^Not a withdrawal/)
  })

  it('a failed L2 transaction: the first stage failed, nothing to wait for', () => {
    const v = view({ status: 'l2-failed', finalize: { ready: false, reason: 'l2-failed' } })
    expect(v.steps[0]?.status).toBe('failed')
    expect(v.waiting).toBe(false)
    expect(v.canFinalize).toBe(false)
    expect(v.notice?.tone).toBe('error')
  })
})
