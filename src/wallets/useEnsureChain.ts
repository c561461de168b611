import { useCallback } from 'react'
import { useAccount, useConfig, useSwitchChain } from 'wagmi'
import { ensureChain } from './ensureChain'

export type UseEnsureChainParameters = { chainId: number }

export type UseEnsureChainReturnType = {
  /** The wallet is connected and on `chainId`. */
  isOnChain: boolean
  /** The wallet's current chain id (undefined when not connected). */
  walletChainId: number | undefined
  /** Asks the wallet to switch (and add the chain if needed). Resolves once it is on it. */
  ensureChain: () => Promise<void>
  /** 'idle' | 'pending' | 'error' | 'success' of the last switch request. */
  status: ReturnType<typeof useSwitchChain>['status']
  error: ReturnType<typeof useSwitchChain>['error']
  reset: () => void
}

/** Whether the wallet is on `chainId`, and a way to get it there (wagmi `switchChain`). */
export function useEnsureChain({ chainId }: UseEnsureChainParameters): UseEnsureChainReturnType {
  const config = useConfig()
  const account = useAccount()
  const { switchChainAsync, status, error, reset } = useSwitchChain()
  const ensure = useCallback(async () => {
    if (getIsOnChain(account.status, account.chainId, chainId)) return
    if (account.status !== 'connected') return ensureChain(config, { chainId })
    await switchChainAsync({ chainId })
  }, [account.status, account.chainId, chainId, config, switchChainAsync])
  return {
    isOnChain: getIsOnChain(account.status, account.chainId, chainId),
    walletChainId: account.status === 'connected' ? account.chainId : undefined,
    ensureChain: ensure,
    status,
    error,
    reset,
  }
}

function getIsOnChain(status: string, walletChainId: number | undefined, chainId: number) {
  return status === 'connected' && walletChainId === chainId
}
