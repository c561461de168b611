import { useState } from 'react'
import type { Address, Hash } from 'viem'
import { toUserError, type UserError } from '../../bridge/errors'
import type { DepositFlowStep } from '../../bridge/flows/depositSteps'
import { runSteps } from '../../bridge/flows/executeSteps'
import type { StepStatus } from '../../bridge/types'
import { ErrorMessage } from '../../components/ErrorMessage'
import { UserErrorAlert } from '../../components/UserErrorAlert'
import { AddressInput } from '../../components/ui/AddressInput'
import { AmountInput } from '../../components/ui/AmountInput'
import { Button } from '../../components/ui/Button'
import { Stepper } from '../../components/ui/Stepper'
import type { ChainPair } from '../../config/chains'
import { useRequestExecute } from '../../hooks/useRequestExecute'
import { useRequestExecuteQuote } from '../../hooks/useRequestExecuteQuote'
import { useSessionDraft } from '../../hooks/useSessionDraft'
import { formatTokenAmount } from '../../lib/format'
import { useEnsureChain } from '../../wallets/useEnsureChain'
import { L2GasLimitField } from '../shared/L2GasLimitField'
import { useApproveStep } from '../shared/useApproveStep'
import { CallInputs } from './CallInputs'
import { type CallFormValues, checkCallForm, emptyCallForm, readCallForm } from './checkCallForm'
import { RequestExecuteProgress } from './RequestExecuteProgress'
import { RequestExecuteReview } from './RequestExecuteReview'

export type RequestExecuteWizardProps = { pair: ChainPair; account: Address }

type Execution = {
  steps: DepositFlowStep[]
  statuses: readonly StepStatus[]
  index: number
  error: UserError | null
}

const draftKey = (pairId: string) => `ferry:request-execute-draft:v1:${pairId}`

/**
 * Request execute: an arbitrary L1→L2 call. Target and call (ABI form or raw calldata), L2
 * value, L2 gas limit (estimated, editable), refund recipient → review with the base cost → the
 * base-token approval where the chain needs one → the L1 transaction → the L2 result.
 */
