import type { RequestExecuteQuote } from '../../bridge/actions/getRequestExecuteQuote'
import { isEthAddress } from '../../bridge/tokens'

/** Typical L1 gas of `requestL2TransactionDirect` without calldata (measured on the devnet). */
export const REQUEST_EXECUTE_L1_GAS_TYPICAL = 155_000n

/** Extra L1 gas per byte of L2 calldata (carried in the L1 transaction and hashed into the request). */
export const REQUEST_EXECUTE_L1_GAS_PER_BYTE = 32n

/** The L1 gas of a request execute carrying `calldataBytes` of L2 calldata (an estimate). */
export function estimateRequestExecuteL1Gas(calldataBytes: number): bigint {
  return REQUEST_EXECUTE_L1_GAS_TYPICAL + REQUEST_EXECUTE_L1_GAS_PER_BYTE * BigInt(calldataBytes)
}

/** Typical L1 gas of an ERC-20 `approve`. */
export const APPROVE_L1_GAS_TYPICAL = 50_000n

/** An amount of a token with what it takes to show it. `key`: `eth` or the L1 token address. */
export type TokenAmount = { key: string; symbol: string; decimals: number; amount: bigint }

export type RequestExecuteSummary = {
  l2GasLimit: bigint
  /** Paid on L1 in the base token; the unused part of the L2 gas is refunded on L2. */
  baseCost: TokenAmount
  /** `msg.value` of the L2 call, in the base token. */
  l2Value: TokenAmount
  /** L1 gas units of the request (and approval), estimated. */
  l1GasUnits: bigint
  /** That gas at the quoted max fee, in ETH. */
  l1Gas: TokenAmount
  /** Everything leaving the wallet on L1, per token: the base token first, then ETH. */
  totals: TokenAmount[]
}

const ETH = { key: 'eth', symbol: 'ETH', decimals: 18 } as const

/**
 * The review's numbers: the L2 gas limit, the base cost on its own line, the L2 value, the L1 gas
 * (estimate at the quoted max fee), and the total per token (one line on an ETH chain; the base
 * token and ETH on a custom-base-token chain).
 */
export function getRequestExecuteSummary(p: {
  quote: Pick<RequestExecuteQuote, 'baseToken' | 'baseCost' | 'l2GasLimit' | 'gasPrice'>
  l2Value: bigint
  /** Size of the L2 calldata (it adds to the L1 gas). */
  calldataBytes: number
  /** The L2's base token as it is shown (the L2 chain's native currency). */
  baseToken: { symbol: string; decimals: number }
  approvals: number
}): RequestExecuteSummary {
  const { quote } = p
  const base = isEthAddress(quote.baseToken)
    ? ETH
    : {
        key: quote.baseToken.toLowerCase(),
        symbol: p.baseToken.symbol,
        decimals: p.baseToken.decimals,
      }
  const baseCost = { ...base, amount: quote.baseCost }
  const l2Value = { ...base, amount: p.l2Value }
  const l1GasUnits =
    estimateRequestExecuteL1Gas(p.calldataBytes) + BigInt(p.approvals) * APPROVE_L1_GAS_TYPICAL
  const l1Gas = { ...ETH, amount: l1GasUnits * quote.gasPrice }
  const totals: TokenAmount[] = []
  for (const part of [baseCost, l2Value, l1Gas]) {
    const same = totals.find((t) => t.key === part.key)
    if (same) same.amount += part.amount
    else totals.push({ ...part })
  }
  return { l2GasLimit: quote.l2GasLimit, baseCost, l2Value, l1GasUnits, l1Gas, totals }
}

export type Shortfall = TokenAmount & { available: bigint }

/** Tokens whose L1 balance does not cover their total; a balance still loading is not judged. */
export function getShortfalls(
  totals: readonly TokenAmount[],
  balances: Readonly<Record<string, bigint | undefined>>,
): Shortfall[] {
  return totals.flatMap((total) => {
    const available = balances[total.key]
    return available === undefined || available >= total.amount ? [] : [{ ...total, available }]
  })
}
