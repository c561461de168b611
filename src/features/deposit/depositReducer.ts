import type { Hash } from 'viem'
import type { UserError } from '../../bridge/errors/toUserError'
import type { DepositFlowStep } from '../../bridge/flows/depositSteps'
import type { StepStatus } from '../../bridge/model/status'
import { ethToken, type TokenRef } from '../../bridge/tokens'

/** What the user typed, as typed: parsing happens where it is shown (and again before review). */
export type DepositFormValues = {
  token: TokenRef
  amount: string
  recipient: string
  advanced: { l2GasLimit: string; refundRecipient: string }
}

export type DepositPhase = 'form' | 'review' | 'approving' | 'depositing' | 'submitted'

type Common = {
  form: DepositFormValues
  /** The last failure, shown until the next attempt or a dismissal. */
  error: UserError | null
}

/** The plan confirmed on review, and where its execution stands. */
export type DepositExecution = {
  steps: readonly DepositFlowStep[]
  /** The step running, or the one that failed (the one a retry runs). */
  stepIndex: number
  stepStatuses: readonly StepStatus[]
}

export type DepositWizardState =
  | (Common & { phase: 'form' })
  | (Common & { phase: 'review' })
  | (Common & DepositExecution & { phase: 'approving' | 'depositing' })
  | (Common &
      DepositExecution & {
        phase: 'submitted'
        l1Hash: Hash
        /**
         * Set when the deposit was picked up after a reload (`resume`), not sent from this form:
         * the form then still holds the user's draft, which `new-deposit` keeps.
         */
        resumed?: true
      })

export type DepositFormField = 'amount' | 'recipient' | 'l2GasLimit' | 'refundRecipient'

export type DepositWizardAction =
  /** Form: edit a text field. */
  | { type: 'edit'; field: DepositFormField; value: string }
  /** Form: pick the token (the amount stays: the user may be comparing tokens). */
  | { type: 'select-token'; token: TokenRef }
  /** Form → review (the component dispatches it once the inputs parse). */
  | { type: 'review' }
  /** Review → form; also from a failed execution (to change inputs). Keeps every value. */
  | { type: 'back' }
  /** Review → approving/depositing: freeze the reviewed plan; the first step becomes active. */
  | { type: 'confirm'; steps: readonly DepositFlowStep[] }
  /** From `runSteps`' `onProgress`: every step's status; the phase follows the active step. */
  | { type: 'progress'; index: number; statuses: readonly StepStatus[] }
  /** A step failed: it is marked failed and the error kept; the phase stays for a retry. */
  | { type: 'step-failed'; index: number; error: UserError }
  /** Run the failed step again (`runSteps(steps, { startAt: stepIndex })`). */
  | { type: 'retry' }
  /** The deposit transaction has its L1 hash. */
  | { type: 'submitted'; l1Hash: Hash }
  /** Any failure outside the steps (quote, RPC): shown without leaving the phase. */
  | { type: 'error'; error: UserError }
  | { type: 'dismiss-error' }
  /** After submission: a new deposit with the same token; the other fields are cleared. */
  | { type: 'new-deposit' }
  /**
   * Form: follow a deposit sent before a reload (its transfer was saved with its L1 hash). The
   * form values stay as they are (the draft), and `new-deposit` returns to them.
   */
  | { type: 'resume'; l1Hash: Hash }

export function initialDepositFormValues(token: TokenRef = ethToken): DepositFormValues {
  return { token, amount: '', recipient: '', advanced: { l2GasLimit: '', refundRecipient: '' } }
}

export function initialDepositWizardState(form = initialDepositFormValues()): DepositWizardState {
  return { phase: 'form', form, error: null }
}

function executingPhase(steps: readonly DepositFlowStep[], index: number) {
  return steps[index]?.kind === 'approve' ? ('approving' as const) : ('depositing' as const)
}

/**
 * The deposit wizard: form → review → approving → depositing → submitted. Pure; an action that
 * makes no sense in the current phase returns the same state object. Invariants: the form values
 * change only through `edit`, `select-token` and `new-deposit`; errors never leave a phase nor
 * touch the form; a failed step can be retried or abandoned with `back`. A deposit sent before a
 * reload is followed with `resume` (submitted, with no steps of its own).
 */
