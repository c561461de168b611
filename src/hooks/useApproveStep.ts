import { useCallback } from 'react'
import type { ApproveStep } from '../bridge/flows/depositSteps'
import { useEnsureChain } from '../wallets/useEnsureChain'
import { useApprove } from './useApprove'

/**
 * The `approve` handler of a step plan (`runSteps`) on the L1: moves the wallet to the chain,
 * sends the exact-amount approval and resolves once it is mined.
 */
export function useApproveStep(chainId: number) {
  const { mutateAsync } = useApprove()
  const { ensureChain } = useEnsureChain({ chainId })
  return useCallback(
    async (step: ApproveStep) => {
      await ensureChain()
      return mutateAsync({ chainId, token: step.token, spender: step.spender, amount: step.amount })
    },
    [chainId, ensureChain, mutateAsync],
  )
}
