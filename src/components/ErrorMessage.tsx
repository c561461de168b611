import { BaseError } from 'viem'
import { toUserError } from '../bridge/errors/toUserError'
import { UserErrorAlert } from './UserErrorAlert'

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
export function ErrorMessage({ error, message, title, ...rest }: ErrorMessageProps) {
  const user = toUserError(error)
  const rejected = user.kind === 'user-rejected'
  const detail =
    error instanceof BaseError
      ? error.details || error.message
      : error instanceof Error
        ? error.stack
        : undefined
  return (
    <UserErrorAlert
      error={{
        ...user,
        title: rejected ? user.title : (title ?? user.title),
        message: message ?? user.message,
        ...(detail ? { detail } : {}),
      }}
      {...rest}
    />
  )
}
