import type { ReactNode } from 'react'
import { cn } from './cn'
import { Field } from './Field'

export type AddressInputProps = {
  value: string
  /** Receives the text with surrounding whitespace removed. */
  onChange: (value: string) => void
  label?: ReactNode
  error?: ReactNode
  hint?: ReactNode
  /** Shows a "Use my address" button (e.g. fill in the connected account). */
  onUseOwn?: () => void
  useOwnLabel?: string
  disabled?: boolean
  placeholder?: string
  id?: string
  name?: string
}

/** Presentational address field (monospace, no autocorrect), with an optional "use mine". */
export function AddressInput({
  value,
  onChange,
  label = 'Recipient address',
  error,
  hint,
  onUseOwn,
  useOwnLabel = 'Use my address',
  disabled = false,
  placeholder = '0x…',
  id,
  name,
}: AddressInputProps) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      id={id}
      labelAside={
        onUseOwn ? (
          <button
            type="button"
            onClick={onUseOwn}
            disabled={disabled}
            className="rounded-md px-1.5 py-0.5 text-xs font-semibold text-accent-text hover:bg-accent-soft disabled:opacity-50"
          >
            {useOwnLabel}
          </button>
        ) : undefined
      }
    >
      {(control) => (
        <input
          {...control}
          name={name}
          type="text"
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          placeholder={placeholder}
          disabled={disabled}
          value={value}
          onChange={(event) => onChange(event.target.value.trim())}
          className={cn(
            'h-11 w-full rounded-xl border bg-surface px-3.5 font-mono text-sm text-ink outline-none transition-colors',
            'placeholder:text-muted/60 focus-visible:border-ring focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring/25',
            'disabled:cursor-not-allowed disabled:opacity-60',
            error ? 'border-danger' : 'border-line-strong',
          )}
        />
      )}
    </Field>
  )
}
