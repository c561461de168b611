// Display formatting: token amounts, addresses and hashes, durations and relative times.
// Amounts are bigints in base units and are never passed through a JS number. Display
// precision rounds DOWN (never shows more than there is); `exact` shows every digit.

export type FormatAmountOptions = {
  /** Every significant digit (for review screens and Max). Default false. */
  exact?: boolean
  /** Fraction digits for amounts ≥ 1 (default 4, or 2 from 100,000 up). */
  maxFractionDigits?: number
  /** Significant digits for amounts < 1 (default 4). */
  significantDigits?: number
  /** Smallest fraction digit shown for amounts < 1; below it "< 0.0…01" (default 8). */
  minFractionPlaces?: number
  /** Thousands separator (default ","). */
  grouping?: string
}

/** 1234567 → "1,234,567" (digits only). */
function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator)
}

/**
 * A readable amount: "1,234.5678", "0.0001234", "< 0.00000001", "0".
 * `value` is in base units of a token with `decimals` decimals.
 */
export function formatAmount(
  value: bigint,
  decimals: number,
  options: FormatAmountOptions = {},
): string {
  if (!Number.isInteger(decimals) || decimals < 0) throw new Error(`bad decimals ${decimals}`)
  const separator = options.grouping ?? ','
  const negative = value < 0n
  const abs = negative ? -value : value
  const sign = negative ? '-' : ''
  const base = 10n ** BigInt(decimals)
  const integer = abs / base
  const fraction = (abs % base).toString().padStart(decimals, '0')
  const integerText = group(integer.toString(), separator)

  if (options.exact) {
    const trimmed = fraction.replace(/0+$/, '')
    return `${sign}${integerText}${trimmed ? `.${trimmed}` : ''}`
  }
  if (abs === 0n) return '0'

  if (integer > 0n) {
    const places = options.maxFractionDigits ?? (integer >= 100_000n ? 2 : 4)
    const shown = fraction.slice(0, places).replace(/0+$/, '')
    return `${sign}${integerText}${shown ? `.${shown}` : ''}`
  }

  // Below 1: keep `significantDigits` digits after the leading zeros.
  const significant = options.significantDigits ?? 4
  const maxPlaces = Math.min(options.minFractionPlaces ?? 8, decimals)
  const leadingZeros = fraction.length - fraction.replace(/^0+/, '').length
  if (leadingZeros >= maxPlaces) return `${sign}< 0.${'0'.repeat(Math.max(0, maxPlaces - 1))}1`
  const places = Math.min(leadingZeros + significant, maxPlaces)
  const shown = fraction.slice(0, places).replace(/0+$/, '')
  return `${sign}0.${shown}`
}

/** "1,234.5 ETH". */
export function formatTokenAmount(
  value: bigint,
  token: { decimals: number; symbol: string },
  options?: FormatAmountOptions,
): string {
  return `${formatAmount(value, token.decimals, options)} ${token.symbol}`
}

/** "0xf39F…2266": 0x, the first and last `chars` characters. */
export function shortenAddress(address: string, chars = 4): string {
  if (address.length <= 2 + chars * 2 + 1) return address
  return `${address.slice(0, 2 + chars)}…${address.slice(-chars)}`
}

/** "0x5c50b1…9a3e" for a transaction or batch hash. */
export function shortenHash(hash: string): string {
  if (hash.length <= 14) return hash
  return `${hash.slice(0, 8)}…${hash.slice(-4)}`
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`
}

/**
 * A duration in words, rounded: "less than a minute", "about 5 minutes", "about 3 hours",
 * "about 2 days". `style: 'short'` gives a compact countdown: "45s", "4m 05s", "2h 05m", "3d 4h".
 */
export function formatDuration(seconds: number, style: 'long' | 'short' = 'long'): string {
  const s = Math.max(0, Math.round(seconds))
  if (style === 'short') {
    const days = Math.floor(s / 86_400)
    const hours = Math.floor((s % 86_400) / 3_600)
    const minutes = Math.floor((s % 3_600) / 60)
    const secs = s % 60
    const pad = (n: number) => String(n).padStart(2, '0')
    if (days > 0) return `${days}d ${hours}h`
    if (hours > 0) return `${hours}h ${pad(minutes)}m`
    if (minutes > 0) return `${minutes}m ${pad(secs)}s`
    return `${secs}s`
  }
  if (s < 60) return 'less than a minute'
  if (s < 3_600) return `about ${plural(Math.round(s / 60), 'minute')}`
  if (s < 86_400) {
    const hours = Math.round(s / 3_600)
    return hours >= 24 ? 'about 1 day' : `about ${plural(hours, 'hour')}`
  }
  return `about ${plural(Math.round(s / 86_400), 'day')}`
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })

/** "just now", "5 minutes ago", "in 2 hours", "yesterday"; a date beyond 30 days. */
export function formatRelativeTime(time: Date | number, now: Date | number = Date.now()): string {
  const ms =
    (typeof time === 'number' ? time : time.getTime()) -
    (typeof now === 'number' ? now : now.getTime())
  const abs = Math.abs(ms)
  if (abs < 45_000) return 'just now'
  if (abs < 3_600_000) return relative.format(Math.round(ms / 60_000), 'minute')
  if (abs < 86_400_000) return relative.format(Math.round(ms / 3_600_000), 'hour')
  if (abs < 30 * 86_400_000) return relative.format(Math.round(ms / 86_400_000), 'day')
  return formatDateTime(time)
}

/** "Mar 12, 2026, 4:05 PM". */
export function formatDateTime(time: Date | number): string {
  return dateTime.format(time)
}
