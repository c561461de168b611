import type { ReactNode } from 'react'
import { cn } from './cn'
import { ErrorIcon, InfoIcon, SuccessIcon, WarningIcon } from './icons'

export type AlertTone = 'info' | 'warn' | 'error' | 'success'

export type AlertProps = {
  tone?: AlertTone
  title?: ReactNode
  children?: ReactNode
  /** Buttons or links under the text. */
  action?: ReactNode
  className?: string
  'data-testid'?: string
}

const tones: Record<AlertTone, { box: string; icon: string; Icon: typeof InfoIcon }> = {
  info: { box: 'border-info/25 bg-info-soft', icon: 'text-info', Icon: InfoIcon },
  warn: { box: 'border-warn/30 bg-warn-soft', icon: 'text-warn', Icon: WarningIcon },
  error: { box: 'border-danger/30 bg-danger-soft', icon: 'text-danger', Icon: ErrorIcon },
  success: { box: 'border-success/30 bg-success-soft', icon: 'text-success', Icon: SuccessIcon },
}

/** A boxed message. Errors are announced at once (role=alert), the rest politely. */
export function Alert({
  tone = 'info',
  title,
  children,
  action,
  className,
  'data-testid': testId,
}: AlertProps) {
  const { box, icon, Icon } = tones[tone]
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
      className={cn('flex gap-3 rounded-xl border p-3.5 text-sm text-ink', box, className)}
    >
      <Icon className={cn('mt-0.5 size-4 shrink-0', icon)} />
      <div className="min-w-0 flex-1 space-y-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className="text-ink/85 [overflow-wrap:anywhere]">{children}</div>}
        {action && <div className="flex flex-wrap gap-2 pt-2">{action}</div>}
      </div>
    </div>
  )
}
