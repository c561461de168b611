import type { ChainPair } from '../../bridge/pair'
import { CallInputs } from '../../components/CallInputs'
import { describeEstimateFailure } from '../../components/describeEstimateFailure'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Spinner } from '../../components/ui/Spinner'
import type { CallFormValues } from '../../lib/checkCallForm'
import type { useCallEstimate } from './useCallEstimate'

export type CallEstimateProps = {
  pair: ChainPair
  call: CallFormValues
  model: ReturnType<typeof useCallEstimate>
  onChange: (patch: Partial<CallFormValues>) => void
}

/** The call inputs in a box, with the estimate (or why there is none) under them. */
export function CallEstimate({ pair, call, model, onChange }: CallEstimateProps) {
  const { check, estimate, ready, l2GasLimit } = model
  return (
    <div className="space-y-4 rounded-xl border border-line p-3.5" data-testid="call-estimate">
      <CallInputs pair={pair} form={call} check={check} onChange={onChange} />
      {ready && estimate.isFetching && l2GasLimit === undefined && (
        <p className="flex items-center gap-2 text-sm text-muted">
          <Spinner size="sm" /> Estimating the L2 gas…
        </p>
      )}
      {l2GasLimit !== undefined && (
        <p
          className="rounded-lg bg-subtle px-3 py-2 text-sm text-ink"
          data-testid="estimated-gas"
          data-gas={l2GasLimit.toString()}
        >
          Estimated L2 gas limit:{' '}
          <span className="font-semibold tabular-nums">{l2GasLimit.toLocaleString('en-US')}</span>
        </p>
      )}
      {ready && estimate.error && !estimate.isFetching && (
        <ErrorMessage
          error={estimate.error}
          {...describeEstimateFailure(
            estimate.error,
            pair.l2.name,
            'type the L2 gas limit instead',
          )}
          title="Could not estimate this call"
          onRetry={() => void estimate.refetch()}
        />
      )}
    </div>
  )
}
