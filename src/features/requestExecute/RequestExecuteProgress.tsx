import { depositProgressSteps } from '../../bridge/model/status'
import type { ChainPair } from '../../bridge/pair'
import { ErrorMessage } from '../../components/ErrorMessage'
import { TxLink } from '../../components/TxLink'
import { Alert } from '../../components/ui/Alert'
import { Button } from '../../components/ui/Button'
import { Stepper } from '../../components/ui/Stepper'
import { useL1ToL2Status } from '../../hooks/useL1ToL2Status'
import { useRevertReason } from '../../hooks/useRevertReason'
import { CallSummary } from './CallSummary'
import type { SentCall } from './sentCall'

export type RequestExecuteProgressProps = {
  pair: ChainPair
  sent: SentCall
  onNew: () => void
}

/** The call after sending: L1 → L2, then success, or failure with the decoded revert reason. */
export function RequestExecuteProgress({ pair, sent, onNew }: RequestExecuteProgressProps) {
  const status = useL1ToL2Status({ pair, l1Hash: sent.l1Hash })
  const current = status.data?.status ?? 'l1-pending'
  const l2Hash = status.data?.l2Hash
  const reason = useRevertReason({
    chainId: pair.l2.id,
    ...(current === 'l2-failed' && l2Hash ? { hash: l2Hash } : {}),
    ...(sent.errorAbi.length > 0 ? { abi: sent.errorAbi } : {}),
  })
  const steps = depositProgressSteps(current)
    .filter((s) => s.id !== 'claim')
    .map((step) => ({
      id: step.id,
      label: step.label,
      status: step.state,
      description:
        step.id === 'l1' && step.state === 'active'
          ? `Waiting for the transaction to be mined on ${pair.l1.name}…`
          : step.id === 'l2' && step.state === 'active'
            ? `Waiting for ${pair.l2.name} to run the call…`
            : undefined,
      extra:
        step.id === 'l1' ? (
          <TxLink hash={sent.l1Hash} chainId={pair.l1.id} label="L1 transaction" />
        ) : step.id === 'l2' && l2Hash ? (
          <TxLink hash={l2Hash} chainId={pair.l2.id} label="L2 transaction" />
        ) : undefined,
    }))
  return (
    <div className="space-y-5" data-testid="execute-progress" data-status={current}>
      <CallSummary l2Name={pair.l2.name} target={sent.target} call={sent.call} />
      <Stepper label="Call progress" steps={steps} />
      {current === 'l2-success' && (
        <Alert tone="success" title="Executed on L2">
          The call ran on {pair.l2.name}. Unused L2 gas was refunded to the refund recipient there.
        </Alert>
      )}
      {current === 'l2-failed' && (
        <Alert tone="error" title="Failed on L2">
          <div className="space-y-2">
            <p>The L1 transaction went through, but the call reverted on {pair.l2.name}.</p>
            <div className="rounded-lg bg-surface/70 px-3 py-2">
              <p className="text-xs text-muted">Reason</p>
              <p className="font-mono text-sm text-ink" data-testid="revert-reason">
                {reason.isPending
                  ? 'Reading the reason…'
                  : reason.data
                    ? reason.data
                    : 'None given: the call reverted without data or ran out of L2 gas.'}
              </p>
            </div>
            <p>
              The L2 value and the unused L2 gas went back to the refund recipient on {pair.l2.name}
              ; the L2 gas the call used is spent.
            </p>
          </div>
        </Alert>
      )}
      {current === 'l1-failed' && (
        <Alert tone="error" title="The L1 transaction failed">
          Nothing reached {pair.l2.name}; only the L1 gas was spent.
        </Alert>
      )}
      {status.error && (
        <ErrorMessage
          error={status.error}
          title="Could not read the call's status"
          onRetry={() => void status.refetch()}
        />
      )}
      <Button variant="secondary" fullWidth onClick={onNew}>
        New call
      </Button>
    </div>
  )
}
