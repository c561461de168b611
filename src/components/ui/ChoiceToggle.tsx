import { useId } from 'react'
import { cn } from './cn'

export type ChoiceToggleProps<value extends string> = {
  /** The group's accessible name, shown above it. */
  label: string
  value: value
  onChange: (value: value) => void
  options: readonly { value: value; label: string }[]
}

/**
 * Two or three mutually exclusive choices side by side (a radio group styled as a segmented
 * control): every option stays readable on a phone, unlike a truncated select.
 */
export function ChoiceToggle<value extends string>({
  label,
  value,
  onChange,
  options,
}: ChoiceToggleProps<value>) {
  const name = useId()
  return (
    <fieldset className="space-y-1.5">
      <legend className="mb-1.5 text-sm font-medium text-ink">{label}</legend>
      <div className="flex gap-1 rounded-xl border border-line-strong bg-subtle p-1">
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              'relative flex min-h-9 flex-1 cursor-pointer items-center justify-center rounded-lg px-2 text-center text-sm font-medium transition-colors',
              'has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring/40',
              option.value === value
                ? 'bg-surface text-ink shadow-sm'
                : 'text-muted hover:text-ink',
            )}
          >
            <input
              type="radio"
              className="absolute inset-0 m-0 size-full cursor-pointer appearance-none rounded-lg opacity-0"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
