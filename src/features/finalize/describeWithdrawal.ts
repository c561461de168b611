import type { WithdrawalStatusInfo } from '../../bridge/actions/getWithdrawalStatus'
import type { StepStatus } from '../../bridge/model/status'
import { type WithdrawalStatus, withdrawalProgressSteps } from '../../bridge/model/status'
import { finalizeReasonText } from './finalizeReasonText'

/** What this page did about finalizing: nothing yet, finalized it, or found it finalized elsewhere. */
export type FinalizeOutcome = 'none' | 'finalized-here' | 'raced'

export type WithdrawalNotice = {
  tone: 'info' | 'warn' | 'error' | 'success'
  title: string
  body: string
}

export type WithdrawalView = {
  /** The status shown (a finalization seen by this page counts before the chain is re-read). */
  status: WithdrawalStatus
  /** False when there is no withdrawal to show stages of (not found, not a withdrawal). */
  showSteps: boolean
  steps: { id: string; label: string; status: StepStatus; description?: string }[]
  /** The one message under the stages, if any. */
  notice?: WithdrawalNotice
  /** The Finalize button is offered (never once finalized, here or elsewhere). */
  canFinalize: boolean
  /** Still on its way to "ready": countdown and reminders make sense. */
  waiting: boolean
  /** Expected time it can be finalized (ms since epoch), while waiting. */
  readyAt?: number
}

/**
 * The withdrawal panel as data: stages, the message (why it cannot be finalized yet, or that it
 * is done — "Already finalized" when it was not this page that finalized it), and whether the
 * Finalize button and the reminders are shown.
 */
export function describeWithdrawal(p: {
  info: WithdrawalStatusInfo
  outcome: FinalizeOutcome
  now: number
  l1Name: string
  l2Name: string
}): WithdrawalView {
  const { info, outcome, now, l1Name, l2Name } = p
  const finalized = info.status === 'finalized' || outcome !== 'none'
  const status: WithdrawalStatus = finalized ? 'finalized' : info.status
  const ready = info.finalize.ready && !finalized
  const reason = info.finalize.ready ? undefined : info.finalize.reason
  const showSteps = reason !== 'not-found' && reason !== 'not-a-withdrawal'
  const steps = withdrawalProgressSteps(status).map((step) =>
    // The last step waits for the user, not for the chain: no spinner, a word of what to do.
    step.id === 'finalized' && ready
      ? {
          id: step.id,
          label: step.label,
          status: 'pending' as const,
          description: 'Ready: finalize it below.',
        }
      : { id: step.id, label: step.label, status: step.state },
  )
  const waiting =
    !finalized &&
    !ready &&
    (reason === 'batch-not-executed' ||
      reason === 'l2-pending' ||
      reason === 'proof-not-available' ||
      reason === 'awaiting-l1-settlement' ||
      reason === 'paused')
  const readyAt = info.readyAt ?? (!info.finalize.ready ? info.finalize.readyAt : undefined)
  return {
    status,
    showSteps,
    steps,
    canFinalize: ready,
    waiting,
    ...(waiting && readyAt !== undefined ? { readyAt } : {}),
    ...withNotice(noticeOf({ info, outcome, finalized, now, l1Name, l2Name })),
  }
}

function withNotice(notice: WithdrawalNotice | undefined) {
  return notice ? { notice } : {}
}

function noticeOf(p: {
  info: WithdrawalStatusInfo
  outcome: FinalizeOutcome
  finalized: boolean
  now: number
  l1Name: string
  l2Name: string
}): WithdrawalNotice | undefined {
  const { info, outcome, l1Name, l2Name } = p
  if (outcome === 'finalized-here')
    return { tone: 'success', title: 'Finalized', body: `The funds are on ${l1Name}.` }
  if (outcome === 'raced')
    return {
      tone: 'success',
      title: 'Already finalized',
      body: `Someone finalized this withdrawal first (any account can). The funds are on ${l1Name}.`,
    }
  if (p.finalized)
    return {
      tone: 'success',
      title: 'Already finalized',
      body: `This withdrawal has been finalized: the funds are on ${l1Name}.`,
    }
  if (info.finalize.ready) return undefined
  const body = finalizeReasonText(info.finalize, { now: p.now, l2Name }) ?? ''
  switch (info.finalize.reason) {
    case 'not-found':
      return { tone: 'error', title: 'Transaction not found', body }
    case 'not-a-withdrawal':
      return { tone: 'info', title: 'Nothing to finalize', body }
    case 'l2-failed':
      return { tone: 'error', title: 'Withdrawal failed', body }
    default:
      return { tone: 'info', title: 'Not ready to finalize yet', body }
  }
}
