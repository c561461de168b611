import { describe, expect, it } from 'vitest'
import type { UserError } from '../../bridge/errors/toUserError'
import type { DepositFlowStep } from '../../bridge/flows/depositSteps'
import {
  initialRequestExecuteFlow,
  type RequestExecuteFlow,
  type ReviewedCall,
  requestExecuteFlowReducer as reduce,
} from './requestExecuteFlow'

const reviewed = { target: '0x976C6fD8311879C4690D39F0d6DB281522BfdcbE' } as unknown as ReviewedCall
const steps: DepositFlowStep[] = [
  {
    kind: 'approve',
    token: '0xB7B2fDade40eee6D0099EdC29d1e4A29570fbFdB',
    spender: '0x1F373F17b8A83BAd80FBFA18D0d7Dc6E0141d27C',
    amount: 10n,
    purpose: 'base-token',
  },
  { kind: 'deposit', value: 0n },
]
const rejected: UserError = {
  kind: 'user-rejected',
  title: 'Rejected in your wallet',
  message: 'Nothing was sent.',
  retryable: true,
}

describe('requestExecuteFlowReducer', () => {
  it('form → review → executing → sent', () => {
    let s: RequestExecuteFlow = reduce(initialRequestExecuteFlow, { type: 'review' })
    expect(s).toEqual({ phase: 'review' })
    s = reduce(s, { type: 'confirm', reviewed, steps })
    expect(s).toMatchObject({ phase: 'executing', statuses: ['pending', 'pending'], index: 0 })
    s = reduce(s, { type: 'progress', index: 1, statuses: ['done', 'active'] })
    expect(s).toMatchObject({ index: 1, statuses: ['done', 'active'] })
    expect(reduce(s, { type: 'sent' })).toEqual({ phase: 'form' })
  })

  it('a rejected step keeps its place: retry clears the error, back returns to the form', () => {
    let s = reduce(reduce({ phase: 'review' }, { type: 'confirm', reviewed, steps }), {
      type: 'progress',
      index: 1,
      statuses: ['done', 'active'],
    })
    // cannot leave while the wallet is asked
    expect(reduce(s, { type: 'back' })).toBe(s)
    s = reduce(s, { type: 'step-failed', index: 1, error: rejected })
    expect(s).toMatchObject({ index: 1, statuses: ['done', 'failed'], error: rejected })
    expect(reduce(s, { type: 'retry' })).toMatchObject({ index: 1, error: null })
    expect(reduce(s, { type: 'back' })).toEqual({ phase: 'form' })
  })

  it('ignores actions out of place', () => {
    const form: RequestExecuteFlow = { phase: 'form' }
    expect(reduce(form, { type: 'confirm', reviewed, steps })).toBe(form)
    expect(reduce(form, { type: 'progress', index: 0, statuses: ['active'] })).toBe(form)
    expect(reduce(form, { type: 'retry' })).toBe(form)
    const review: RequestExecuteFlow = { phase: 'review' }
    expect(reduce(review, { type: 'review' })).toBe(review)
    expect(reduce(review, { type: 'confirm', reviewed, steps: [] })).toBe(review)
  })
})