export function RequestExecuteWizard({ pair, account }: RequestExecuteWizardProps) {
  const [form, setForm] = useSessionDraft(draftKey(pair.id), emptyCallForm, readCallForm)
  const [phase, setPhase] = useState<'form' | 'review'>('form')
  const [execution, setExecution] = useState<Execution>()
  const [sent, setSent] = useState<Hash>()
  const approve = useApproveStep(pair.l1.id)
  const request = useRequestExecute()
  const { ensureChain } = useEnsureChain({ chainId: pair.l1.id })
  const baseToken = pair.l2.nativeCurrency
  const check = checkCallForm(form, baseToken)

  const quote = useRequestExecuteQuote({
    pair,
    from: account,
    ...(check.target.ok ? { contractAddress: check.target.value } : {}),
    ...(check.calldata.ok ? { calldata: check.calldata.value } : {}),
    l2Value: check.l2Value.ok ? check.l2Value.value : 0n,
    ...(check.l2GasLimit.ok && check.l2GasLimit.value
      ? { l2GasLimit: check.l2GasLimit.value }
      : {}),
  })
  const patch = (p: Partial<CallFormValues>) => setForm((f) => ({ ...f, ...p }))

  if (sent)
    return (
      <RequestExecuteProgress
        pair={pair}
        l1Hash={sent}
        {...(form.mode === 'abi' && check.fn ? { abi: [check.fn] } : {})}
        onNew={() => {
          setSent(undefined)
          setExecution(undefined)
          setPhase('form')
        }}
      />
    )

  const run = async (steps: DepositFlowStep[], startAt: number) => {
    const q = quote.data
    if (
      !q ||
      !check.target.ok ||
      !check.calldata.ok ||
      !check.l2Value.ok ||
      !check.refundRecipient.ok
    )
      return
    const contractAddress = check.target.value
    const calldata = check.calldata.value
    const l2Value = check.l2Value.value
    const refundRecipient = check.refundRecipient.value
    const result = await runSteps(steps, {
      startAt,
      onProgress: ({ index, statuses }) => setExecution({ steps, statuses, index, error: null }),
      approve,
      deposit: async () => {
        await ensureChain()
        return request.mutateAsync({
          pair,
          quote: q,
          contractAddress,
          calldata,
          l2Value,
          ...(refundRecipient ? { refundRecipient } : {}),
        })
      },
    })
    if (result.ok) setSent(result.l1Hash)
    else
      setExecution({
        steps,
        statuses: result.statuses,
        index: result.failedIndex,
        error: toUserError(result.error, { value: q.value }),
      })
  }

  if (execution) {
    const failed = execution.statuses[execution.index] === 'failed'
    return (
      <div className="space-y-5" data-testid="execute-running">
        <Stepper
          label="Transactions"
          steps={execution.steps.map((step, i) => ({
            id: `${step.kind}-${i}`,
            label:
              step.kind === 'approve'
                ? `Approve ${baseToken.symbol} for the L2 cost`
                : 'Send the L1→L2 call',
            description:
              step.kind === 'approve'
                ? `Lets the bridge take exactly ${formatTokenAmount(step.amount, baseToken, { exact: true })}.`
                : 'One transaction on the L1; the L2 runs the call right after.',
            status: execution.statuses[i] ?? 'pending',
          }))}
        />
        {failed && execution.error && (
          <UserErrorAlert
            error={execution.error}
            onRetry={() => {
              setExecution({ ...execution, error: null })
              void run(execution.steps, execution.index)
            }}
          />
        )}
        {failed && (
          <Button
            variant="secondary"
            fullWidth
            onClick={() => {
              setExecution(undefined)
              setPhase('form')
            }}
          >
            Back to the form
          </Button>
        )}
      </div>
    )
  }

  if (phase === 'review' && quote.data && check.valid) {
    const q = quote.data
    const steps: DepositFlowStep[] = [
      ...(q.baseTokenAllowance !== undefined && q.baseTokenAllowance < q.mintValue
        ? [
            {
              kind: 'approve' as const,
              token: q.baseToken,
              spender: q.sharedBridge,
              amount: q.mintValue,
              purpose: 'base-token' as const,
            },
          ]
        : []),
      { kind: 'deposit', value: q.value },
    ]
    return (
      <RequestExecuteReview
        pair={pair}
        quote={q}
        l2Value={check.l2Value.ok ? check.l2Value.value : 0n}
        target={check.target.ok ? check.target.value : account}
        approvals={steps.length - 1}
        onBack={() => setPhase('form')}
        onConfirm={() => {
          setExecution({ steps, statuses: steps.map(() => 'pending'), index: 0, error: null })
          void run(steps, 0)
        }}
      />
    )
  }

  return (
    <form
      className="space-y-5"
      data-testid="execute-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (check.valid && quote.data) setPhase('review')
      }}
    >
      <CallInputs pair={pair} form={form} check={check} onChange={patch} />
      <AmountInput
        label="L2 value"
        name="l2Value"
        value={form.l2Value}
        onChange={(l2Value) => patch({ l2Value })}
        symbol={baseToken.symbol}
        placeholder="0"
        error={form.l2Value.trim() !== '' && !check.l2Value.ok ? check.l2Value.message : undefined}
        hint={`Sent to the contract on ${pair.l2.name} with the call (msg.value).`}
      />
      <L2GasLimitField
        value={form.l2GasLimit}
        onChange={(l2GasLimit) => patch({ l2GasLimit })}
        check={check.l2GasLimit}
        {...(quote.data?.l2GasLimitEstimated ? { estimate: quote.data.l2GasLimit } : {})}
      />
      <AddressInput
        label="Refund recipient on the L2"
        name="refundRecipient"
        value={form.refundRecipient}
        onChange={(refundRecipient) => patch({ refundRecipient })}
        placeholder="Your address"
        error={
          form.refundRecipient.trim() !== '' && !check.refundRecipient.ok
            ? check.refundRecipient.message
            : undefined
        }
        hint="Gets the unused L2 gas back. Empty: your own address."
      />
      {quote.error && !quote.isFetching && check.valid && (
        <ErrorMessage
          error={quote.error}
          title="Could not estimate the L2 gas"
          message="The L2 would not run this call as it is (it reverts, or the target or value is wrong). Check the call, or set an L2 gas limit yourself to send it anyway."
          onRetry={() => void quote.refetch()}
        />
      )}
      <Button
        type="submit"
        size="lg"
        fullWidth
        disabled={!check.valid || !quote.data}
        loading={check.valid && quote.isFetching && !quote.data}
        loadingText="Estimating…"
      >
        Review call
      </Button>
    </form>
  )
}
