import type { Address, Hex } from 'viem'
import type { RequestExecuteQuote } from '../../bridge/actions/getRequestExecuteQuote'
import type { UserError } from '../../bridge/errors/toUserError'
import type { DepositFlowStep } from '../../bridge/flows/depositSteps'
import type { StepStatus } from '../../bridge/model/status'
import type { AbiError } from '../../lib/abiErrors'
import type { CallDescription } from './describeCall'

/** What the user confirmed on review: the frozen quote and the parsed call. */
export type ReviewedCall = {
  quote: RequestExecuteQuote
  target: Address
  calldata: Hex
  l2Value: bigint
  refundRecipient?: Address
  call: CallDescription
  /** Custom errors of the pasted ABI (decode a revert on L2). */
  errorAbi: AbiError[]
}

/**
 * Where the wizard is before the call is sent (once sent, the L1 hash takes over): the form,
 * the review, or the L1 transactions being signed one at a time.
 */
export type RequestExecuteFlow =
  | { phase: 'form' }
  | { phase: 'review' }
  | {
      phase: 'executing'
      reviewed: ReviewedCall
      steps: readonly DepositFlowStep[]
      statuses: readonly StepStatus[]
      /** The step running, or the one that failed. */
      index: number
      error: UserError | null
    }

export type RequestExecuteFlowAction =
  | { type: 'review' }
  | { type: 'back' }
  | { type: 'confirm'; reviewed: ReviewedCall; steps: readonly DepositFlowStep[] }
  | { type: 'progress'; index: number; statuses: readonly StepStatus[] }
  | { type: 'step-failed'; index: number; error: UserError }
  | { type: 'retry' }
  | { type: 'sent' }

export const initialRequestExecuteFlow: RequestExecuteFlow = { phase: 'form' }

/**
 * The wizard's transitions. Out-of-place actions are ignored (a late progress report after
 * going back, a double click); going back from a running step is refused until it failed, so a
 * transaction waiting in the wallet is never orphaned.
 */
export function requestExecuteFlowReducer(
  state: RequestExecuteFlow,
  action: RequestExecuteFlowAction,
): RequestExecuteFlow {
  switch (action.type) {
    case 'review':
      return state.phase === 'form' ? { phase: 'review' } : state
    case 'back':
      if (state.phase === 'review') return { phase: 'form' }
      if (state.phase === 'executing' && state.statuses[state.index] === 'failed')
        return { phase: 'form' }
      return state
    case 'confirm':
      if (state.phase !== 'review' || action.steps.length === 0) return state
      return {
        phase: 'executing',
        reviewed: action.reviewed,
        steps: action.steps,
        statuses: action.steps.map(() => 'pending'),
        index: 0,
        error: null,
      }
    case 'progress':
      if (state.phase !== 'executing') return state
      return { ...state, index: action.index, statuses: action.statuses, error: null }
    case 'step-failed': {
      if (state.phase !== 'executing') return state
      const statuses = [...state.statuses]
      statuses[action.index] = 'failed'
      return { ...state, index: action.index, statuses, error: action.error }
    }
    case 'retry':
      if (state.phase !== 'executing' || state.statuses[state.index] !== 'failed') return state
      return { ...state, error: null }
    case 'sent':
      return { phase: 'form' }
  }
}
