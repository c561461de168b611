import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react'
import { cn } from './cn'
import { Spinner } from './Spinner'

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger'
export type ButtonSize = 'sm' | 'md' | 'lg'

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant
  size?: ButtonSize
  /** Shows a spinner, disables the button and marks it busy; the label stays for context. */
  loading?: boolean
  /** Label while loading (default: the children). */
  loadingText?: ReactNode
  fullWidth?: boolean
  /** Icon before the label. */
  icon?: ReactNode
  ref?: Ref<HTMLButtonElement>
}

const base =
  'inline-flex select-none items-center justify-center gap-2 rounded-xl font-medium whitespace-nowrap transition-colors duration-150 disabled:cursor-not-allowed disabled:opacity-55'

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-accent text-accent-ink shadow-sm hover:bg-accent-hover disabled:hover:bg-accent',
  secondary:
    'border border-line-strong bg-surface text-ink hover:bg-subtle disabled:hover:bg-surface',
  ghost: 'text-ink hover:bg-subtle disabled:hover:bg-transparent',
  danger: 'bg-danger text-white hover:opacity-90 dark:text-canvas',
}

const sizes: Record<ButtonSize, string> = {
  sm: 'h-8 px-3 text-sm',
  md: 'h-10 px-4 text-sm',
  lg: 'h-12 px-5 text-base',
}

/** The one button. `type` defaults to "button" so it never submits a form by accident. */
export function Button({
  variant = 'primary',
  size = 'md',
  loading = false,
  loadingText,
  fullWidth = false,
  icon,
  className,
  children,
  disabled,
  type = 'button',
  ref,
  ...rest
}: ButtonProps) {
  return (
    <button
      ref={ref}
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={cn(base, variants[variant], sizes[size], fullWidth && 'w-full', className)}
      {...rest}
    >
      {loading ? <Spinner size="sm" /> : icon}
      {loading && loadingText !== undefined ? loadingText : children}
    </button>
  )
}
