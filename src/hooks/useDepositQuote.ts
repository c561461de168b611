import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { Address } from 'viem'
import { useConfig } from 'wagmi'
import { depositQuoteQueryOptions } from '../bridge/query/depositQuoteQueryOptions'
import type { ChainPair } from '../config/chains'

export type UseDepositQuoteParameters = {
  pair: ChainPair
  account?: Address
  /** L1 address; `0x0…0` for ETH. */
  token: Address
  amount?: bigint
  to?: Address
  l2GasLimit?: bigint
}

/**
 * Fees and requirements of a deposit (L2 gas, base cost, mint value, allowances, L1 fee). While
 * a new amount is quoted the previous quote stays (`isPlaceholderData`), so fees do not flicker.
 */
export function useDepositQuote(parameters: UseDepositQuoteParameters) {
  const config = useConfig()
  return useQuery({
    placeholderData: keepPreviousData,
    ...depositQuoteQueryOptions(config, {
      pair: parameters.pair,
      account: parameters.account,
      token: parameters.token,
      amount: parameters.amount,
      to: parameters.to,
      l2GasLimit: parameters.l2GasLimit,
    }),
  })
}
