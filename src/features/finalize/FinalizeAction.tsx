import { ConnectGate } from '../../components/ConnectGate'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Button } from '../../components/ui/Button'

export type FinalizeActionProps = {
  l1Name: string
  pending: boolean
  /** The last attempt's error (not "already finalized": that is shown as done). */
  error: unknown
  onFinalize: () => void
  onDismissError: () => void
}

/** The Finalize button (one click, disabled while pending) and why the last attempt failed. */
export function FinalizeAction({
  l1Name,
  pending,
  error,
  onFinalize,
  onDismissError,
}: FinalizeActionProps) {
  return (
    <div className="space-y-3">
      {error !== null && error !== undefined && (
        <ErrorMessage
          error={error}
          title="Could not finalize"
          onRetry={onDismissError}
          retryLabel="Dismiss"
        />
      )}
      <ConnectGate
        title="Connect a wallet to finalize"
        description={`Any account can send the finalization on ${l1Name}; the funds go to the withdrawal's recipient.`}
      >
        <Button
          size="lg"
          fullWidth
          loading={pending}
          loadingText="Confirm in your wallet…"
          onClick={onFinalize}
        >
          Finalize on {l1Name}
        </Button>
        <p className="mt-2 text-center text-xs text-muted">
          One transaction on {l1Name}; it pays the L1 gas.
        </p>
      </ConnectGate>
    </div>
  )
}
