import type { Address } from 'viem'
import type { DepositFlowStep } from '../../bridge/flows/depositSteps'
import type { ChainPair } from '../../bridge/pair'
import { Alert } from '../../components/ui/Alert'
import { Button } from '../../components/ui/Button'
import { SummaryRow } from '../../components/ui/SummaryRow'
import { formatAmount, formatTokenAmount, shortenAddress } from '../../lib/format'
import { CallSummary } from './CallSummary'
import { describeExecuteStep } from './describeExecuteStep'
import {
  getRequestExecuteSummary,
  getShortfalls,
  type TokenAmount,
} from './getRequestExecuteSummary'
import type { ReviewedCall } from './requestExecuteFlow'

export type RequestExecuteReviewProps = {
  pair: ChainPair
  account: Address
  reviewed: ReviewedCall
  steps: readonly DepositFlowStep[]
  /** L1 balances by token key (`eth`, base token address) for the shortfall check. */
  balances: Readonly<Record<string, bigint | undefined>>
  onBack: () => void
  onConfirm: () => void
}

const show = (t: TokenAmount, exact = false) => formatTokenAmount(t.amount, t, { exact })

/** The call's cost before signing: L2 gas, base cost on its own line, L1 gas, totals per token. */
export function RequestExecuteReview({
  pair,
  account,
  reviewed,
  steps,
  balances,
  onBack,
  onConfirm,
}: RequestExecuteReviewProps) {
  const { quote } = reviewed
  const baseToken = pair.l2.nativeCurrency
  const approvals = steps.filter((s) => s.kind === 'approve').length
  const summary = getRequestExecuteSummary({
    quote,
    l2Value: reviewed.l2Value,
    calldataBytes: reviewed.call.bytes,
    baseToken,
    approvals,
  })
  const shortfalls = getShortfalls(summary.totals, balances)
  const refundTo = reviewed.refundRecipient ?? account
  return (
    <div className="space-y-5" data-testid="execute-review">
      <CallSummary l2Name={pair.l2.name} target={reviewed.target} call={reviewed.call} />

      <dl className="divide-y divide-line" aria-label="Costs">
        <SummaryRow
          label="L2 gas limit"
          hint={quote.l2GasLimitEstimated ? 'Estimated (zks_estimateGasL1ToL2)' : 'Set by you'}
          value={summary.l2GasLimit.toLocaleString('en-US')}
          data-testid="review-gas-limit"
        />
        <SummaryRow
          label="L2 base cost"
          hint={`Paid upfront for the L2 gas; the unused part is refunded on ${pair.l2.name}`}
          value={
            <span data-wei={summary.baseCost.amount.toString()}>{show(summary.baseCost)}</span>
          }
          data-testid="review-base-cost"
        />
        <SummaryRow
          label="L2 value"
          hint="msg.value of the call"
          value={show(summary.l2Value, true)}
          data-testid="review-l2-value"
        />
        <SummaryRow
          label={approvals > 0 ? 'L1 gas (approval and call)' : 'L1 gas'}
          hint={`Estimate at up to ${formatAmount(quote.gasPrice, 9)} gwei`}
          value={<span data-gas={summary.l1GasUnits.toString()}>≈ {show(summary.l1Gas)}</span>}
          data-testid="review-l1-gas"
        />
        <SummaryRow
          label="Total from your wallet"
          hint="On the L1, L1 gas estimated"
          value={
            <span className="flex flex-col items-end" data-testid="review-total">
              {summary.totals.map((t) => (
                <span
                  key={t.key}
                  data-testid={`total-${t.symbol}`}
                  data-wei={t.amount.toString()}
                  className="font-semibold"
                >
                  {show(t)}
                </span>
              ))}
            </span>
          }
        />
        <SummaryRow
          label="Refund recipient"
          hint={`On ${pair.l2.name}`}
          value={
            <span className="font-mono" title={refundTo}>
              {refundTo.toLowerCase() === account.toLowerCase() ? 'You' : shortenAddress(refundTo)}
            </span>
          }
        />
      </dl>

      {steps.length > 1 && (
        <ol className="space-y-2" aria-label="Transactions to sign" data-testid="review-steps">
          {steps.map((step, index) => {
            const text = describeExecuteStep(step, { baseToken, l2Name: pair.l2.name })
            return (
              <li
                key={step.kind}
                className="flex gap-3 rounded-xl border border-line px-3.5 py-2.5"
              >
                <span className="flex size-6 shrink-0 items-center justify-center rounded-full bg-accent-soft text-xs font-semibold text-accent-text">
                  {index + 1}
                </span>
                <span>
                  <span className="block text-sm font-medium text-ink">{text.title}</span>
                  <span className="block text-xs text-muted">{text.detail}</span>
                </span>
              </li>
            )
          })}
        </ol>
      )}

      {shortfalls.map((s) => (
        <Alert key={s.key} tone="error" title={`Not enough ${s.symbol}`}>
          This call needs {formatAmount(s.amount, s.decimals)} {s.symbol} on {pair.l1.name}; you
          have {formatAmount(s.available, s.decimals)} {s.symbol}.
        </Alert>
      ))}

      <div className="flex flex-col-reverse gap-2 sm:flex-row">
        <Button variant="secondary" size="lg" className="sm:flex-1" onClick={onBack}>
          Back
        </Button>
        <Button
          size="lg"
          className="sm:flex-[2]"
          onClick={onConfirm}
          disabled={shortfalls.length > 0}
        >
          {steps.length > 1 ? `Start (${steps.length} transactions)` : 'Send call'}
        </Button>
      </div>
    </div>
  )
}
