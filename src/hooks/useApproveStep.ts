import { useCallback } from 'react'
import type { ApproveStep } from '../bridge/flows/depositSteps'
import type { ChainPair } from '../bridge/pair'
import { useEnsureChain } from '../wallets/useEnsureChain'
import { useApprove } from './useApprove'

/**
 * The `approve` handler of a step plan (`runSteps`) on the pair's L1: moves the wallet to the
 * chain, sends the exact-amount approval and resolves once it is mined.
 */
export function useApproveStep(pair: ChainPair) {
  const { mutateAsync } = useApprove()
  const { ensureChain } = useEnsureChain({ chainId: pair.l1.id })
  return useCallback(
    async (step: ApproveStep) => {
      await ensureChain()
      return mutateAsync({ pair, token: step.token, spender: step.spender, amount: step.amount })
    },
    [pair, ensureChain, mutateAsync],
  )
}
