import type { DepositQuote } from '../../bridge/actions/getDepositQuote'
import type { TokenRef } from '../../bridge/tokens'
import { maxSpendable } from '../../lib/amount'

export type GetDepositLimitsParameters = {
  token: TokenRef
  /** The account's L1 balance of `token`. */
  balance: bigint
  /** The current quote; needed whenever fees are paid in the same token. */
  quote?: Pick<DepositQuote, 'route' | 'baseCost' | 'l1Fee' | 'l1FeeReserve'>
}

export type DepositLimits = {
  /** What Max fills in: the balance minus a safe reserve for the fees paid in this token. */
  max: bigint
  /** The most an amount may be without failing for fees (the typical L1 fee, not the reserve). */
  spendable: bigint
  /** Whether fees are paid in this token (so `max` is less than the balance). */
  paysFees: boolean
}

/**
 * How much of a token the user can deposit, when fees come out of the same token:
 * - ETH to an ETH chain: the L2 base cost and the L1 gas are paid in ETH too;
 * - ETH to a custom-base-token chain: the L1 gas is paid in ETH;
 * - the base token of a custom-base-token chain: the L2 base cost is paid in it;
 * - any other ERC-20: nothing is taken from it.
 * Max keeps `l1FeeReserve` aside (the SDKs' gas reserve), validation only the typical `l1Fee`,
 * so that a Max amount does not turn invalid when the quote is refreshed. Never negative.
 * `undefined` while a needed quote is missing (the route decides whether the token pays fees).
 */
export function getDepositLimits({
  token,
  balance,
  quote,
}: GetDepositLimitsParameters): DepositLimits | undefined {
  if (!quote) return undefined
  const route = quote.route
  let reserve = 0n
  let fee = 0n
  if (token.kind === 'eth') {
    const baseCost = route === 'base-token' ? quote.baseCost : 0n
    reserve = baseCost + quote.l1FeeReserve
    fee = baseCost + quote.l1Fee
  } else if (route === 'base-token') {
    reserve = quote.baseCost
    fee = quote.baseCost
  }
  return {
    max: maxSpendable({ balance, reserve }),
    spendable: maxSpendable({ balance, reserve: fee }),
    paysFees: reserve > 0n,
  }
}
