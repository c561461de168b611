import { Link } from 'wouter'

/** The Ferry mark: two waves under a hull, in a rounded square. */
export function LogoMark({ className = 'size-8' }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="9" className="fill-accent" />
      <path d="M8 14.5h16l-2.6 4.2H10.6Z" className="fill-accent-ink" />
      <path
        d="M6.5 22.5c1.6 1.2 3.2 1.2 4.8 0s3.2-1.2 4.7 0 3.2 1.2 4.8 0 3.2-1.2 4.7 0"
        fill="none"
        strokeWidth="1.8"
        strokeLinecap="round"
        className="stroke-accent-ink"
      />
      <path d="M14 14.5V9.5h5l-2 2.5 2 2.5" className="fill-accent-ink" />
    </svg>
  )
}

/** Logo linking home; the word hides on the narrowest screens. */
export function Logo() {
  return (
    <Link
      href="/deposit"
      className="flex shrink-0 items-center gap-2 rounded-lg text-ink"
      aria-label="Ferry — home"
    >
      <LogoMark />
      <span className="hidden text-lg font-semibold tracking-tight min-[420px]:inline">Ferry</span>
    </Link>
  )
}
