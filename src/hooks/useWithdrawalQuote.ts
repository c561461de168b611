import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { Address } from 'viem'
import { useConfig } from 'wagmi'
import { withdrawalQuoteQueryOptions } from '../bridge/query/withdrawalQueryOptions'
import type { TokenRef } from '../bridge/tokens'
import type { ChainPair } from '../config/chains'

/** The L2 fee of a withdrawal and the L2 token it burns. */
export function useWithdrawalQuote(parameters: {
  pair: ChainPair
  account?: Address
  token: TokenRef
  amount?: bigint
  to?: Address
}) {
  const config = useConfig()
  // the previous fee stays while a new amount is estimated (`isPlaceholderData`)
  return useQuery({
    placeholderData: keepPreviousData,
    ...withdrawalQuoteQueryOptions(config, {
      pair: parameters.pair,
      account: parameters.account,
      token: parameters.token,
      amount: parameters.amount,
      to: parameters.to,
    }),
  })
}
