import type { Hash } from 'viem'

/**
 * Where the withdraw wizard is: the form, the review (with the last attempt's error, if any),
 * the L2 transaction waiting in the wallet, or sent (its L2 hash takes over from there).
 */
export type WithdrawFlow =
  | { phase: 'form' }
  | { phase: 'review'; error: unknown }
  | { phase: 'sending' }
  | { phase: 'sent'; l2Hash: Hash }

export type WithdrawFlowAction =
  | { type: 'review' }
  | { type: 'back' }
  | { type: 'send' }
  | { type: 'sent'; l2Hash: Hash }
  | { type: 'failed'; error: unknown }
  | { type: 'dismiss-error' }
  | { type: 'new-withdrawal' }

/** A tab that sent a withdrawal shows it again after a reload (the hash kept for the session). */
export function initialWithdrawFlow(sentHash: Hash | null): WithdrawFlow {
  return sentHash ? { phase: 'sent', l2Hash: sentHash } : { phase: 'form' }
}

/**
 * The wizard's transitions. Out-of-place actions are ignored (a double click, a late answer);
 * going back while the transaction waits in the wallet is refused, so it is never orphaned.
 */
export function withdrawFlowReducer(state: WithdrawFlow, action: WithdrawFlowAction): WithdrawFlow {
  switch (action.type) {
    case 'review':
      return state.phase === 'form' ? { phase: 'review', error: null } : state
    case 'back':
      return state.phase === 'review' ? { phase: 'form' } : state
    case 'send':
      return state.phase === 'review' ? { phase: 'sending' } : state
    case 'sent':
      return state.phase === 'sending' ? { phase: 'sent', l2Hash: action.l2Hash } : state
    case 'failed':
      return state.phase === 'sending' ? { phase: 'review', error: action.error } : state
    case 'dismiss-error':
      return state.phase === 'review' ? { phase: 'review', error: null } : state
    case 'new-withdrawal':
      return state.phase === 'sent' ? { phase: 'form' } : state
  }
}
