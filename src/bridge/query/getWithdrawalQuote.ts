import { keepPreviousData, type QueryFunctionContext } from '@tanstack/query-core'
import type { Config } from '@wagmi/core'
import type { Address } from 'viem'
import { getWithdrawalQuote, type WithdrawalQuote } from '../actions/getWithdrawalQuote'
import { getBridgeClients } from '../clients'
import type { ChainPair } from '../pair'
import { type TokenRef, tokenKey } from '../tokens'
import { getBaseTokenQueryOptions } from './getBaseToken'
import { bridgeKeys } from './keys'
import { isEnabled, type QueryParameter } from './parameters'

export type GetWithdrawalQuoteQueryParameters = {
  pair: ChainPair
  account?: Address | undefined
  token: TokenRef
  amount?: bigint | undefined
  to?: Address | undefined
} & QueryParameter<WithdrawalQuote>

/**
 * The L2 fee of a withdrawal and the L2 token it burns. The previous fee stays while a new
 * amount is estimated (`isPlaceholderData`).
 */
export function getWithdrawalQuoteQueryOptions(
  config: Config,
  parameters: GetWithdrawalQuoteQueryParameters,
) {
  const { pair, account, token, amount, to, query } = parameters
  return {
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
    ...query,
    enabled: isEnabled(Boolean(account) && amount !== undefined, query),
    queryKey: bridgeKeys.withdrawalQuote({
      l2ChainId: pair.l2.id,
      account,
      token: tokenKey(token),
      amount,
      to,
    }),
    queryFn: async ({ client }: QueryFunctionContext): Promise<WithdrawalQuote> => {
      if (!account || amount === undefined) throw new Error('getWithdrawalQuote: missing input')
      return getWithdrawalQuote({
        l2: getBridgeClients(config, pair).l2,
        token,
        baseTokenL1: await client.fetchQuery(getBaseTokenQueryOptions(config, { pair })),
        l1ChainId: pair.l1.id,
        amount,
        from: account,
        to: to ?? account,
      })
    },
  }
}
