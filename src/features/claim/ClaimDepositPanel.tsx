import type { Hash } from 'viem'
import type { ClaimStatus } from '../../bridge/claim'
import type { DepositTransfer } from '../../bridge/types'
import { ErrorMessage } from '../../components/ErrorMessage'
import { TxLink } from '../../components/TxLink'
import { Alert } from '../../components/ui/Alert'
import { Button } from '../../components/ui/Button'
import type { ChainPair } from '../../config/chains'
import { useClaim } from '../../hooks/useClaim'
import { useEnsureChain } from '../../wallets/useEnsureChain'
import { useNow } from '../withdraw/useNow'
import { claimStatusText } from './claimStatusText'

export type ClaimDepositPanelProps = {
  pair: ChainPair
  status: ClaimStatus
  /** The saved record of this deposit, if this browser has one. */
  transfer?: DepositTransfer
  onClaimed: () => void
}

/** A deposit's claimability in words, and the Claim button for a failed one (only once). */
export function ClaimDepositPanel({ pair, status, transfer, onClaimed }: ClaimDepositPanelProps) {
  const claim = useClaim()
  const { ensureChain } = useEnsureChain({ chainId: pair.l1.id })
  const now = useNow(
    status.state === 'not-claimable' && status.why === 'batch-not-executed',
    30_000,
  )
  const claimed = Boolean(claim.data)
  const text = claimed
    ? {
        title: 'Claimed',
        body: `The funds of this failed deposit are back on ${pair.l1.name}.`,
        tone: 'success' as const,
      }
    : claimStatusText(status, { now, l1Name: pair.l1.name, l2Name: pair.l2.name })
  const l2Hash: Hash | undefined = status.l2Hash
  return (
    <div
      className="space-y-4"
      data-testid="claim-panel"
      data-state={claimed ? 'claimed' : status.state === 'claimable' ? 'claimable' : status.why}
    >
      <Alert tone={text.tone} title={text.title}>
        <span data-testid="claim-text">{text.body}</span>
      </Alert>
      <div className="space-y-1.5">
        {status.l1Hash && <TxLink hash={status.l1Hash} chainId={pair.l1.id} label="L1 deposit" />}
        {l2Hash && (
          <div>
            <TxLink hash={l2Hash} chainId={pair.l2.id} label="L2 transaction" />
          </div>
        )}
        {claim.data && (
          <div>
            <TxLink hash={claim.data} chainId={pair.l1.id} label="L1 claim" />
          </div>
        )}
      </div>
      {claim.error && (
        <ErrorMessage
          error={claim.error}
          title="Could not claim"
          onRetry={() => claim.reset()}
          retryLabel="Dismiss"
        />
      )}
      {status.state === 'claimable' && !claimed && (
        <Button
          size="lg"
          fullWidth
          loading={claim.isPending}
          loadingText="Confirm in your wallet…"
          onClick={async () => {
            claim.reset()
            await ensureChain().catch(() => undefined)
            claim.mutate(
              { pair, l2Hash: status.l2Hash, ...(transfer ? { transfer } : {}) },
              { onSettled: onClaimed },
            )
          }}
        >
          Claim on {pair.l1.name}
        </Button>
      )}
    </div>
  )
}
