import { useCallback } from 'react'
import type { Hash } from 'viem'
import { toUserError } from '../../bridge/errors/toUserError'
import type { DepositFlowStep } from '../../bridge/flows/depositSteps'
import { runSteps } from '../../bridge/flows/executeSteps'
import type { ChainPair } from '../../bridge/pair'
import { useApproveStep } from '../../hooks/useApproveStep'
import { useRequestExecute } from '../../hooks/useRequestExecute'
import { useEnsureChain } from '../../wallets/useEnsureChain'
import type { RequestExecuteFlowAction, ReviewedCall } from './requestExecuteFlow'

/**
 * Runs the confirmed plan from `startAt` (0, or the failed step on retry): the wallet is moved to
 * the L1, the base-token approval (if any) is awaited until mined, then the request is sent.
 * Progress and failures go to the wizard's reducer, the L1 hash to `onSent`; nothing throws.
 */
export function useRunRequestExecute(p: {
  pair: ChainPair
  dispatch: (action: RequestExecuteFlowAction) => void
  onSent: (l1Hash: Hash, reviewed: ReviewedCall) => void
}) {
  const { pair, dispatch, onSent } = p
  const approve = useApproveStep(pair)
  const request = useRequestExecute()
  const { ensureChain } = useEnsureChain({ chainId: pair.l1.id })
  return useCallback(
    async (steps: readonly DepositFlowStep[], startAt: number, reviewed: ReviewedCall) => {
      const result = await runSteps(steps, {
        startAt,
        onProgress: ({ index, statuses }) => dispatch({ type: 'progress', index, statuses }),
        approve,
        deposit: async () => {
          await ensureChain()
          return request.mutateAsync({
            pair,
            quote: reviewed.quote,
            contractAddress: reviewed.target,
            calldata: reviewed.calldata,
            l2Value: reviewed.l2Value,
            ...(reviewed.refundRecipient ? { refundRecipient: reviewed.refundRecipient } : {}),
          })
        },
      })
      if (result.ok) {
        onSent(result.l1Hash, reviewed)
        dispatch({ type: 'sent' })
        return
      }
      const failed = steps[result.failedIndex]
      dispatch({
        type: 'step-failed',
        index: result.failedIndex,
        error: toUserError(result.error, {
          value: failed?.kind === 'deposit' ? failed.value : 0n,
        }),
      })
    },
    [approve, request, ensureChain, dispatch, onSent, pair],
  )
}
