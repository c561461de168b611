import type { DepositQuote } from '../../bridge/actions/getDepositQuote'
import {
  isEthAddress,
  type TokenRef,
  tokenDecimals,
  tokenKey,
  tokenSymbol,
} from '../../bridge/tokens'

/** Typical L1 gas of an ERC-20 `approve` (shown as an estimate next to the deposit's). */
export const APPROVAL_GAS_TYPICAL = 50_000n

/** An amount of a token, with what it takes to show it. `key`: `eth` or the L1 address. */
export type TokenAmount = { key: string; symbol: string; decimals: number; amount: bigint }

export type GetDepositSummaryParameters = {
  token: TokenRef
  amount: bigint
  quote: Pick<DepositQuote, 'route' | 'baseToken' | 'baseCost' | 'l1Fee' | 'maxFeePerGas'>
  /** The L2's base token as it is shown (the L2 chain's native currency). */
  baseToken: { symbol: string; decimals: number }
  /** How many approvals the plan sends before the deposit. */
  approvals: number
}

export type DepositSummary = {
  /** What the user deposits (leaves L1, arrives on L2). */
  send: TokenAmount
  /** What the recipient gets on L2 (unused L2 gas is refunded on top, in the base token). */
  receive: TokenAmount
  /** L1 gas of the deposit transaction, estimated, in ETH. */
  l1DepositFee: TokenAmount
  /** L1 gas of the approvals, estimated, in ETH (0 without approvals). */
  l1ApprovalFee: TokenAmount
  /** The L2 base cost, paid on L1 in the base token. */
  baseCost: TokenAmount
  /** Everything leaving the wallet on L1, per token, the deposited token first. */
  totals: TokenAmount[]
}

const ETH = { key: 'eth', symbol: 'ETH', decimals: 18 } as const

/**
 * The review screen's numbers: what is sent, each fee on its own line (L1 gas ≈ in ETH, the L2
 * base cost in the base token), the total leaving L1 per token, and what arrives on L2.
 */
export function getDepositSummary({
  token,
  amount,
  quote,
  baseToken,
  approvals,
}: GetDepositSummaryParameters): DepositSummary {
  const sendToken = {
    key: tokenKey(token),
    symbol: tokenSymbol(token),
    decimals: tokenDecimals(token),
  }
  const baseKey = isEthAddress(quote.baseToken) ? 'eth' : quote.baseToken.toLowerCase()
  const base = baseKey === 'eth' ? ETH : { key: baseKey, ...baseToken }
  const send = { ...sendToken, amount }
  const l1DepositFee = { ...ETH, amount: quote.l1Fee }
  const l1ApprovalFee = {
    ...ETH,
    amount: BigInt(approvals) * APPROVAL_GAS_TYPICAL * quote.maxFeePerGas,
  }
  const baseCost = { ...base, amount: quote.baseCost }

  const totals: TokenAmount[] = []
  for (const part of [send, baseCost, l1DepositFee, l1ApprovalFee]) {
    const existing = totals.find((t) => t.key === part.key)
    if (existing) existing.amount += part.amount
    else totals.push({ ...part })
  }
  return {
    send,
    receive: { ...send },
    l1DepositFee,
    l1ApprovalFee,
    baseCost,
    totals: totals.filter((t) => t.amount > 0n || t.key === send.key),
  }
}

export type FundsShortfall = TokenAmount & {
  /** What the wallet holds of this token on L1. */
  available: bigint
}

/**
 * Tokens whose L1 balance does not cover their total (amount and fees). The deposited token is
 * skipped when `skipKey` names it: the amount field already says when it is too much.
 */
export function getFundsShortfalls({
  totals,
  balances,
  skipKey,
}: {
  totals: readonly TokenAmount[]
  /** L1 balances by token key; a missing one (still loading) is not judged. */
  balances: Readonly<Record<string, bigint | undefined>>
  skipKey?: string
}): FundsShortfall[] {
  return totals.flatMap((total) => {
    const available = balances[total.key]
    if (total.key === skipKey || available === undefined || available >= total.amount) return []
    return [{ ...total, available }]
  })
}
