import type { ReactNode } from 'react'
import { cn } from './cn'
import { Field } from './Field'
import { ChevronDownIcon } from './icons'

export type SelectOption<value extends string> = {
  value: value
  label: string
  disabled?: boolean
}

export type SelectProps<value extends string> = {
  label: ReactNode
  value: value
  onChange: (value: value) => void
  options: readonly SelectOption<value>[]
  hint?: ReactNode
  error?: ReactNode
  disabled?: boolean
  id?: string
}

/** A native select (best keyboard and mobile behaviour), styled like the other fields. */
export function Select<value extends string>({
  label,
  value,
  onChange,
  options,
  hint,
  error,
  disabled,
  id,
}: SelectProps<value>) {
  return (
    <Field label={label} hint={hint} error={error} id={id}>
      {(control) => (
        <div className="relative">
          <select
            {...control}
            value={value}
            disabled={disabled}
            onChange={(event) => onChange(event.target.value as value)}
            className={cn(
              'h-11 w-full appearance-none rounded-xl border bg-surface pr-10 pl-3.5 text-sm text-ink outline-none',
              'focus-visible:border-ring focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring/25',
              'disabled:cursor-not-allowed disabled:opacity-60',
              error ? 'border-danger' : 'border-line-strong',
            )}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value} disabled={option.disabled}>
                {option.label}
              </option>
            ))}
          </select>
          <ChevronDownIcon className="pointer-events-none absolute top-1/2 right-3.5 size-4 -translate-y-1/2 text-muted" />
        </div>
      )}
    </Field>
  )
}
