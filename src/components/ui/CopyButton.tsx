import { useEffect, useState } from 'react'
import { cn } from './cn'
import { CheckIcon, CopyIcon } from './icons'

export type CopyButtonProps = {
  value: string
  /** Accessible name, e.g. "Copy transaction hash". */
  label?: string
  className?: string
}

type CopyState = 'idle' | 'copied' | 'failed'

/** Copies `value` to the clipboard and says so (visually and to screen readers). */
export function CopyButton({ value, label = 'Copy', className }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 1_500)
    return () => clearTimeout(timer)
  }, [state])
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={() => {
        navigator.clipboard?.writeText(value).then(
          () => setState('copied'),
          () => setState('failed'),
        ) ?? setState('failed')
      }}
      className={cn(
        'inline-flex size-7 items-center justify-center rounded-md text-muted hover:bg-subtle hover:text-ink',
        className,
      )}
    >
      {state === 'copied' ? (
        <CheckIcon className="size-3.5 text-success" />
      ) : (
        <CopyIcon className="size-3.5" />
      )}
      <span className="sr-only" aria-live="polite">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : ''}
      </span>
    </button>
  )
}
