import { useCallback } from 'react'
import type { Hash } from 'viem'
import { useEnsureChain } from '../wallets/useEnsureChain'

/** The part of a write mutation (`useMutation`) this needs. */
export type SendableMutation<variables> = {
  reset: () => void
  mutateAsync: (variables: variables) => Promise<Hash>
}

/**
 * A write sent from the right chain: clears the previous attempt, asks the wallet to switch to
 * `chainId`, then sends. A refused switch is not thrown here: the write then fails as "wrong
 * network" and shows like any other error of the mutation. Resolves to the hash; rejects as the
 * mutation does (its error is also on the mutation's state).
 */
export function useSendOnChain<variables>(
  mutation: SendableMutation<variables>,
  chainId: number,
): (variables: variables) => Promise<Hash> {
  const { ensureChain } = useEnsureChain({ chainId })
  const { reset, mutateAsync } = mutation
  return useCallback(
    async (variables: variables) => {
      reset()
      await ensureChain().catch(() => undefined)
      return mutateAsync(variables)
    },
    [reset, ensureChain, mutateAsync],
  )
}
