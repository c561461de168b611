import type { BaseCost } from '../../bridge/actions/getBaseCost'
import { formatAmount } from '../../lib/format'

export type BaseCostPart = { id: string; label: string; value: string; note?: string }

/**
 * How `Bridgehub.l2TransactionBaseCost` is made up, line by line: the L1 gas price and the gas
 * per pubdata byte it was asked with, the L2 gas price the chain derives from them, times the L2
 * gas limit. Amounts in the base token (an ETH chain's per-gas price in gwei).
 */
export function getBaseCostParts(
  cost: Pick<BaseCost, 'gasPrice' | 'gasPerPubdata' | 'l2GasPrice' | 'l2GasLimit'>,
  baseToken: { symbol: string; decimals: number },
  live: boolean,
): BaseCostPart[] {
  const perGas =
    baseToken.symbol === 'ETH' && baseToken.decimals === 18
      ? `${formatAmount(cost.l2GasPrice, 9, { exact: true })} gwei`
      : `${formatAmount(cost.l2GasPrice, baseToken.decimals, { exact: true })} ${baseToken.symbol}`
  return [
    {
      id: 'gas-price',
      label: 'L1 gas price',
      value: `${formatAmount(cost.gasPrice, 9, { exact: true })} gwei`,
      note: live ? 'Live' : 'Typed',
    },
    {
      id: 'pubdata',
      label: 'Gas per pubdata byte',
      value: cost.gasPerPubdata.toLocaleString('en-US'),
      note: 'Fixed for L1→L2',
    },
    { id: 'l2-gas-price', label: 'L2 gas price', value: `${perGas} / gas`, note: 'Derived' },
    { id: 'l2-gas-limit', label: '× L2 gas limit', value: cost.l2GasLimit.toLocaleString('en-US') },
  ]
}
