import type { Address } from 'viem'
import type { RequestExecuteQuote } from '../../bridge/actions/requestExecute'
import { Button } from '../../components/ui/Button'
import { SummaryRow } from '../../components/ui/SummaryRow'
import type { ChainPair } from '../../config/chains'
import { formatTokenAmount, shortenAddress } from '../../lib/format'
import { APPROVAL_GAS_TYPICAL } from '../deposit/getDepositSummary'

/** Typical L1 gas of `requestL2TransactionDirect` (an estimate shown before signing). */
export const REQUEST_EXECUTE_L1_GAS_TYPICAL = 150_000n

export type RequestExecuteReviewProps = {
  pair: ChainPair
  quote: RequestExecuteQuote
  l2Value: bigint
  target: Address
  approvals: number
  onBack: () => void
  onConfirm: () => void
}

/** The call's cost before signing: L2 gas, base cost on its own line, L1 gas, totals per token. */
export function RequestExecuteReview({
  pair,
  quote,
  l2Value,
  target,
  approvals,
  onBack,
  onConfirm,
}: RequestExecuteReviewProps) {
  const baseToken = pair.l2.nativeCurrency
  const eth = { symbol: 'ETH', decimals: 18 }
  const l1Gas =
    (REQUEST_EXECUTE_L1_GAS_TYPICAL + BigInt(approvals) * APPROVAL_GAS_TYPICAL) * quote.gasPrice
  const ethChain = quote.value > 0n || baseToken.symbol === 'ETH'
  const totals = ethChain
    ? [formatTokenAmount(quote.mintValue + l1Gas, eth)]
    : [formatTokenAmount(quote.mintValue, baseToken), formatTokenAmount(l1Gas, eth)]
  return (
    <div className="space-y-5" data-testid="execute-review">
      <div className="rounded-xl bg-subtle px-4 py-3">
        <p className="text-xs text-muted">Call on {pair.l2.name}</p>
        <p className="font-mono text-base font-semibold text-ink">{shortenAddress(target, 6)}</p>
      </div>
      <dl className="divide-y divide-line">
        <SummaryRow
          label="L2 gas limit"
          value={quote.l2GasLimit.toLocaleString('en-US')}
          data-testid="review-gas-limit"
        />
        <SummaryRow
          label="L2 base cost"
          hint={`Pays for ${quote.l2GasLimit.toLocaleString('en-US')} L2 gas upfront; the unused part is refunded on L2`}
          value={formatTokenAmount(quote.baseCost, baseToken)}
          data-testid="review-base-cost"
        />
        {l2Value > 0n && (
          <SummaryRow
            label="L2 value"
            value={formatTokenAmount(l2Value, baseToken, { exact: true })}
          />
        )}
        <SummaryRow
          label={approvals > 0 ? 'L1 gas (approval and call)' : 'L1 gas'}
          hint="Estimate"
          value={`≈ ${formatTokenAmount(l1Gas, eth)}`}
          data-testid="review-l1-gas"
        />
        <SummaryRow
          label="Total from your wallet"
          value={
            <span className="flex flex-col items-end" data-testid="review-total">
              {totals.map((t) => (
                <span key={t}>{t}</span>
              ))}
            </span>
          }
        />
      </dl>
      <div className="flex flex-col-reverse gap-2 sm:flex-row">
        <Button variant="secondary" size="lg" className="sm:flex-1" onClick={onBack}>
          Back
        </Button>
        <Button size="lg" className="sm:flex-[2]" onClick={onConfirm}>
          {approvals > 0 ? `Start (${approvals + 1} transactions)` : 'Send call'}
        </Button>
      </div>
    </div>
  )
}
