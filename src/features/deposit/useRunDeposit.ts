import { useCallback } from 'react'
import type { Address } from 'viem'
import type { DepositQuote } from '../../bridge/actions/getDepositQuote'
import { toUserError } from '../../bridge/errors/toUserError'
import type { DepositFlowStep } from '../../bridge/flows/depositSteps'
import { runSteps } from '../../bridge/flows/executeSteps'
import type { ChainPair } from '../../bridge/pair'
import type { TokenRef } from '../../bridge/tokens'
import { useApproveStep } from '../../hooks/useApproveStep'
import { useDeposit } from '../../hooks/useDeposit'
import { useEnsureChain } from '../../wallets/useEnsureChain'
import type { DepositWizardAction } from './depositReducer'

/** What the user confirmed on review: the frozen quote and the parsed inputs. */
export type ReviewedDeposit = {
  quote: DepositQuote
  token: TokenRef
  amount: bigint
  to: Address
  refundRecipient?: Address
}

/**
 * Runs the confirmed plan from `startAt` (0, or the failed step on retry): the wallet is moved to
 * the L1 first, each approval is awaited until mined, then the deposit is sent. Progress and
 * failures go to the wizard's reducer; nothing throws.
 */
export function useRunDeposit(p: {
  pair: ChainPair
  account: Address
  dispatch: (action: DepositWizardAction) => void
}) {
  const { pair, account, dispatch } = p
  const approve = useApproveStep(pair)
  const deposit = useDeposit()
  const { ensureChain } = useEnsureChain({ chainId: pair.l1.id })
  return useCallback(
    async (steps: readonly DepositFlowStep[], startAt: number, reviewed: ReviewedDeposit) => {
      const result = await runSteps(steps, {
        startAt,
        onProgress: (progress) => dispatch({ type: 'progress', ...progress }),
        approve,
        deposit: async () => {
          await ensureChain()
          return deposit.mutateAsync({
            pair,
            account,
            token: reviewed.token,
            quote: reviewed.quote,
            amount: reviewed.amount,
            to: reviewed.to,
            ...(reviewed.refundRecipient ? { refundRecipient: reviewed.refundRecipient } : {}),
          })
        },
      })
      if (result.ok) {
        dispatch({ type: 'submitted', l1Hash: result.l1Hash })
        return
      }
      const failed = steps[result.failedIndex]
      const value = failed?.kind === 'deposit' ? failed.value : 0n
      dispatch({
        type: 'step-failed',
        index: result.failedIndex,
        error: toUserError(result.error, { value }),
      })
    },
    [approve, deposit, ensureChain, dispatch, pair, account],
  )
}
