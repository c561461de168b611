import type { UserError } from '../../bridge/errors/toUserError'
import type { DepositFlowStep } from '../../bridge/flows/depositSteps'
import type { StepStatus } from '../../bridge/model/status'
import type { ChainPair } from '../../bridge/pair'
import { UserErrorAlert } from '../../components/UserErrorAlert'
import { Button } from '../../components/ui/Button'
import { Stepper } from '../../components/ui/Stepper'
import { CallSummary } from './CallSummary'
import { describeExecuteStep } from './describeExecuteStep'
import type { ReviewedCall } from './requestExecuteFlow'

export type RequestExecuteExecutionProps = {
  pair: ChainPair
  reviewed: ReviewedCall
  steps: readonly DepositFlowStep[]
  statuses: readonly StepStatus[]
  index: number
  error: UserError | null
  onRetry: () => void
  onBack: () => void
}

const waiting: Record<DepositFlowStep['kind'], string> = {
  approve: 'Confirm the approval in your wallet, then wait for it to be mined…',
  deposit: 'Confirm the transaction in your wallet…',
}

/** The L1 transactions being signed, one at a time; a failed one can be retried. */
export function RequestExecuteExecution({
  pair,
  reviewed,
  steps,
  statuses,
  index,
  error,
  onRetry,
  onBack,
}: RequestExecuteExecutionProps) {
  const failed = statuses[index] === 'failed'
  const context = { baseToken: pair.l2.nativeCurrency, l2Name: pair.l2.name }
  return (
    <div className="space-y-5" data-testid="execute-running">
      <CallSummary l2Name={pair.l2.name} target={reviewed.target} call={reviewed.call} />
      <Stepper
        label="Transactions"
        steps={steps.map((step, i) => {
          const text = describeExecuteStep(step, context)
          const status = statuses[i] ?? 'pending'
          return {
            id: `${step.kind}-${i}`,
            label: text.title,
            description: status === 'active' ? waiting[step.kind] : text.detail,
            status,
          }
        })}
      />
      {failed && error && (
        <UserErrorAlert
          error={error}
          onRetry={onRetry}
          retryLabel={steps[index]?.kind === 'approve' ? 'Retry approval' : 'Retry call'}
        />
      )}
      {failed && (
        <Button variant="secondary" fullWidth onClick={onBack}>
          Back to the form
        </Button>
      )}
    </div>
  )
}