export function depositReducer(
  state: DepositWizardState,
  action: DepositWizardAction,
): DepositWizardState {
  switch (action.type) {
    case 'edit': {
      if (state.phase !== 'form') return state
      const { field, value } = action
      const form =
        field === 'amount' || field === 'recipient'
          ? { ...state.form, [field]: value }
          : { ...state.form, advanced: { ...state.form.advanced, [field]: value } }
      return { ...state, form }
    }
    case 'select-token':
      if (state.phase !== 'form') return state
      return { ...state, form: { ...state.form, token: action.token } }
    case 'review':
      if (state.phase !== 'form') return state
      return { phase: 'review', form: state.form, error: null }
    case 'back':
      if (state.phase === 'review' || (isExecuting(state) && !isStepActive(state))) {
        return { phase: 'form', form: state.form, error: null }
      }
      return state
    case 'confirm': {
      if (state.phase !== 'review') return state
      const { steps } = action
      if (steps.at(-1)?.kind !== 'deposit') return state
      return {
        phase: executingPhase(steps, 0),
        form: state.form,
        error: null,
        steps,
        stepIndex: 0,
        stepStatuses: steps.map((_, i) => (i === 0 ? 'active' : 'pending')),
      }
    }
    case 'progress': {
      if (!isExecuting(state)) return state
      const { index, statuses } = action
      if (statuses.length !== state.steps.length || index < 0 || index >= statuses.length) {
        return state
      }
      const active = statuses.indexOf('active')
      const failed = statuses.indexOf('failed')
      const stepIndex = active >= 0 ? active : failed >= 0 ? failed : index
      return {
        ...state,
        phase: executingPhase(state.steps, stepIndex),
        stepIndex,
        stepStatuses: statuses,
        error: active >= 0 ? null : state.error,
      }
    }
    case 'step-failed': {
      if (!isExecuting(state)) return state
      const { index, error } = action
      if (index < 0 || index >= state.steps.length) return state
      return {
        ...state,
        phase: executingPhase(state.steps, index),
        stepIndex: index,
        stepStatuses: state.stepStatuses.map((s, i) => (i === index ? 'failed' : s)),
        error,
      }
    }
    case 'retry': {
      if (!isExecuting(state) || state.stepStatuses[state.stepIndex] !== 'failed') return state
      return {
        ...state,
        stepStatuses: state.stepStatuses.map((s, i) => (i === state.stepIndex ? 'active' : s)),
        error: null,
      }
    }
    case 'submitted':
      if (!isExecuting(state)) return state
      return {
        phase: 'submitted',
        form: state.form,
        error: null,
        steps: state.steps,
        stepIndex: state.steps.length - 1,
        stepStatuses: state.steps.map(() => 'done'),
        l1Hash: action.l1Hash,
      }
    case 'error':
      if (state.phase === 'submitted') return state
      return { ...state, error: action.error }
    case 'dismiss-error':
      return state.error === null ? state : { ...state, error: null }
    case 'new-deposit':
      if (state.phase !== 'submitted') return state
      if (state.resumed) return { phase: 'form', form: state.form, error: null }
      return initialDepositWizardState(initialDepositFormValues(state.form.token))
    case 'resume':
      if (state.phase !== 'form') return state
      return {
        phase: 'submitted',
        form: state.form,
        error: null,
        steps: [],
        stepIndex: 0,
        stepStatuses: [],
        l1Hash: action.l1Hash,
        resumed: true,
      }
  }
}

type ExecutingState = Extract<DepositWizardState, { phase: 'approving' | 'depositing' }>

export function isExecuting(state: DepositWizardState): state is ExecutingState {
  return state.phase === 'approving' || state.phase === 'depositing'
}

/** A wallet request or transaction is in flight: no second submit, no going back. */
export function isStepActive(state: DepositWizardState): boolean {
  return isExecuting(state) && state.stepStatuses[state.stepIndex] === 'active'
}
