import fc from 'fast-check'
import type { Hash } from 'viem'
import { describe, expect, it } from 'vitest'
import type { UserError } from '../../bridge/errors/toUserError'
import type { DepositFlowStep } from '../../bridge/flows/depositSteps'
import type { StepStatus } from '../../bridge/model/status'
import type { TokenRef } from '../../bridge/tokens'
import {
  type DepositFormField,
  type DepositFormValues,
  type DepositWizardAction,
  type DepositWizardState,
  depositReducer,
  initialDepositFormValues,
  initialDepositWizardState,
  isStepActive,
} from './depositReducer'

const tusd: TokenRef = {
  kind: 'erc20',
  l1Address: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}
const approveStep: DepositFlowStep = {
  kind: 'approve',
  token: tusd.kind === 'erc20' ? tusd.l1Address : '0x',
  spender: '0xA55e7A55e7A55e7A55e7A55e7a55E7a55E7a55e7',
  amount: 5n,
  purpose: 'token',
}
const depositStep: DepositFlowStep = { kind: 'deposit', value: 7n }
const plan = [approveStep, depositStep] as const
const l1Hash = `0x${'d'.repeat(64)}` as Hash
const rejected: UserError = {
  kind: 'user-rejected',
  title: 'Rejected in your wallet',
  message: 'Nothing was sent.',
  retryable: true,
}
const rpcDown: UserError = {
  kind: 'rpc-unreachable',
  title: 'Network unreachable',
  message: 'The network did not answer.',
  retryable: true,
}

function run(actions: DepositWizardAction[], state = initialDepositWizardState()) {
  return actions.reduce(depositReducer, state)
}

const filled: DepositWizardAction[] = [
  { type: 'select-token', token: tusd },
  { type: 'edit', field: 'amount', value: '1.5' },
  { type: 'edit', field: 'recipient', value: '0xa61464658AfeAf65CccaaFD3a512b69A83B77618' },
  { type: 'edit', field: 'l2GasLimit', value: '300000' },
  { type: 'edit', field: 'refundRecipient', value: '0xabc' },
]
const filledForm: DepositFormValues = {
  token: tusd,
  amount: '1.5',
  recipient: '0xa61464658AfeAf65CccaaFD3a512b69A83B77618',
  advanced: { l2GasLimit: '300000', refundRecipient: '0xabc' },
}

