import type { Address } from 'viem'
import type { Config } from 'wagmi'
import type { ChainPair } from '../../config/chains'
import { type DepositQuote, getDepositQuote } from '../actions/getDepositQuote'
import { l2ClientOf, publicClientOf } from './clients'
import { bridgeKeys } from './keys'

export type DepositQuoteQueryParameters = {
  pair: ChainPair
  account: Address | undefined
  token: Address
  amount: bigint | undefined
  to: Address | undefined
  l2GasLimit: bigint | undefined
}

/** The deposit quote: gas estimate, base cost, values, allowances. Refreshed with gas prices. */
export function depositQuoteQueryOptions(config: Config, p: DepositQuoteQueryParameters) {
  return {
    queryKey: bridgeKeys.depositQuote({
      l1ChainId: p.pair.l1.id,
      l2ChainId: p.pair.l2.id,
      account: p.account,
      token: p.token,
      amount: p.amount,
      to: p.to,
      l2GasLimit: p.l2GasLimit,
    }),
    queryFn: (): Promise<DepositQuote> => {
      if (!p.account || p.amount === undefined) throw new Error('depositQuote: missing input')
      return getDepositQuote({
        l1: publicClientOf(config, p.pair.l1.id),
        l2: l2ClientOf(config, p.pair.l2.id),
        token: p.token,
        amount: p.amount,
        from: p.account,
        ...(p.to ? { to: p.to } : {}),
        ...(p.l2GasLimit ? { l2GasLimit: p.l2GasLimit } : {}),
      })
    },
    enabled: Boolean(p.account) && p.amount !== undefined,
    refetchInterval: 15_000,
    staleTime: 10_000,
  }
}
