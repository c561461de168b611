import { BaseError } from 'viem'
import { toUserError } from '../bridge/errors'
import { Alert } from './ui/Alert'
import { Button } from './ui/Button'

export type ErrorMessageProps = {
  error: unknown
  /** The user-facing sentence; default: from `toUserError` (the one error mapping). */
  message?: string
  /** Default: from `toUserError`. */
  title?: string
  onRetry?: () => void
  retryLabel?: string
  className?: string
}

/** An error as an alert: a plain sentence, the technical details folded away, and Retry. */
export function ErrorMessage({
  error,
  message,
  title,
  onRetry,
  retryLabel = 'Try again',
  className,
}: ErrorMessageProps) {
  const user = toUserError(error)
  const rejected = user.kind === 'user-rejected'
  const details =
    error instanceof BaseError
      ? error.details || error.message
      : error instanceof Error
        ? error.stack
        : undefined
  return (
    <Alert
      tone={rejected ? 'warn' : 'error'}
      title={rejected ? user.title : (title ?? user.title)}
      className={className}
      action={
        onRetry && (
          <Button size="sm" variant="secondary" onClick={onRetry}>
            {retryLabel}
          </Button>
        )
      }
    >
      <p>{message ?? user.message}</p>
      {!rejected && details && (
        <details className="mt-2 text-xs text-muted">
          <summary className="cursor-pointer select-none">Technical details</summary>
          <pre className="mt-1 max-h-40 overflow-auto font-mono whitespace-pre-wrap [overflow-wrap:anywhere]">
            {details}
          </pre>
        </details>
      )}
    </Alert>
  )
}
