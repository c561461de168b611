import type { ReactNode } from 'react'
import { cn } from './cn'
import { Field } from './Field'
import { Spinner } from './Spinner'

export type AmountInputProps = {
  value: string
  /** Receives the text as typed, normalized to digits and one "." (a "," becomes "."). */
  onChange: (value: string) => void
  /** Token symbol, or a token picker. */
  symbol: ReactNode
  label?: ReactNode
  /** Formatted balance ("1,234.5 ETH"); shown under the input. */
  balance?: ReactNode
  balanceLoading?: boolean
  /** Shows a Max button. */
  onMax?: () => void
  maxDisabled?: boolean
  error?: ReactNode
  hint?: ReactNode
  disabled?: boolean
  placeholder?: string
  id?: string
  name?: string
}

const DECIMAL = /^\d*\.?\d*$/

/** Presentational amount field: a decimal text input with symbol, balance, Max and error. */
export function AmountInput({
  value,
  onChange,
  symbol,
  label = 'Amount',
  balance,
  balanceLoading = false,
  onMax,
  maxDisabled = false,
  error,
  hint,
  disabled = false,
  placeholder = '0.0',
  id,
  name,
}: AmountInputProps) {
  return (
    <Field label={label} hint={hint} error={error} id={id}>
      {(control) => (
        <div
          className={cn(
            'rounded-xl border bg-surface px-3.5 pt-3 pb-2.5 transition-colors',
            'focus-within:border-ring focus-within:ring-2 focus-within:ring-ring/25',
            error ? 'border-danger' : 'border-line-strong',
            disabled && 'opacity-60',
          )}
        >
          <div className="flex items-center gap-3">
            <input
              {...control}
              name={name}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              autoCorrect="off"
              spellCheck={false}
              placeholder={placeholder}
              disabled={disabled}
              value={value}
              onChange={(event) => {
                const next = event.target.value.replace(/,/g, '.').replace(/\s/g, '')
                if (DECIMAL.test(next)) onChange(next)
              }}
              className="min-w-0 flex-1 bg-transparent text-2xl font-medium tabular-nums text-ink outline-none placeholder:text-muted/60 focus-visible:outline-none disabled:cursor-not-allowed"
            />
            <span className="shrink-0 rounded-lg bg-subtle px-2.5 py-1 text-sm font-semibold text-ink">
              {symbol}
            </span>
          </div>
          {(balance !== undefined || balanceLoading || onMax) && (
            <div className="mt-2 flex min-h-6 items-center justify-between gap-2 text-xs text-muted">
              <span className="min-w-0 truncate tabular-nums">
                {balanceLoading ? (
                  <span className="inline-flex items-center gap-1.5">
                    <Spinner size="sm" /> Loading balance…
                  </span>
                ) : balance !== undefined ? (
                  <>Balance: {balance}</>
                ) : null}
              </span>
              {onMax && (
                <button
                  type="button"
                  onClick={onMax}
                  disabled={disabled || maxDisabled}
                  className="rounded-md px-2 py-0.5 text-xs font-semibold text-accent-text hover:bg-accent-soft disabled:cursor-not-allowed disabled:opacity-50"
                >
                  Max
                </button>
              )}
            </div>
          )}
        </div>
      )}
    </Field>
  )
}
