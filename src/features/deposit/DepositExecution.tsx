import type { UserError } from '../../bridge/errors/toUserError'
import type { DepositFlowStep } from '../../bridge/flows/depositSteps'
import type { StepStatus } from '../../bridge/model/status'
import { UserErrorAlert } from '../../components/UserErrorAlert'
import { Button } from '../../components/ui/Button'
import { Stepper } from '../../components/ui/Stepper'
import { type DescribeDepositStepContext, describeDepositStep } from './describeDepositStep'

export type DepositExecutionProps = {
  steps: readonly DepositFlowStep[]
  statuses: readonly StepStatus[]
  stepIndex: number
  error: UserError | null
  context: DescribeDepositStepContext
  onRetry: () => void
  onBack: () => void
}

const waiting: Record<DepositFlowStep['kind'], string> = {
  approve: 'Confirm the approval in your wallet, then wait for it to be mined…',
  deposit: 'Confirm the deposit in your wallet…',
}

/** The plan being signed, one transaction at a time; a failed step can be retried. */
export function DepositExecution({
  steps,
  statuses,
  stepIndex,
  error,
  context,
  onRetry,
  onBack,
}: DepositExecutionProps) {
  const failed = statuses[stepIndex] === 'failed'
  const current = steps[stepIndex]
  return (
    <div className="space-y-5" data-testid="deposit-execution">
      <Stepper
        label="Transactions"
        steps={steps.map((step, index) => {
          const text = describeDepositStep(step, context)
          const status = statuses[index] ?? 'pending'
          return {
            id: `${step.kind}-${index}`,
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
          retryLabel={current?.kind === 'approve' ? 'Retry approval' : 'Retry deposit'}
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
