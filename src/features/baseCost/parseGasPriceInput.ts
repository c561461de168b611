import { parseAmountInput } from '../../lib/amount'

export type GasPriceParseResult =
  | { ok: true; value: bigint | undefined }
  | { ok: false; message: string }

/** Gas prices above this (10,000 gwei) are a typo, not a price. */
export const MAX_GAS_PRICE_GWEI = 10_000n

/**
 * The L1 gas price typed in gwei (up to 9 decimals: wei precision). Empty = the live price
 * (`undefined`). Zero, negative, non-numbers and absurd prices get a specific message.
 */
export function parseGasPriceInput(text: string): GasPriceParseResult {
  if (text.trim() === '') return { ok: true, value: undefined }
  const parsed = parseAmountInput(text, {
    decimals: 9,
    symbol: 'A gas price in gwei',
    max: MAX_GAS_PRICE_GWEI * 10n ** 9n,
  })
  if (parsed.ok) return parsed
  if (parsed.reason === 'negative') return { ok: false, message: 'A gas price cannot be negative' }
  if (parsed.reason === 'zero') return { ok: false, message: 'Enter a gas price above 0 gwei' }
  if (parsed.reason === 'exceeds-balance')
    return { ok: false, message: `At most ${MAX_GAS_PRICE_GWEI.toLocaleString('en-US')} gwei` }
  if (parsed.reason === 'too-many-decimals')
    return { ok: false, message: 'At most 9 decimals: 1 gwei is 10⁹ wei' }
  return { ok: false, message: parsed.message }
}
