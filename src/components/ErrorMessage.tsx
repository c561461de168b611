import { BaseError, UserRejectedRequestError } from 'viem'
import { Alert } from './ui/Alert'
import { Button } from './ui/Button'

export type ErrorMessageProps = {
  error: unknown
  /** The user-facing sentence (e.g. from the bridge's `toUserMessage`); default: derived. */
  message?: string
  title?: string
  onRetry?: () => void
  retryLabel?: string
  className?: string
}

/** True when the wallet reported that the user declined (EIP-1193 code 4001). */
export function isUserRejection(error: unknown): boolean {
  if (error instanceof BaseError)
    return error.walk((e) => e instanceof UserRejectedRequestError) !== null
  return (error as { code?: unknown } | null)?.code === UserRejectedRequestError.code
}

/** A short, plain sentence for an unknown error: viem's short message, else the message. */
export function describeError(error: unknown): string {
  if (isUserRejection(error)) return 'You declined the request in your wallet.'
  if (error instanceof BaseError) return error.shortMessage
  if (error instanceof Error) return error.message
  return String(error)
}

/** An error as an alert: a plain sentence, the technical details folded away, and Retry. */
export function ErrorMessage({
  error,
  message,
  title = 'Something went wrong',
  onRetry,
  retryLabel = 'Try again',
  className,
}: ErrorMessageProps) {
  const rejected = isUserRejection(error)
  const details =
    error instanceof BaseError
      ? error.details || error.message
      : error instanceof Error
        ? error.stack
        : undefined
  return (
    <Alert
      tone={rejected ? 'warn' : 'error'}
      title={rejected ? 'Request declined' : title}
      className={className}
      action={
        onRetry && (
          <Button size="sm" variant="secondary" onClick={onRetry}>
            {retryLabel}
          </Button>
        )
      }
    >
      <p>{message ?? describeError(error)}</p>
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
