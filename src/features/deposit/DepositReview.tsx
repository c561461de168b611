import type { DepositFlowStep } from '../../bridge/flows/depositSteps'
import type { ChainPair } from '../../bridge/pair'
import { tokenDecimals, tokenKey, tokenSymbol } from '../../bridge/tokens'
import { Alert } from '../../components/ui/Alert'
import { Button } from '../../components/ui/Button'
import { SummaryRow } from '../../components/ui/SummaryRow'
import { formatAmount, formatTokenAmount, shortenAddress } from '../../lib/format'
import { describeDepositStep } from './describeDepositStep'
import {
  type DepositSummary,
  type FundsShortfall,
  getDepositSummary,
  getFundsShortfalls,
  type TokenAmount,
} from './getDepositSummary'
import type { ReviewedDeposit } from './useRunDeposit'

export type DepositReviewProps = {
  pair: ChainPair
  reviewed: ReviewedDeposit
  steps: readonly DepositFlowStep[]
  /** L1 balances by token key (`eth`, base token address) for the shortfall check. */
  balances: Readonly<Record<string, bigint | undefined>>
  recipientIsOwn: boolean
  onBack: () => void
  onConfirm: () => void
}

const show = (t: TokenAmount, exact = false) => formatTokenAmount(t.amount, t, { exact })

/** The deposit's numbers before anything is signed: each fee on its own line, totals per token. */
export function DepositReview({
  pair,
  reviewed,
  steps,
  balances,
  recipientIsOwn,
  onBack,
  onConfirm,
}: DepositReviewProps) {
  const { quote, token, amount, to } = reviewed
  const baseToken = pair.l2.nativeCurrency
  const approvals = steps.filter((s) => s.kind === 'approve').length
  const summary: DepositSummary = getDepositSummary({ token, amount, quote, baseToken, approvals })
  const shortfalls: FundsShortfall[] = getFundsShortfalls({
    totals: summary.totals,
    balances: { ...balances },
  })
  const context = {
    token: { symbol: tokenSymbol(token), decimals: tokenDecimals(token) },
    baseToken,
    depositsBaseToken: quote.route === 'base-token',
    amount,
    l2Name: pair.l2.name,
  }
  return (
    <div className="space-y-5" data-testid="deposit-review">
      <div className="rounded-xl bg-subtle px-4 py-3">
        <p className="text-xs text-muted">You deposit</p>
        <p className="text-2xl font-semibold tabular-nums text-ink" data-testid="review-amount">
          {show(summary.send, true)}
        </p>
        <p className="mt-1 text-sm text-muted">
          to{' '}
          {recipientIsOwn ? (
            'your address'
          ) : (
            <span className="font-mono">{shortenAddress(to)}</span>
          )}{' '}
          on {pair.l2.name}
        </p>
      </div>

      <dl className="divide-y divide-line" aria-label="Fees">
        <SummaryRow
          label="L1 gas (deposit)"
          hint="Estimate; paid to the L1 network"
          value={`≈ ${show(summary.l1DepositFee)}`}
          data-testid="fee-l1"
        />
        {approvals > 0 && (
          <SummaryRow
            label={`L1 gas (${approvals === 1 ? 'approval' : `${approvals} approvals`})`}
            hint="Estimate"
            value={`≈ ${show(summary.l1ApprovalFee)}`}
            data-testid="fee-l1-approvals"
          />
        )}
        <SummaryRow
          label="L2 base cost"
          hint={`Pays for ${quote.l2GasLimit.toLocaleString('en-US')} L2 gas; the unused part is refunded on L2`}
          value={show(summary.baseCost)}
          data-testid="fee-base-cost"
        />
        <SummaryRow
          label="Total from your wallet"
          value={
            <span className="flex flex-col items-end">
              {summary.totals.map((t) => (
                <span
                  key={t.key}
                  data-testid={`total-${t.key === tokenKey(token) ? 'token' : t.key}`}
                >
                  {show(t)}
                </span>
              ))}
            </span>
          }
        />
        <SummaryRow
          label={`Arrives on ${pair.l2.name}`}
          value={show(summary.receive, true)}
          data-testid="review-receive"
        />
      </dl>

      <ol className="space-y-2" aria-label="Transactions to sign" data-testid="review-steps">
        {steps.map((step, index) => {
          const text = describeDepositStep(step, context)
          return (
            <li
              key={step.kind === 'approve' ? `approve-${step.token}` : 'deposit'}
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

      {shortfalls.map((s) => (
        <Alert key={s.key} tone="error" title={`Not enough ${s.symbol}`}>
          This deposit needs {formatAmount(s.amount, s.decimals)} {s.symbol} on {pair.l1.name}; you
          have {formatAmount(s.available, s.decimals)} {s.symbol}.
        </Alert>
      ))}

      <div className="flex flex-col-reverse gap-2 sm:flex-row">
        <Button variant="secondary" size="lg" onClick={onBack} className="sm:flex-1">
          Back
        </Button>
        <Button
          size="lg"
          onClick={onConfirm}
          disabled={shortfalls.length > 0}
          className="sm:flex-[2]"
        >
          {steps.length > 1 ? `Start (${steps.length} transactions)` : 'Deposit'}
        </Button>
      </div>
    </div>
  )
}
