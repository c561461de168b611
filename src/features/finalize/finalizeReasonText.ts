import type { FinalizeReadiness } from '../../bridge/actions/getWithdrawalStatus'
import { formatDuration } from '../../lib/format'

/** Why a withdrawal cannot be finalized yet, in words (`undefined` when it can). */
export function finalizeReasonText(
  readiness: FinalizeReadiness,
  p: { now: number; l2Name: string },
): string | undefined {
  if (readiness.ready) return undefined
  switch (readiness.reason) {
    case 'batch-not-executed':
      return readiness.readyAt === undefined
        ? 'Batch not executed yet.'
        : readiness.readyAt <= p.now
          ? 'Batch not executed yet (any moment now).'
          : `Batch not executed yet (${formatDuration((readiness.readyAt - p.now) / 1000)}).`
    case 'already-finalized':
      return 'Already finalized: the funds are on L1.'
    case 'not-a-withdrawal':
      return 'Not a withdrawal: this transaction sent nothing to L1.'
    case 'not-found':
      return `Transaction not found on ${p.l2Name}.`
    case 'l2-failed':
      return `The withdrawal failed on ${p.l2Name}: the funds never left it, so there is nothing to finalize.`
    case 'l2-pending':
      return `Waiting for the transaction to be confirmed on ${p.l2Name}.`
    case 'proof-not-available':
      return `Proof not available yet: ${p.l2Name} has not published it. This page checks again on its own.`
    case 'awaiting-l1-settlement':
      return `Waiting for L1 settlement: ${p.l2Name} has executed the batch on its settlement layer, and L1 does not accept it yet. This page checks again with every L1 block.`
    case 'paused':
      return 'The bridge is paused on L1: finalizing is not possible right now. This page checks again on its own.'
    case 'refused':
      return `L1 refuses this finalization${readiness.error ? ` (${readiness.error})` : ''}: it would fail, so Ferry does not offer it.`
  }
}
