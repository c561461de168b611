import type { RequestExecuteQuote } from '../actions/getRequestExecuteQuote'
import type { DepositFlowStep } from './depositSteps'

/**
 * The L1 transactions of a request execute, in order. On a chain whose base token is an ERC-20
 * the bridge pulls the mint value (base cost + L2 value) in that token: an exact approval comes
 * first unless the current allowance already covers it. Then the request, with its ETH value
 * (the mint value on an ETH chain, 0 otherwise).
 */
export function getRequestExecuteSteps(
  quote: Pick<
    RequestExecuteQuote,
    'baseToken' | 'sharedBridge' | 'mintValue' | 'value' | 'baseTokenAllowance'
  >,
): DepositFlowStep[] {
  const needsApproval =
    quote.baseTokenAllowance !== undefined &&
    quote.mintValue > 0n &&
    quote.baseTokenAllowance < quote.mintValue
  return [
    ...(needsApproval
      ? [
          {
            kind: 'approve' as const,
            token: quote.baseToken,
            spender: quote.sharedBridge,
            amount: quote.mintValue,
            purpose: 'base-token' as const,
          },
        ]
      : []),
    { kind: 'deposit', value: quote.value },
  ]
}
