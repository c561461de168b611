import type { ReactNode } from 'react'
import { useAccount } from 'wagmi'
import { useWalletModals } from '../wallets/useWalletModals'
import { Button } from './ui/Button'
import { WalletIcon } from './ui/icons'
import { Spinner } from './ui/Spinner'

export type ConnectGateProps = {
  children: ReactNode
  /** Prompt heading (default "Connect a wallet"). */
  title?: ReactNode
  /** Why a wallet is needed here. */
  description?: ReactNode
}

/** Renders `children` only with a connected wallet; otherwise a prompt to connect one. */
export function ConnectGate({
  children,
  title = 'Connect a wallet',
  description = 'Ferry needs your wallet to read your balances and to sign transactions. Nothing is sent without your confirmation.',
}: ConnectGateProps) {
  const { status } = useAccount()
  const modals = useWalletModals()
  if (status === 'connected') return children
  if (status === 'reconnecting' || status === 'connecting')
    return (
      <div className="flex items-center justify-center gap-2 py-10 text-sm text-muted">
        <Spinner size="sm" /> Reconnecting to your wallet…
      </div>
    )
  return (
    <div className="flex flex-col items-center gap-3 py-6 text-center" data-testid="connect-gate">
      <span className="flex size-12 items-center justify-center rounded-2xl bg-accent-soft text-accent-text">
        <WalletIcon className="size-6" />
      </span>
      <div className="space-y-1">
        <p className="text-base font-semibold text-ink">{title}</p>
        <p className="mx-auto max-w-sm text-sm text-muted">{description}</p>
      </div>
      <Button
        size="lg"
        className="mt-2 min-w-48"
        loading={modals.opening || modals.openModal === 'connect'}
        loadingText="Choose a wallet…"
        onClick={() => modals.open('connect')}
        onPointerEnter={modals.preload}
        onFocus={modals.preload}
      >
        Connect wallet
      </Button>
    </div>
  )
}
