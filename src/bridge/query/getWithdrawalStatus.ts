import type { Config } from '@wagmi/core'
import type { Hash } from 'viem'
import { getWithdrawalStatus, type WithdrawalStatusInfo } from '../actions/getWithdrawalStatus'
import { getBridgeClients } from '../clients'
import { withdrawalTrigger } from '../model/progress'
import type { WithdrawalTransfer } from '../model/transfer'
import type { ChainPair } from '../pair'
import { bridgeKeys } from './keys'
import { isEnabled, type QueryParameter } from './parameters'
import { safetyInterval } from './pollInterval'

export type GetWithdrawalStatusQueryParameters = {
  pair: ChainPair
  /** Any withdrawal's L2 hash (none yet: the query waits). */
  l2Hash?: Hash | undefined
  /** The record, when there is one: `persistTransferStatuses` writes its status back. */
  transfer?: WithdrawalTransfer | undefined
} & QueryParameter<WithdrawalStatusInfo>

/**
 * A withdrawal's stage, finalize readiness and ETA, keyed by its L2 hash; re-read as its batch
 * moves on (followChainProgress), never while it waits for the user or is final.
 */
export function getWithdrawalStatusQueryOptions(
  config: Config,
  parameters: GetWithdrawalStatusQueryParameters,
) {
  const { pair, l2Hash, transfer, query } = parameters
  return {
    staleTime: 0,
    // re-read when the chain does what it waits for (followChainProgress); this is the safety net
    refetchInterval: (q: { state: { data?: WithdrawalStatusInfo | undefined } }) => {
      const data = q.state.data
      return data && withdrawalTrigger(data) === undefined ? false : safetyInterval(pair)
    },
    ...query,
    ...(transfer ? { meta: { transfer } } : {}),
    enabled: isEnabled(l2Hash !== undefined, query),
    queryKey: bridgeKeys.withdrawalStatus({
      l1ChainId: pair.l1.id,
      l2ChainId: pair.l2.id,
      l2Hash,
    }),
    queryFn: (): Promise<WithdrawalStatusInfo> => {
      if (!l2Hash) throw new Error('getWithdrawalStatus: no hash')
      return getWithdrawalStatus({ ...getBridgeClients(config, pair), l2Hash })
    },
  }
}
