import { useChains } from 'wagmi'
import { useEnsureChain } from '../wallets/useEnsureChain'
import { ErrorMessage } from './ErrorMessage'
import { Alert } from './ui/Alert'
import { Button } from './ui/Button'

export type WrongNetworkNoticeProps = {
  /** The chain this step needs. */
  chainId: number
  /** One more sentence of why ("Deposits start on Ethereum."). */
  reason?: string
  className?: string
}

/** When the connected wallet is on another chain than `chainId`: says so and offers the switch. */
export function WrongNetworkNotice({ chainId, reason, className }: WrongNetworkNoticeProps) {
  const chains = useChains()
  const { isOnChain, walletChainId, ensureChain, status, error, reset } = useEnsureChain({
    chainId,
  })
  if (isOnChain || walletChainId === undefined) return null
  const name = (id: number) => chains.find((c) => c.id === id)?.name ?? `chain ${id}`
  const needed = name(chainId)
  return (
    <div className={className} data-testid="wrong-network">
      <Alert
        tone="warn"
        title="Switch network to continue"
        action={
          <Button
            size="sm"
            loading={status === 'pending'}
            loadingText="Confirm in your wallet…"
            onClick={() => {
              reset()
              ensureChain().catch(() => {
                // shown below from the mutation's error
              })
            }}
          >
            Switch to {needed}
          </Button>
        }
      >
        Your wallet is on {name(walletChainId)} (chain {walletChainId}). This step needs {needed}{' '}
        (chain {chainId}).{reason ? ` ${reason}` : ''}
      </Alert>
      {status === 'error' && error && (
        <ErrorMessage className="mt-3" error={error} title="Could not switch network" />
      )}
    </div>
  )
}
