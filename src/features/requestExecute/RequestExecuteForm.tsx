import type { ChainPair } from '../../bridge/pair'
import { CallInputs } from '../../components/CallInputs'
import { describeEstimateFailure } from '../../components/describeEstimateFailure'
import { ErrorMessage } from '../../components/ErrorMessage'
import { L2GasLimitField } from '../../components/L2GasLimitField'
import { AddressInput } from '../../components/ui/AddressInput'
import { Alert } from '../../components/ui/Alert'
import { AmountInput } from '../../components/ui/AmountInput'
import { Button } from '../../components/ui/Button'
import type { CallFormValues } from '../../lib/checkCallForm'
import type { useRequestExecuteFormModel } from './useRequestExecuteFormModel'

export type RequestExecuteFormProps = {
  pair: ChainPair
  form: CallFormValues
  model: ReturnType<typeof useRequestExecuteFormModel>
  onChange: (patch: Partial<CallFormValues>) => void
  onReview: () => void
}

/** The call, the L2 value, the L2 gas limit and the refund recipient, checked as they are typed. */
export function RequestExecuteForm({
  pair,
  form,
  model,
  onChange,
  onReview,
}: RequestExecuteFormProps) {
  const { check, estimate, quote, typedLimit } = model
  const baseToken = pair.l2.nativeCurrency
  const estimated = estimate.data?.l2GasLimit
  const estimateFailed = Boolean(estimate.error) && !estimate.isFetching && check.valid
  return (
    <form
      className="space-y-5"
      data-testid="execute-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (model.reviewed) onReview()
      }}
    >
      <CallInputs pair={pair} form={form} check={check} onChange={onChange} />
      <AmountInput
        label="L2 value"
        name="l2Value"
        value={form.l2Value}
        onChange={(l2Value) => onChange({ l2Value })}
        symbol={baseToken.symbol}
        placeholder="0"
        error={form.l2Value.trim() !== '' && !check.l2Value.ok ? check.l2Value.message : undefined}
        hint={`Sent to the contract on ${pair.l2.name} with the call (msg.value). Empty: 0.`}
      />
      {form.mode === 'abi' &&
        check.fn &&
        check.fn.stateMutability !== 'payable' &&
        check.l2Value.ok &&
        check.l2Value.value > 0n && (
          <Alert tone="warn" title={`${check.fn.name} is not payable`} data-testid="not-payable">
            A call with an L2 value to a function that is not payable reverts. If the function is
            payable, write it in the signature (e.g. function {check.fn.name}(…) payable).
          </Alert>
        )}
      <div className="space-y-2">
        <L2GasLimitField
          value={form.l2GasLimit}
          onChange={(l2GasLimit) => onChange({ l2GasLimit })}
          check={check.l2GasLimit}
          {...(estimated === undefined ? {} : { estimate: estimated })}
        />
        {typedLimit !== undefined && estimated !== undefined && typedLimit < estimated && (
          <Alert tone="warn" title="Below the estimate" data-testid="gas-below-estimate">
            The call needs about {estimated.toLocaleString('en-US')} L2 gas: with less it is likely
            to run out of gas and fail on {pair.l2.name}.
          </Alert>
        )}
      </div>
      <AddressInput
        label="Refund recipient on the L2"
        name="refundRecipient"
        value={form.refundRecipient}
        onChange={(refundRecipient) => onChange({ refundRecipient })}
        placeholder="Your address"
        error={
          form.refundRecipient.trim() !== '' && !check.refundRecipient.ok
            ? check.refundRecipient.message
            : undefined
        }
        hint={`Gets the unused L2 gas back on ${pair.l2.name} (and the L2 value if the call fails). Empty: your own address.`}
      />
      {estimateFailed && typedLimit === undefined && (
        <ErrorMessage
          error={estimate.error}
          {...describeEstimateFailure(estimate.error, pair.l2.name)}
          onRetry={() => void estimate.refetch()}
        />
      )}
      {estimateFailed && typedLimit !== undefined && (
        <Alert tone="warn" title="This call reverts on the L2 now" data-testid="estimate-failed">
          The L2 gas estimate failed, so the call will most likely fail on {pair.l2.name}. You can
          still send it; the unused L2 gas and the L2 value go to the refund recipient.
        </Alert>
      )}
      {typedLimit !== undefined && quote.error && !quote.isFetching && (
        <ErrorMessage
          error={quote.error}
          title="Could not compute the cost"
          onRetry={() => void quote.refetch()}
        />
      )}
      <Button
        type="submit"
        size="lg"
        fullWidth
        disabled={!model.reviewed}
        loading={check.valid && quote.isFetching && !quote.data}
        loadingText="Estimating…"
      >
        Review call
      </Button>
    </form>
  )
}
