import type { DepositFlowStep } from '../../bridge/flows/depositSteps'
import { formatAmount } from '../../lib/format'

export type ExecuteStepText = { title: string; detail: string }

/** Title and one-line explanation of a request-execute step ("Approve TST for the L2 cost"). */
export function describeExecuteStep(
  step: DepositFlowStep,
  context: { baseToken: { symbol: string; decimals: number }; l2Name: string },
): ExecuteStepText {
  if (step.kind === 'deposit')
    return {
      title: 'Send the call',
      detail: `One L1 transaction; ${context.l2Name} runs the call right after.`,
    }
  const { symbol, decimals } = context.baseToken
  return {
    title: `Approve ${symbol} for the L2 cost`,
    detail: `Lets the bridge take exactly ${formatAmount(step.amount, decimals, { exact: true })} ${symbol} (base cost and L2 value).`,
  }
}
