import type { ReactNode } from 'react'
import { cn } from './cn'

export type CardProps = {
  title?: ReactNode
  description?: ReactNode
  /** Top-right corner (a menu, a link, a badge). */
  action?: ReactNode
  footer?: ReactNode
  children?: ReactNode
  className?: string
  /** Heading level of the title (default 2). */
  headingLevel?: 1 | 2 | 3
  'data-testid'?: string
}

/** A surface with an optional header and footer. */
export function Card({
  title,
  description,
  action,
  footer,
  children,
  className,
  headingLevel = 2,
  'data-testid': testId,
}: CardProps) {
  const Heading = `h${headingLevel}` as const
  return (
    <section
      data-testid={testId}
      className={cn(
        'rounded-2xl border border-line bg-surface shadow-card',
        'p-5 sm:p-6',
        className,
      )}
    >
      {(title || action) && (
        <header className="mb-4 flex items-start justify-between gap-3">
          <div className="min-w-0">
            {title && (
              <Heading className="text-lg font-semibold tracking-tight text-ink">{title}</Heading>
            )}
            {description && <p className="mt-1 text-sm text-muted">{description}</p>}
          </div>
          {action && <div className="shrink-0">{action}</div>}
        </header>
      )}
      {children}
      {footer && <footer className="mt-5 border-t border-line pt-4">{footer}</footer>}
    </section>
  )
}