describe('depositReducer transitions', () => {
  it('starts on an empty ETH form', () => {
    expect(initialDepositWizardState()).toEqual({
      phase: 'form',
      error: null,
      form: {
        token: { kind: 'eth' },
        amount: '',
        recipient: '',
        advanced: { l2GasLimit: '', refundRecipient: '' },
      },
    })
  })

  it('form: edits every field and the token', () => {
    expect(run(filled)).toEqual({ phase: 'form', error: null, form: filledForm })
  })

  it('form → review → form keeps the values (and clears an old error)', () => {
    const review = run([...filled, { type: 'error', error: rpcDown }, { type: 'review' }])
    expect(review).toEqual({ phase: 'review', form: filledForm, error: null })
    expect(depositReducer(review, { type: 'back' })).toEqual({
      phase: 'form',
      form: filledForm,
      error: null,
    })
  })

  it('review is read-only: edits are ignored there', () => {
    const review = run([...filled, { type: 'review' }])
    expect(depositReducer(review, { type: 'edit', field: 'amount', value: '9' })).toBe(review)
    expect(depositReducer(review, { type: 'select-token', token: { kind: 'eth' } })).toBe(review)
  })

  it('an RPC error on review stays on review with the values', () => {
    const state = run([...filled, { type: 'review' }, { type: 'error', error: rpcDown }])
    expect(state).toEqual({ phase: 'review', form: filledForm, error: rpcDown })
    expect(depositReducer(state, { type: 'dismiss-error' })).toEqual({
      phase: 'review',
      form: filledForm,
      error: null,
    })
  })

  it('confirm freezes the plan and starts with the first step', () => {
    const state = run([...filled, { type: 'review' }, { type: 'confirm', steps: plan }])
    expect(state).toEqual({
      phase: 'approving',
      form: filledForm,
      error: null,
      steps: plan,
      stepIndex: 0,
      stepStatuses: ['active', 'pending'],
    })
    expect(isStepActive(state)).toBe(true)
    const direct = run([...filled, { type: 'review' }, { type: 'confirm', steps: [depositStep] }])
    expect(direct).toMatchObject({ phase: 'depositing', stepStatuses: ['active'] })
  })

  it('refuses a plan that does not end with the deposit', () => {
    const review = run([...filled, { type: 'review' }])
    expect(depositReducer(review, { type: 'confirm', steps: [] })).toBe(review)
    expect(depositReducer(review, { type: 'confirm', steps: [approveStep] })).toBe(review)
  })

  it('progress moves from approving to depositing with the active step', () => {
    const approving = run([...filled, { type: 'review' }, { type: 'confirm', steps: plan }])
    const approved = depositReducer(approving, {
      type: 'progress',
      index: 0,
      statuses: ['done', 'pending'],
    })
    expect(approved).toMatchObject({ phase: 'approving', stepIndex: 0 })
    const depositing = depositReducer(approved, {
      type: 'progress',
      index: 1,
      statuses: ['done', 'active'],
    })
    expect(depositing).toMatchObject({
      phase: 'depositing',
      stepIndex: 1,
      stepStatuses: ['done', 'active'],
      form: filledForm,
    })
    // a report for another plan is ignored
    expect(depositReducer(depositing, { type: 'progress', index: 0, statuses: ['active'] })).toBe(
      depositing,
    )
  })

  it('a rejected approval keeps the values and can be retried on the same step', () => {
    const failed = run([
      ...filled,
      { type: 'review' },
      { type: 'confirm', steps: plan },
      { type: 'progress', index: 0, statuses: ['failed', 'pending'] },
      { type: 'step-failed', index: 0, error: rejected },
    ])
    expect(failed).toEqual({
      phase: 'approving',
      form: filledForm,
      error: rejected,
      steps: plan,
      stepIndex: 0,
      stepStatuses: ['failed', 'pending'],
    })
    expect(isStepActive(failed)).toBe(false)
    const retried = depositReducer(failed, { type: 'retry' })
    expect(retried).toEqual({ ...failed, error: null, stepStatuses: ['active', 'pending'] })
    // no retry while a step is in flight
    expect(depositReducer(retried, { type: 'retry' })).toBe(retried)
  })

  it('a failed deposit after a done approval retries the deposit, not the approval', () => {
    const failed = run([
      ...filled,
      { type: 'review' },
      { type: 'confirm', steps: plan },
      { type: 'progress', index: 1, statuses: ['done', 'active'] },
      { type: 'step-failed', index: 1, error: rpcDown },
    ])
    expect(failed).toMatchObject({
      phase: 'depositing',
      stepIndex: 1,
      stepStatuses: ['done', 'failed'],
      error: rpcDown,
      form: filledForm,
    })
    expect(depositReducer(failed, { type: 'retry' })).toMatchObject({
      stepIndex: 1,
      stepStatuses: ['done', 'active'],
      error: null,
    })
  })

  it('back is possible after a failure, not while a wallet request is open', () => {
    const active = run([...filled, { type: 'review' }, { type: 'confirm', steps: plan }])
    expect(depositReducer(active, { type: 'back' })).toBe(active)
    const failed = depositReducer(active, { type: 'step-failed', index: 0, error: rejected })
    expect(depositReducer(failed, { type: 'back' })).toEqual({
      phase: 'form',
      form: filledForm,
      error: null,
    })
  })

  it('submitted carries the L1 hash; a new deposit keeps only the token', () => {
    const submitted = run([
      ...filled,
      { type: 'review' },
      { type: 'confirm', steps: plan },
      { type: 'progress', index: 1, statuses: ['done', 'active'] },
      { type: 'submitted', l1Hash },
    ])
    expect(submitted).toEqual({
      phase: 'submitted',
      form: filledForm,
      error: null,
      steps: plan,
      stepIndex: 1,
      stepStatuses: ['done', 'done'],
      l1Hash,
    })
    expect(depositReducer(submitted, { type: 'error', error: rpcDown })).toBe(submitted)
    expect(depositReducer(submitted, { type: 'back' })).toBe(submitted)
    expect(depositReducer(submitted, { type: 'new-deposit' })).toEqual(
      initialDepositWizardState(initialDepositFormValues(tusd)),
    )
  })

  it('resume follows a deposit sent before a reload; a new deposit returns to the draft', () => {
    const draft = run(filled)
    const resumed = depositReducer(draft, { type: 'resume', l1Hash })
    expect(resumed).toEqual({
      phase: 'submitted',
      form: filledForm,
      error: null,
      steps: [],
      stepIndex: 0,
      stepStatuses: [],
      l1Hash,
      resumed: true,
    })
    expect(depositReducer(resumed, { type: 'edit', field: 'amount', value: '2' })).toBe(resumed)
    expect(depositReducer(resumed, { type: 'resume', l1Hash })).toBe(resumed)
    expect(depositReducer(resumed, { type: 'new-deposit' })).toEqual({
      phase: 'form',
      form: filledForm,
      error: null,
    })
    // only from the form: never over a review or a running flow
    const review = run([...filled, { type: 'review' }])
    expect(depositReducer(review, { type: 'resume', l1Hash })).toBe(review)
    const approving = depositReducer(review, { type: 'confirm', steps: plan })
    expect(depositReducer(approving, { type: 'resume', l1Hash })).toBe(approving)
  })

  it('ignores actions that make no sense in the phase', () => {
    const form = run(filled)
    for (const action of [
      { type: 'back' },
      { type: 'confirm', steps: plan },
      { type: 'progress', index: 0, statuses: ['active', 'pending'] },
      { type: 'step-failed', index: 0, error: rejected },
      { type: 'retry' },
      { type: 'submitted', l1Hash },
      { type: 'dismiss-error' },
      { type: 'new-deposit' },
    ] satisfies DepositWizardAction[]) {
      expect(depositReducer(form, action)).toBe(form)
    }
  })
})

