import type { ReactNode } from 'react'

export type SummaryRowProps = {
  label: ReactNode
  /** A smaller line under the label ("Estimate"). */
  hint?: ReactNode
  value: ReactNode
  'data-testid'?: string
}

/** One line of a review (inside a `<dl>`): label left, amount right, never wrapping the amount. */
export function SummaryRow({ label, hint, value, 'data-testid': testId }: SummaryRowProps) {
  return (
    <div className="flex items-start justify-between gap-4 py-2.5">
      <dt className="text-sm text-muted">
        {label}
        {hint && <span className="block text-xs text-muted/80">{hint}</span>}
      </dt>
      <dd
        className="shrink-0 text-right text-sm font-medium whitespace-nowrap tabular-nums text-ink"
        data-testid={testId}
      >
        {value}
      </dd>
    </div>
  )
}
