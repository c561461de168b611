import { maxUint256 } from 'viem'
import { formatAmount } from './format'

export type AmountError =
  | 'empty'
  | 'not-a-number'
  | 'negative'
  | 'too-many-decimals'
  | 'zero'
  | 'exceeds-balance'
  | 'too-large'

export type AmountParseResult =
  | { ok: true; value: bigint }
  | { ok: false; reason: AmountError; message: string }

export type ParseAmountOptions = {
  /** The token's decimals (0–255; ETH 18). */
  decimals: number
  /** Shown in messages ("TUSD has 6 decimals…"); defaults to "This token". */
  symbol?: string
  /** Upper bound in smallest units, inclusive (a balance, or `maxSpendable` of it). */
  max?: bigint
  /** What `max` is, for the message: the whole balance (default) or what is left after fees. */
  maxKind?: 'balance' | 'spendable'
  /** Accept 0 (default false: a zero amount is `zero`). */
  allowZero?: boolean
}

const WHITESPACE = /\s/
const PLAIN = /^(\d*)(?:[.,](\d*))?$/
// Three digits after a single comma, e.g. `1,000`: a thousands separator in en-US, a decimal comma
// elsewhere. Guessing wrong changes the amount a thousandfold, so it is refused with an explanation.
const AMBIGUOUS_COMMA = /^0*[1-9]\d{0,2},\d{3}$/
// Sizes beyond uint256 need at most 78 integer digits; checking length first keeps absurd
// inputs (a pasted megabyte of digits) from reaching BigInt.
const MAX_INTEGER_DIGITS = 80

function fail(reason: AmountError, message: string): AmountParseResult {
  return { ok: false, reason, message }
}

function notANumber(text: string): AmountParseResult {
  if (/^[+-]?\d*[.,]?\d+e[+-]?\d+$/i.test(text)) {
    return fail('not-a-number', 'Exponents are not supported: type the full number, e.g. 1000000')
  }
  if (/^0x/i.test(text)) return fail('not-a-number', 'Type the amount in decimal, not hex')
  if (/^\d+(?:[.,' _]\d{3})+(?:[.,]\d*)?$/.test(text) || /^\d+(?:,\d{3})*\.\d*$/.test(text)) {
    return fail(
      'not-a-number',
      'Remove the thousands separators: digits and one decimal point only, e.g. 1000.5',
    )
  }
  return fail('not-a-number', 'Enter a number, e.g. 1.5')
}

/**
 * Parses what a user typed into an amount in the token's smallest unit. Rules:
 * - surrounding whitespace is ignored; inner whitespace is refused (it is a thousands separator);
 * - digits with at most one decimal separator, `.` or `,` (for locales with a decimal comma);
 *   `1.`, `.5`, `007` are fine; `1,000` is refused as ambiguous, `1,000.5` and `1.000.000` as
 *   thousands separators; exponents, hex, `Infinity`, signs other than a leading `-` are refused;
 * - trailing zeros beyond the token's decimals are accepted (`1.500000` for 2 decimals is exact);
 * - checks in order: empty, negative, not-a-number, too-many-decimals, too-large (> uint256),
 *   zero, exceeds-balance.
 * Never throws.
 */
export function parseAmountInput(text: string, options: ParseAmountOptions): AmountParseResult {
  const { decimals, allowZero = false, max } = options
  const symbol = options.symbol ?? 'This token'
  const trimmed = text.trim()
  if (trimmed === '') return fail('empty', 'Enter an amount')

  const unsigned = trimmed.replace(/^[-\u2212]/, '')
  if (unsigned !== trimmed && unsigned.trim() !== '') {
    const rest = parseAmountInput(unsigned, { decimals, allowZero: true })
    return rest.ok || rest.reason === 'too-many-decimals' || rest.reason === 'too-large'
      ? fail('negative', 'Enter a positive amount')
      : rest
  }
  if (WHITESPACE.test(trimmed)) {
    return fail('not-a-number', 'Remove the spaces: digits and one decimal point only, e.g. 1000.5')
  }
  if (AMBIGUOUS_COMMA.test(trimmed)) {
    return fail(
      'not-a-number',
      `"${trimmed}" is ambiguous: use a point for decimals (e.g. ${trimmed.replace(',', '.')}) and no thousands separators (e.g. ${trimmed.replace(',', '')})`,
    )
  }
  const match = PLAIN.exec(trimmed)
  const integerDigits = match?.[1] ?? ''
  const fractionRaw = match?.[2] ?? ''
  if (!match || (integerDigits === '' && fractionRaw === '')) return notANumber(trimmed)

  const fraction = fractionRaw.replace(/0+$/, '')
  if (fraction.length > decimals) {
    return fail(
      'too-many-decimals',
      decimals === 0
        ? `${symbol} has no decimals: enter a whole number`
        : `${symbol} has ${decimals} decimals: use at most ${decimals} digits after the point`,
    )
  }
  const integer = integerDigits.replace(/^0+/, '')
  if (integer.length > MAX_INTEGER_DIGITS) return fail('too-large', 'That amount is too large')

  const value = BigInt(`${integer || '0'}${fraction.padEnd(decimals, '0')}`)
  if (value > maxUint256) return fail('too-large', 'That amount is too large')
  if (value === 0n && !allowZero) return fail('zero', 'Enter an amount greater than 0')
  if (max !== undefined && value > max) {
    const limit = `${formatAmount(max < 0n ? 0n : max, decimals, { exact: true })}${options.symbol ? ` ${options.symbol}` : ''}`
    return fail(
      'exceeds-balance',
      options.maxKind === 'spendable'
        ? `More than you can send: ${limit} after keeping enough for fees`
        : `More than your balance of ${limit}`,
    )
  }
  return { ok: true, value }
}

const TYPING = /^\d*\.?\d*$/

/**
 * What an amount field keeps while the user types: whitespace is dropped and a lone decimal comma
 * becomes a point, so the field always shows the number it means. A single invalid keystroke
 * (`previous` plus one character, e.g. a letter or a second point) is ignored by returning
 * `previous`; anything else (a paste) is kept as typed, so that `parseAmountInput` can explain
 * what is wrong rather than silently changing the number.
 */
export function sanitizeAmountTyping(next: string, previous = ''): string {
  const compact = next.replace(/\s+/g, '')
  const separators = compact.match(/[.,]/g) ?? []
  const normalized =
    separators.length === 1 && !AMBIGUOUS_COMMA.test(compact) ? compact.replace(',', '.') : compact
  if (TYPING.test(normalized)) return normalized
  return isSingleInsertion(next, previous) ? previous : next.trim()
}

/** `next` is `previous` with one character typed somewhere (at the cursor). */
function isSingleInsertion(next: string, previous: string): boolean {
  if (next.length !== previous.length + 1) return false
  let i = 0
  while (i < previous.length && next[i] === previous[i]) i++
  return next.slice(i + 1) === previous.slice(i)
}

/** The most the user can send when the same token also pays the fees: never negative. */
export function maxSpendable({
  balance,
  reserve = 0n,
}: {
  balance: bigint
  reserve?: bigint
}): bigint {
  const spendable = balance - (reserve > 0n ? reserve : 0n)
  return spendable > 0n ? spendable : 0n
}
