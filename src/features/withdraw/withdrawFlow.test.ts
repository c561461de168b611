import type { Hash } from 'viem'
import { describe, expect, it } from 'vitest'
import {
  initialWithdrawFlow,
  type WithdrawFlow,
  type WithdrawFlowAction,
  withdrawFlowReducer,
} from './withdrawFlow'

const hash = `0x${'ab'.repeat(32)}` as Hash
const run = (state: WithdrawFlow, ...actions: WithdrawFlowAction[]) =>
  actions.reduce(withdrawFlowReducer, state)
const rejected = new Error('User rejected the request')

describe('withdrawFlowReducer', () => {
  it('form → review → sending → sent, and a new withdrawal starts over', () => {
    const sent = run(
      { phase: 'form' },
      { type: 'review' },
      { type: 'send' },
      {
        type: 'sent',
        l2Hash: hash,
      },
    )
    expect(sent).toEqual({ phase: 'sent', l2Hash: hash })
    expect(run(sent, { type: 'new-withdrawal' })).toEqual({ phase: 'form' })
  })

  it('a failed or rejected send returns to the review with its error, which can be dismissed', () => {
    const failed = run(
      { phase: 'form' },
      { type: 'review' },
      { type: 'send' },
      {
        type: 'failed',
        error: rejected,
      },
    )
    expect(failed).toEqual({ phase: 'review', error: rejected })
    expect(run(failed, { type: 'dismiss-error' })).toEqual({ phase: 'review', error: null })
    // and the retry goes through
    expect(run(failed, { type: 'send' }, { type: 'sent', l2Hash: hash })).toEqual({
      phase: 'sent',
      l2Hash: hash,
    })
  })

  it('going back is refused while the transaction waits in the wallet', () => {
    const sending: WithdrawFlow = { phase: 'sending' }
    expect(run(sending, { type: 'back' })).toBe(sending)
    expect(run({ phase: 'review', error: null }, { type: 'back' })).toEqual({ phase: 'form' })
  })

  it('ignores out-of-place actions (a double click, a late answer)', () => {
    const sent: WithdrawFlow = { phase: 'sent', l2Hash: hash }
    expect(run(sent, { type: 'send' }, { type: 'failed', error: rejected }, { type: 'back' })).toBe(
      sent,
    )
    const form: WithdrawFlow = { phase: 'form' }
    expect(run(form, { type: 'send' }, { type: 'sent', l2Hash: hash })).toBe(form)
  })

  it('a tab that sent a withdrawal shows it again after a reload', () => {
    expect(initialWithdrawFlow(hash)).toEqual({ phase: 'sent', l2Hash: hash })
    expect(initialWithdrawFlow(null)).toEqual({ phase: 'form' })
  })
})
