import { keepPreviousData } from '@tanstack/query-core'
import type { Config } from '@wagmi/core'
import type { Address } from 'viem'
import { type DepositQuote, getDepositQuote } from '../actions/getDepositQuote'
import { getBridgeClients } from '../clients'
import type { ChainPair } from '../pair'
import { bridgeKeys } from './keys'
import { isEnabled, type QueryParameter } from './parameters'

export type GetDepositQuoteQueryParameters = {
  pair: ChainPair
  account?: Address | undefined
  /** L1 address; `0x0…0` for ETH. */
  token: Address
  amount?: bigint | undefined
  to?: Address | undefined
  l2GasLimit?: bigint | undefined
} & QueryParameter<DepositQuote>

/**
 * Fees and requirements of a deposit (L2 gas, base cost, mint value, allowances, L1 fee),
 * refreshed with gas prices. While a new amount is quoted the previous quote stays
 * (`isPlaceholderData`), so fees do not flicker.
 */
export function getDepositQuoteQueryOptions(
  config: Config,
  parameters: GetDepositQuoteQueryParameters,
) {
  const { pair, account, token, amount, to, l2GasLimit, query } = parameters
  return {
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
    staleTime: 10_000,
    ...query,
    enabled: isEnabled(Boolean(account) && amount !== undefined, query),
    queryKey: bridgeKeys.depositQuote({
      l1ChainId: pair.l1.id,
      l2ChainId: pair.l2.id,
      account,
      token,
      amount,
      to,
      l2GasLimit,
    }),
    queryFn: (): Promise<DepositQuote> => {
      if (!account || amount === undefined) throw new Error('getDepositQuote: missing input')
      return getDepositQuote({
        ...getBridgeClients(config, pair),
        token,
        amount,
        from: account,
        ...(to ? { to } : {}),
        ...(l2GasLimit ? { l2GasLimit } : {}),
      })
    },
  }
}
