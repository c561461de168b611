import { type ReactNode, useId } from 'react'
import { cn } from './cn'

/** What a control inside a Field must spread to be labelled and described. */
export type FieldControlProps = {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': true | undefined
}

export type FieldProps = {
  label: ReactNode
  /** Right of the label (e.g. a balance). */
  labelAside?: ReactNode
  hint?: ReactNode
  error?: ReactNode
  /** Use this id for the control (default: generated). */
  id?: string
  className?: string
  children: (control: FieldControlProps) => ReactNode
}

/** Label + control + hint/error, wired for screen readers. The control comes from `children`. */
export function Field({ label, labelAside, hint, error, id, className, children }: FieldProps) {
  const generated = useId()
  const controlId = id ?? generated
  const hintId = hint ? `${controlId}-hint` : undefined
  const errorId = error ? `${controlId}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={cn('space-y-1.5', className)}>
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={controlId} className="text-sm font-medium text-ink">
          {label}
        </label>
        {labelAside && <div className="min-w-0 truncate text-xs text-muted">{labelAside}</div>}
      </div>
      {children({
        id: controlId,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
      })}
      {error && (
        <p id={errorId} className="text-sm text-danger">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      )}
    </div>
  )
}
