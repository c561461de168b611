import type { Abi, Hash } from 'viem'
import { depositProgressSteps } from '../../bridge/status'
import { ErrorMessage } from '../../components/ErrorMessage'
import { TxLink } from '../../components/TxLink'
import { Alert } from '../../components/ui/Alert'
import { Button } from '../../components/ui/Button'
import { Stepper } from '../../components/ui/Stepper'
import type { ChainPair } from '../../config/chains'
import { useL1ToL2Status } from '../../hooks/useL1ToL2Status'
import { useRevertReason } from '../../hooks/useRevertReason'

export type RequestExecuteProgressProps = {
  pair: ChainPair
  l1Hash: Hash
  /** The called function (decodes its custom errors in the revert reason). */
  abi?: Abi
  onNew: () => void
}

/** The call after sending: L1 → L2, then success, or failure with the decoded revert reason. */
export function RequestExecuteProgress({ pair, l1Hash, abi, onNew }: RequestExecuteProgressProps) {
  const status = useL1ToL2Status({ pair, l1Hash })
  const current = status.data?.status ?? 'l1-pending'
  const l2Hash = status.data?.l2Hash
  const reason = useRevertReason({
    chainId: pair.l2.id,
    ...(current === 'l2-failed' && l2Hash ? { hash: l2Hash } : {}),
    ...(abi ? { abi } : {}),
  })
  const steps = depositProgressSteps(current)
    .filter((s) => s.id !== 'claim')
    .map((step) => ({
      id: step.id,
      label: step.label,
      status: step.state,
      extra:
        step.id === 'l1' ? (
          <TxLink hash={l1Hash} chainId={pair.l1.id} label="L1 transaction" />
        ) : step.id === 'l2' && l2Hash ? (
          <TxLink hash={l2Hash} chainId={pair.l2.id} label="L2 transaction" />
        ) : undefined,
    }))
  return (
    <div className="space-y-5" data-testid="execute-progress" data-status={current}>
      <Stepper label="Call progress" steps={steps} />
      {current === 'l2-success' && (
        <Alert tone="success" title="Executed on L2">
          The call ran on {pair.l2.name}.
        </Alert>
      )}
      {current === 'l2-failed' && (
        <Alert tone="error" title="Failed on L2">
          <span data-testid="revert-reason">
            {reason.isPending
              ? 'Reading the reason…'
              : reason.data
                ? `Reverted: ${reason.data}`
                : 'The call reverted or ran out of L2 gas (the node gave no reason).'}
          </span>{' '}
          Unused L2 gas and the L2 value were refunded to the refund recipient on {pair.l2.name}.
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
