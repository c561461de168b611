import type { UserError } from '../bridge/errors/toUserError'
import { Alert } from './ui/Alert'
import { Button } from './ui/Button'

export type UserErrorAlertProps = {
  error: UserError
  onRetry?: () => void
  retryLabel?: string
  className?: string
}

/**
 * A failure already mapped by `toUserError` (plain data kept in a reducer): a rejection is a
 * warning (nothing went wrong), anything else an error with its technical detail folded away.
 */
export function UserErrorAlert({
  error,
  onRetry,
  retryLabel = 'Try again',
  className,
}: UserErrorAlertProps) {
  const rejected = error.kind === 'user-rejected'
  return (
    <Alert
      tone={rejected ? 'warn' : 'error'}
      title={error.title}
      className={className}
      action={
        onRetry && (
          <Button size="sm" variant="secondary" onClick={onRetry}>
            {retryLabel}
          </Button>
        )
      }
    >
      <p data-testid="error-message">{error.message}</p>
      {!rejected && error.detail && (
        <details className="mt-2 text-xs text-muted">
          <summary className="cursor-pointer select-none">Technical details</summary>
          <pre className="mt-1 max-h-40 overflow-auto font-mono whitespace-pre-wrap [overflow-wrap:anywhere]">
            {error.detail}
          </pre>
        </details>
      )}
    </Alert>
  )
}
