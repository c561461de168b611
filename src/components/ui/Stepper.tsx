import type { ReactNode } from 'react'
import { cn } from './cn'
import { CheckIcon, ExternalLinkIcon } from './icons'
import { Spinner } from './Spinner'

export type StepStatus = 'pending' | 'active' | 'done' | 'failed'

export type Step = {
  id: string
  label: ReactNode
  description?: ReactNode
  status: StepStatus
  /** A link for the step (e.g. its transaction on an explorer). */
  link?: { href: string; label: string }
  /** Anything else under the step (e.g. a TxLink when there is no explorer). */
  extra?: ReactNode
}

export type StepperProps = {
  steps: readonly Step[]
  /** Accessible name of the list ("Deposit progress"). */
  label: string
  className?: string
}

const statusText: Record<StepStatus, string> = {
  pending: 'Not started',
  active: 'In progress',
  done: 'Done',
  failed: 'Failed',
}

function Marker({ status, index }: { status: StepStatus; index: number }) {
  const common =
    'relative z-10 flex size-7 shrink-0 items-center justify-center rounded-full text-xs font-semibold tabular-nums'
  switch (status) {
    case 'done':
      return (
        <span className={cn(common, 'bg-success text-white dark:text-canvas')}>
          <CheckIcon className="size-4" strokeWidth={3} />
        </span>
      )
    case 'active':
      return (
        <span className={cn(common, 'bg-accent-soft text-accent-text ring-2 ring-accent')}>
          <Spinner size="sm" />
        </span>
      )
    case 'failed':
      return <span className={cn(common, 'bg-danger text-white dark:text-canvas')}>!</span>
    default:
      return (
        <span className={cn(common, 'border border-line-strong bg-surface text-muted')}>
          {index + 1}
        </span>
      )
  }
}

/** Ordered steps of a multi-transaction flow, each pending, active, done or failed. */
export function Stepper({ steps, label, className }: StepperProps) {
  return (
    <ol aria-label={label} className={cn('space-y-0', className)}>
      {steps.map((step, index) => {
        const last = index === steps.length - 1
        return (
          <li
            key={step.id}
            aria-current={step.status === 'active' ? 'step' : undefined}
            data-status={step.status}
            className="relative flex gap-3 pb-5 last:pb-0"
          >
            {!last && (
              <span
                aria-hidden="true"
                className={cn(
                  'absolute top-7 bottom-0 left-3.5 w-px -translate-x-1/2',
                  step.status === 'done' ? 'bg-success' : 'bg-line-strong',
                )}
              />
            )}
            <Marker status={step.status} index={index} />
            <div className="min-w-0 flex-1 pt-0.5">
              <p
                className={cn(
                  'text-sm font-medium',
                  step.status === 'pending' ? 'text-muted' : 'text-ink',
                  step.status === 'failed' && 'text-danger',
                )}
              >
                {step.label}
                <span className="sr-only"> — {statusText[step.status]}</span>
              </p>
              {step.description && <p className="mt-0.5 text-sm text-muted">{step.description}</p>}
              {step.link && (
                <a
                  href={step.link.href}
                  target="_blank"
                  rel="noreferrer noopener"
                  className="mt-1 inline-flex items-center gap-1 text-sm font-medium text-accent-text hover:underline"
                >
                  {step.link.label}
                  <ExternalLinkIcon className="size-3.5" />
                  <span className="sr-only">(opens in a new tab)</span>
                </a>
              )}
              {step.extra && <div className="mt-1">{step.extra}</div>}
            </div>
          </li>
        )
      })}
    </ol>
  )
}
