import type { ClaimStatus, FailureReason } from '../../bridge/model/claim'
import { formatDuration } from '../../lib/format'

const failure: Record<FailureReason, string> = {
  'out-of-gas': 'it ran out of L2 gas',
  reverted: 'the L2 call reverted',
}

export type ClaimStatusText = {
  title: string
  body: string
  tone: 'info' | 'warn' | 'error' | 'success'
}

/** What a deposit's claim status means for the user, in words. */
export function claimStatusText(
  status: ClaimStatus,
  p: { now: number; l1Name: string; l2Name: string; baseSymbol: string },
): ClaimStatusText {
  if (status.state === 'claimable')
    return {
      title: 'Failed on L2 — funds claimable on L1',
      body: `This deposit failed on ${p.l2Name} (${failure[status.reason]}). Its funds can be claimed back on ${p.l1Name}.`,
      tone: 'warn',
    }
  const why = status.reason ? ` (${failure[status.reason]})` : ''
  switch (status.why) {
    case 'not-found':
      return {
        title: 'Transaction not found',
        body: `No transaction with this hash on ${p.l1Name} or ${p.l2Name}. Check the hash and the network.`,
        tone: 'error',
      }
    case 'l2-pending':
      return {
        title: 'Not executed on L2 yet',
        body: `The deposit has not run on ${p.l2Name} yet. This page updates when it has.`,
        tone: 'info',
      }
    case 'succeeded':
      return {
        title: 'Nothing to claim: the deposit succeeded',
        body: `The funds arrived on ${p.l2Name}.`,
        tone: 'success',
      }
    case 'base-token':
      return {
        title: 'Nothing to claim on L1',
        body: `This deposit failed on ${p.l2Name}${why}. It moved ${p.baseSymbol}, the chain's base token: such deposits are refunded on ${p.l2Name} to the refund recipient, not claimed on ${p.l1Name}.`,
        tone: 'info',
      }
    case 'not-a-deposit':
      return {
        title: 'Not a deposit',
        body: 'This transaction is not an L1→L2 deposit, so there is nothing to claim.',
        tone: 'info',
      }
    case 'already-claimed':
      return {
        title: 'Already claimed',
        body: `The funds of this failed deposit were already claimed back on ${p.l1Name}.`,
        tone: 'success',
      }
    case 'batch-not-executed':
      return {
        title: 'Failed on L2 — claimable once its batch is executed',
        body: `This deposit failed on ${p.l2Name}${why}. It can be claimed on ${p.l1Name} once its batch is executed${
          status.readyAt === undefined
            ? ''
            : status.readyAt > p.now
              ? ` (${formatDuration((status.readyAt - p.now) / 1000)})`
              : ' (any moment now)'
        }.`,
        tone: 'info',
      }
  }
}