// ---------------------------------------------------------------------------------------------
// Random action sequences

const fields: DepositFormField[] = ['amount', 'recipient', 'l2GasLimit', 'refundRecipient']
const status = fc.constantFrom<StepStatus>('pending', 'active', 'done', 'failed')
const steps = fc.constantFrom<readonly DepositFlowStep[]>([depositStep], plan, [
  approveStep,
  approveStep,
  depositStep,
])
const userError = fc.constantFrom(rejected, rpcDown)
const action: fc.Arbitrary<DepositWizardAction> = fc.oneof(
  fc.record({
    type: fc.constant('edit' as const),
    field: fc.constantFrom(...fields),
    value: fc.string({ maxLength: 8 }),
  }),
  fc.record({
    type: fc.constant('select-token' as const),
    token: fc.constantFrom<TokenRef>({ kind: 'eth' }, tusd),
  }),
  fc.constant({ type: 'review' as const }),
  fc.constant({ type: 'back' as const }),
  fc.record({ type: fc.constant('confirm' as const), steps }),
  fc.record({
    type: fc.constant('progress' as const),
    index: fc.integer({ min: -1, max: 3 }),
    statuses: fc.array(status, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('step-failed' as const),
    index: fc.integer({ min: -1, max: 3 }),
    error: userError,
  }),
  fc.constant({ type: 'retry' as const }),
  fc.constant({ type: 'submitted' as const, l1Hash }),
  fc.record({ type: fc.constant('error' as const), error: userError }),
  fc.constant({ type: 'dismiss-error' as const }),
  fc.constant({ type: 'new-deposit' as const }),
  fc.constant({ type: 'resume' as const, l1Hash }),
)

/** The form values a user expects after an action: only their own edits change them. */
function expectedForm(before: DepositWizardState, a: DepositWizardAction): DepositFormValues {
  const form = before.form
  if (a.type === 'edit' && before.phase === 'form') {
    return a.field === 'amount' || a.field === 'recipient'
      ? { ...form, [a.field]: a.value }
      : { ...form, advanced: { ...form.advanced, [a.field]: a.value } }
  }
  if (a.type === 'select-token' && before.phase === 'form') return { ...form, token: a.token }
  if (a.type === 'new-deposit' && before.phase === 'submitted') {
    return before.resumed ? form : initialDepositFormValues(form.token)
  }
  return form
}

describe('depositReducer properties', () => {
  it('the form values survive any sequence of actions, and the state stays coherent', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        let state = run(filled)
        for (const a of actions) {
          const next = depositReducer(state, a)
          expect(next.form).toEqual(expectedForm(state, a))
          if (a.type === 'error' && state.phase !== 'submitted') expect(next.error).toBe(a.error)
          if (next.phase === 'approving' || next.phase === 'depositing') {
            expect(next.stepStatuses).toHaveLength(next.steps.length)
            expect(next.steps[next.stepIndex]?.kind === 'approve').toBe(next.phase === 'approving')
            expect(next.steps.at(-1)?.kind).toBe('deposit')
          }
          if (next.phase === 'submitted') {
            expect(next.l1Hash).toBe(l1Hash)
            expect(next.stepStatuses.every((s) => s === 'done')).toBe(true)
          }
          state = next
        }
      }),
      { numRuns: 500 },
    )
  })

  it('an error never changes the phase or the form', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), userError, (actions, error) => {
        const state = run(actions, run(filled))
        const next = depositReducer(state, { type: 'error', error })
        expect(next.phase).toBe(state.phase)
        expect(next.form).toBe(state.form)
      }),
    )
  })
})
