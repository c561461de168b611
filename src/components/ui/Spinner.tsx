import { cn } from './cn'

export type SpinnerProps = {
  size?: 'sm' | 'md' | 'lg'
  /** Announced to screen readers; omit when the surrounding text already says it. */
  label?: string
  className?: string
}

const sizes = { sm: 'size-4', md: 'size-5', lg: 'size-8' } as const

/** An indeterminate progress ring. */
export function Spinner({ size = 'md', label, className }: SpinnerProps) {
  const ring = (
    <svg
      className={cn(sizes[size], 'animate-spin')}
      viewBox="0 0 24 24"
      fill="none"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="9.5" stroke="currentColor" strokeOpacity="0.2" strokeWidth="3" />
      <path
        d="M21.5 12a9.5 9.5 0 0 0-9.5-9.5"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
      />
    </svg>
  )
  if (!label) return <span className={cn('inline-flex shrink-0', className)}>{ring}</span>
  return (
    <span role="status" className={cn('inline-flex shrink-0', className)}>
      {ring}
      <span className="sr-only">{label}</span>
    </span>
  )
}
