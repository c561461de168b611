import type { InputHTMLAttributes, Ref, TextareaHTMLAttributes } from 'react'
import { cn } from './cn'

export type TextInputProps = InputHTMLAttributes<HTMLInputElement> & {
  /** Monospace (addresses, hashes, numbers of gas). Default true. */
  mono?: boolean
  ref?: Ref<HTMLInputElement>
}

/** The text field of the kit: spread a Field's control props on it; red when aria-invalid. */
export function TextInput({ mono = true, className, ...props }: TextInputProps) {
  return (
    <input
      type="text"
      autoComplete="off"
      spellCheck={false}
      {...props}
      className={cn(
        'h-11 w-full rounded-xl border border-line-strong bg-surface px-3.5 text-sm text-ink outline-none',
        'placeholder:text-muted/60 focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/25 aria-invalid:border-danger',
        mono && 'font-mono',
        className,
      )}
    />
  )
}

/** The multi-line counterpart of `TextInput` (ABIs, calldata). */
export function TextArea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <textarea
      spellCheck={false}
      {...props}
      className={cn(
        'w-full rounded-xl border border-line-strong bg-surface px-3.5 py-2.5 font-mono text-sm text-ink outline-none',
        'placeholder:text-muted/60 focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/25 aria-invalid:border-danger',
        className,
      )}
    />
  )
}
