import { type GasLimitParseResult, parseGasLimitInput } from '../../lib/parseGasLimitInput'

export type RequiredGasLimit = { ok: true; value: bigint } | { ok: false; message: string }

/** The typed L2 gas limit of the calculator: required, whole, above 0, at most 72,000,000. */
export function parseRequiredGasLimit(text: string): RequiredGasLimit {
  const parsed: GasLimitParseResult = parseGasLimitInput(text)
  if (!parsed.ok) return { ok: false, message: parsed.message }
  if (parsed.value === undefined) return { ok: false, message: 'Enter an L2 gas limit' }
  return { ok: true, value: parsed.value }
}

/** The inputs a base cost was computed for. `gasPrice` undefined: the live L1 price. */
export type BaseCostRequest = { gasPrice: bigint | undefined; l2GasLimit: bigint }

/**
 * Whether a computed base cost answers exactly these inputs (same L2 gas limit and, unless the
 * price is live, the same L1 gas price): a figure for other inputs is never shown as this one.
 */
export function isResultFor(
  result: { gasPrice: bigint; l2GasLimit: bigint },
  request: BaseCostRequest,
): boolean {
  return (
    result.l2GasLimit === request.l2GasLimit &&
    (request.gasPrice === undefined || result.gasPrice === request.gasPrice)
  )
}
