export type GasLimitParseResult =
  | { ok: true; value: bigint | undefined }
  | { ok: false; reason: 'not-an-integer' | 'zero' | 'too-large'; message: string }

/** No L1→L2 request may ask for more L2 gas than this (the Mailbox's priority tx limit). */
export const MAX_L2_GAS_LIMIT = 72_000_000n

/**
 * The optional "L2 gas limit" of the advanced settings: empty means "use the estimate"
 * (`undefined`); otherwise a whole, positive number of gas units, digits only. Never throws.
 */
export function parseGasLimitInput(text: string): GasLimitParseResult {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: undefined }
  if (!/^\d+$/.test(trimmed))
    return {
      ok: false,
      reason: 'not-an-integer',
      message: 'Enter a whole number of gas units, digits only (e.g. 300000)',
    }
  if (trimmed.length > 12)
    return {
      ok: false,
      reason: 'too-large',
      message: `At most ${MAX_L2_GAS_LIMIT.toLocaleString('en-US')} gas`,
    }
  const value = BigInt(trimmed)
  if (value === 0n)
    return { ok: false, reason: 'zero', message: 'Enter a gas limit greater than 0' }
  if (value > MAX_L2_GAS_LIMIT)
    return {
      ok: false,
      reason: 'too-large',
      message: `At most ${MAX_L2_GAS_LIMIT.toLocaleString('en-US')} gas`,
    }
  return { ok: true, value }
}
