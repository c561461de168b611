import type { Hash } from 'viem'
import type { ClaimStatus } from '../../bridge/model/claim'
import { depositProgressSteps } from '../../bridge/model/status'
import type { DepositTransfer } from '../../bridge/model/transfer'
import type { ChainPair } from '../../bridge/pair'
import { ConnectGate } from '../../components/ConnectGate'
import { ErrorMessage } from '../../components/ErrorMessage'
import { TxLink } from '../../components/TxLink'
import { Alert } from '../../components/ui/Alert'
import { Button } from '../../components/ui/Button'
import { Stepper } from '../../components/ui/Stepper'
import { useClaimFailedDeposit } from '../../hooks/useClaimFailedDeposit'
import { useNow } from '../../hooks/useNow'
import { useSendOnChain } from '../../hooks/useSendOnChain'
import { claimStatusText } from './claimStatusText'
import { depositStatusOfClaim } from './depositStatusOfClaim'

export type ClaimDepositPanelProps = {
  pair: ChainPair
  status: ClaimStatus
  /** The saved record of this deposit, if this browser has one. */
  transfer?: DepositTransfer
  onClaimed: () => void
}

/** A deposit's stages and claimability in words, and the Claim button for a failed one (once). */
export function ClaimDepositPanel({ pair, status, transfer, onClaimed }: ClaimDepositPanelProps) {
  const claim = useClaimFailedDeposit()
  const sendClaim = useSendOnChain(claim, pair.l1.id)
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
    : claimStatusText(status, {
        now,
        l1Name: pair.l1.name,
        l2Name: pair.l2.name,
        baseSymbol: pair.l2.nativeCurrency.symbol,
      })
  const stage = depositStatusOfClaim(status, claimed)
  const claimable = status.state === 'claimable' && !claimed
  const links: Record<string, Hash | undefined> = {
    l1: status.l1Hash ?? transfer?.l1Hash,
    l2: status.l2Hash,
    claim: claim.data ?? transfer?.claimHash,
  }
  const chainOf: Record<string, number> = { l1: pair.l1.id, l2: pair.l2.id, claim: pair.l1.id }
  const labelOf: Record<string, string> = {
    l1: 'L1 deposit',
    l2: 'L2 transaction',
    claim: 'L1 claim',
  }
  const steps = stage
    ? depositProgressSteps(stage).map((step) => {
        const hash = links[step.id]
        // claiming waits for the user, not for the chain: no spinner
        const yourTurn = step.id === 'claim' && claimable
        return {
          id: step.id,
          label: step.label,
          status: yourTurn ? ('pending' as const) : step.state,
          ...(yourTurn ? { description: 'Ready: claim it below.' } : {}),
          extra: hash ? (
            <TxLink hash={hash} chainId={chainOf[step.id] ?? pair.l1.id} label={labelOf[step.id]} />
          ) : undefined,
        }
      })
    : undefined
  return (
    <div
      className="space-y-5"
      data-testid="claim-panel"
      data-state={claimed ? 'claimed' : status.state === 'claimable' ? 'claimable' : status.why}
    >
      {steps && <Stepper label="Deposit progress" steps={steps} />}
      <Alert tone={text.tone} title={text.title}>
        <span data-testid="claim-text">{text.body}</span>
      </Alert>
      {!steps && (status.l1Hash || status.l2Hash) && (
        <div className="space-y-1.5">
          {status.l1Hash && <TxLink hash={status.l1Hash} chainId={pair.l1.id} label="L1 deposit" />}
          {status.l2Hash && (
            <div>
              <TxLink hash={status.l2Hash} chainId={pair.l2.id} label="L2 transaction" />
            </div>
          )}
        </div>
      )}
      {claim.error && status.state === 'claimable' && (
        <ErrorMessage
          error={claim.error}
          title="Could not claim"
          onRetry={() => claim.reset()}
          retryLabel="Dismiss"
        />
      )}
      {status.state === 'claimable' && !claimed && (
        <ConnectGate
          title="Connect a wallet to claim"
          description={`Any account can send the claim on ${pair.l1.name}; the funds go back to the depositor.`}
        >
          <Button
            size="lg"
            fullWidth
            loading={claim.isPending}
            loadingText="Confirm in your wallet…"
            onClick={() => {
              sendClaim({ pair, l2Hash: status.l2Hash, ...(transfer ? { transfer } : {}) })
                // a failure shows from the mutation's state
                .catch(() => undefined)
                .finally(onClaimed)
            }}
          >
            Claim on {pair.l1.name}
          </Button>
          <p className="mt-2 text-center text-xs text-muted">
            One transaction on {pair.l1.name}; the funds go back to the depositor.
          </p>
        </ConnectGate>
      )}
    </div>
  )
}
