import type { ChainPair } from '../../bridge/pair'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Alert } from '../../components/ui/Alert'
import { Button } from '../../components/ui/Button'
import { SummaryRow } from '../../components/ui/SummaryRow'
import type { WithdrawSummary } from './getWithdrawSummary'

export type WithdrawReviewProps = {
  pair: ChainPair
  summary: WithdrawSummary
  sending: boolean
  /** The last send failed or was rejected in the wallet (the form keeps its values). */
  error: unknown
  /** The wallet is on another chain: it will be asked to switch first. */
  switchesChain: boolean
  onBack: () => void
  onConfirm: () => void
  onDismissError: () => void
}

/** What the withdrawal does, what it costs and how long until the funds can be claimed. */
export function WithdrawReview({
  pair,
  summary,
  sending,
  error,
  switchesChain,
  onBack,
  onConfirm,
  onDismissError,
}: WithdrawReviewProps) {
  return (
    <div className="space-y-5" data-testid="withdraw-review">
      <div className="rounded-xl bg-subtle px-4 py-3.5">
        <p className="text-xs font-medium text-muted">You withdraw</p>
        <p
          className="mt-0.5 text-2xl font-semibold tabular-nums text-ink [overflow-wrap:anywhere]"
          data-testid="review-amount"
        >
          {summary.amount}
        </p>
        <p className="mt-1 text-sm text-muted">
          from {pair.l2.name} to{' '}
          <span className={summary.recipient === 'your address' ? '' : 'font-mono text-ink'}>
            {summary.recipient}
          </span>{' '}
          on {pair.l1.name}
        </p>
      </div>
      <dl className="divide-y divide-line">
        <SummaryRow
          label="L2 fee"
          hint={`Estimate, paid on ${pair.l2.name}`}
          value={summary.fee}
          data-testid="fee-l2"
        />
        {summary.totalFromBalance && (
          <SummaryRow
            label="Leaves your L2 balance"
            hint="Amount plus fee"
            value={summary.totalFromBalance}
          />
        )}
        <SummaryRow
          label={`Arrives on ${pair.l1.name}`}
          value={summary.arrives}
          data-testid="arrives-l1"
        />
      </dl>
      <Alert tone="info" title="Two transactions, with a wait in between">
        <p data-testid="withdraw-wait" className="font-medium text-ink">
          {summary.wait.statement}.
        </p>
        <p className="mt-1">
          First you send the withdrawal on {pair.l2.name}. Once its batch is executed on{' '}
          {pair.l1.name}, you finalize it there with a second transaction — from this page, from the
          Claim page, or from any device.
          {summary.wait.detail ? ` ${summary.wait.detail}` : ''}
        </p>
      </Alert>
      {error !== null && error !== undefined && (
        <ErrorMessage
          error={error}
          title="The withdrawal was not sent"
          onRetry={onDismissError}
          retryLabel="Dismiss"
        />
      )}
      <div className="space-y-2">
        <div className="flex flex-col-reverse gap-2 sm:flex-row">
          <Button
            variant="secondary"
            size="lg"
            className="sm:flex-1"
            disabled={sending}
            onClick={onBack}
          >
            Back
          </Button>
          <Button
            size="lg"
            className="sm:flex-[2]"
            loading={sending}
            loadingText="Confirm in your wallet…"
            onClick={onConfirm}
          >
            {error ? 'Try again' : `Withdraw ${summary.amount}`}
          </Button>
        </div>
        {switchesChain && !sending && (
          <p className="text-center text-xs text-muted" data-testid="switch-hint">
            Your wallet will be asked to switch to {pair.l2.name} first.
          </p>
        )}
      </div>
    </div>
  )
}
