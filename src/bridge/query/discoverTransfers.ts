import type { Config } from '@wagmi/core'
import type { Address } from 'viem'
import { discoverTransfers } from '../actions/discoverTransfers'
import { getBridgeClients } from '../clients'
import type { Transfer } from '../model/transfer'
import type { ChainPair } from '../pair'
import { bridgeKeys } from './keys'
import { isEnabled, type QueryParameter } from './parameters'

export type DiscoverTransfersQueryParameters = {
  pair: ChainPair
  account?: Address | undefined
} & QueryParameter<Transfer[]>

/** The account's transfers on a pair found on chain (deposits on L1, withdrawals on L2). */
export function discoverTransfersQueryOptions(
  config: Config,
  parameters: DiscoverTransfersQueryParameters,
) {
  const { pair, account, query } = parameters
  return {
    staleTime: 30_000,
    refetchInterval: 60_000,
    ...query,
    enabled: isEnabled(Boolean(account), query),
    queryKey: bridgeKeys.discoverTransfers({ pairId: pair.id, account }),
    queryFn: (): Promise<Transfer[]> => {
      if (!account) throw new Error('discoverTransfers: no account')
      return discoverTransfers({ ...getBridgeClients(config, pair), pairId: pair.id, account })
    },
  }
}
