import type { DepositFlowStep } from '../../bridge/flows/depositSteps'
import { formatAmount } from '../../lib/format'

export type DescribeDepositStepContext = {
  /** The deposited token. */
  token: { symbol: string; decimals: number }
  /** The L2's base token (pays the L2 base cost). */
  baseToken: { symbol: string; decimals: number }
  /** The deposited token is the L2's base token (route `base-token`). */
  depositsBaseToken: boolean
  amount: bigint
  l2Name: string
}

export type DepositStepText = { title: string; detail: string }

/** Titles and one-line explanations of a deposit plan's steps ("Approve TUSD", "Deposit"). */
export function describeDepositStep(
  step: DepositFlowStep,
  { token, baseToken, depositsBaseToken, amount, l2Name }: DescribeDepositStepContext,
): DepositStepText {
  if (step.kind === 'deposit')
    return {
      title: 'Deposit',
      detail: `Sends ${formatAmount(amount, token.decimals, { exact: true })} ${token.symbol} to ${l2Name}.`,
    }
  const what = step.purpose === 'base-token' ? baseToken : token
  const exact = `${formatAmount(step.amount, what.decimals, { exact: true })} ${what.symbol}`
  if (step.purpose === 'token' || depositsBaseToken)
    return {
      title: `Approve ${what.symbol}`,
      detail: `Lets the bridge take exactly ${exact}${
        depositsBaseToken ? ' (the amount and the L2 base cost)' : ''
      }.`,
    }
  return {
    title: `Approve ${what.symbol} for the L2 fee`,
    detail: `Lets the bridge take exactly ${exact} (the L2 base cost).`,
  }
}
