import type { Hash } from 'viem'
import type { StepStatus } from '../model/status'
import type { ApproveStep, DepositFlowStep, DepositStep } from './depositSteps'

export type StepsProgress = {
  /** The step that just changed. */
  index: number
  /** A fresh array of every step's status. */
  statuses: readonly StepStatus[]
}

export type RunStepsOptions = {
  /** Sends the approval and resolves once it is mined: the next step relies on the allowance. */
  approve: (step: ApproveStep, index: number) => Promise<Hash | undefined>
  /** Sends the deposit and resolves to its L1 hash (no need to wait for the receipt). */
  deposit: (step: DepositStep, index: number) => Promise<Hash>
  onProgress?: (progress: StepsProgress) => void
  /** Resume here (e.g. retry a rejected step); earlier steps count as done. Default 0. */
  startAt?: number
}

export type RunStepsResult =
  | {
      ok: true
      statuses: readonly StepStatus[]
      /** What each step's handler returned (undefined for steps before `startAt`). */
      hashes: readonly (Hash | undefined)[]
      /** The deposit transaction. */
      l1Hash: Hash
    }
  | {
      ok: false
      statuses: readonly StepStatus[]
      /** The step that failed: pass it as `startAt` to retry. */
      failedIndex: number
      error: unknown
    }

/**
 * Runs a step plan in order, one transaction at a time, reporting each status change, and stops
 * at the first failure (which it returns, never throws). Knows nothing about wallets or React: the
 * handlers do the sending.
 */
export async function runSteps(
  steps: readonly DepositFlowStep[],
  { approve, deposit, onProgress, startAt = 0 }: RunStepsOptions,
): Promise<RunStepsResult> {
  const last = steps.at(-1)
  if (last?.kind !== 'deposit') throw new Error('A step plan ends with its deposit step')
  if (!Number.isInteger(startAt) || startAt < 0 || startAt >= steps.length) {
    throw new RangeError(`startAt ${startAt} is outside the ${steps.length} steps`)
  }
  const statuses: StepStatus[] = steps.map((_, i) => (i < startAt ? 'done' : 'pending'))
  const hashes: (Hash | undefined)[] = steps.map(() => undefined)
  const report = (index: number, status: StepStatus) => {
    statuses[index] = status
    onProgress?.({ index, statuses: [...statuses] })
  }

  for (let index = startAt; index < steps.length; index++) {
    const step = steps[index] as DepositFlowStep
    report(index, 'active')
    try {
      hashes[index] =
        step.kind === 'approve' ? await approve(step, index) : await deposit(step, index)
    } catch (error) {
      report(index, 'failed')
      return { ok: false, statuses: [...statuses], failedIndex: index, error }
    }
    report(index, 'done')
  }
  return { ok: true, statuses: [...statuses], hashes, l1Hash: hashes.at(-1) as Hash }
}
