import type { BaseCost } from '../../bridge/actions/getBaseCost'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Spinner } from '../../components/ui/Spinner'
import { formatTokenAmount } from '../../lib/format'
import { getBaseCostParts } from './getBaseCostParts'

export type BaseCostResultProps = {
  l2Name: string
  baseToken: { symbol: string; decimals: number }
  /** The base cost for exactly the current inputs, or undefined. */
  result: BaseCost | undefined
  live: boolean
  /** Why there is no figure: computing, an input to fix, or the read failed (`error`). */
  state: 'ready' | 'computing' | 'invalid' | 'error'
  error: unknown
  onRetry: () => void
}

/** The figure, in the base token with all its decimals, and how it is made up. */
export function BaseCostResult({
  l2Name,
  baseToken,
  result,
  live,
  state,
  error,
  onRetry,
}: BaseCostResultProps) {
  return (
    <section
      aria-label="Result"
      aria-live="polite"
      className="rounded-xl border border-line bg-subtle px-4 py-4"
      data-testid="base-cost-box"
    >
      <p className="text-xs font-medium text-muted">L2 base cost on {l2Name}</p>
      {result && state === 'ready' ? (
        <>
          <p
            className="mt-0.5 text-2xl font-semibold tabular-nums text-ink [overflow-wrap:anywhere]"
            data-testid="base-cost-result"
            data-wei={result.baseCost.toString()}
            data-gas-price={result.gasPrice.toString()}
          >
            {formatTokenAmount(result.baseCost, baseToken, { exact: true })}
          </p>
          <dl className="mt-3 divide-y divide-line text-sm" data-testid="base-cost-parts">
            {getBaseCostParts(result, baseToken, live).map((part) => (
              <div key={part.id} className="flex items-baseline justify-between gap-4 py-1.5">
                <dt className="text-muted">
                  {part.label}
                  {part.note && <span className="block text-xs text-muted/80">{part.note}</span>}
                </dt>
                <dd
                  className="text-right whitespace-nowrap tabular-nums text-ink"
                  data-testid={`part-${part.id}`}
                >
                  {part.value}
                </dd>
              </div>
            ))}
          </dl>
          <p className="mt-2 text-xs text-muted">
            From Bridgehub.l2TransactionBaseCost. Paid upfront in {baseToken.symbol} with the L1
            transaction; the L2 gas it does not use is refunded on {l2Name}.
          </p>
        </>
      ) : state === 'computing' ? (
        <p className="flex items-center gap-2 py-2 text-sm text-muted">
          <Spinner size="sm" /> Computing…
        </p>
      ) : state === 'invalid' ? (
        <p className="py-2 text-sm text-muted" data-testid="base-cost-empty">
          Fix the inputs above to see the base cost.
        </p>
      ) : null}
      {state === 'error' && (
        <ErrorMessage
          className="mt-3"
          error={error}
          title="Could not read the base cost"
          onRetry={onRetry}
        />
      )}
    </section>
  )
}
