import type { Config } from '@wagmi/core'
import { type DepositStatusInfo, getDepositStatus } from '../actions/getDepositStatus'
import { getBridgeClients } from '../clients'
import { depositTrigger } from '../model/progress'
import type { DepositTransfer } from '../model/transfer'
import type { ChainPair } from '../pair'
import { bridgeKeys } from './keys'
import type { QueryParameter } from './parameters'
import { safetyInterval } from './pollInterval'

export type GetDepositStatusQueryParameters = {
  pair: ChainPair
  /** The deposit (saved or found on chain); `persistTransferStatuses` writes its status back. */
  transfer: DepositTransfer
} & QueryParameter<DepositStatusInfo>

/** A deposit's progress, keyed by its L1 hash; re-read as the chains move (followChainProgress). */
export function getDepositStatusQueryOptions(
  config: Config,
  parameters: GetDepositStatusQueryParameters,
) {
  const { pair, transfer, query } = parameters
  return {
    staleTime: 0,
    // re-read when the chain does what it waits for (followChainProgress); this is the safety net
    refetchInterval: (q: { state: { data?: DepositStatusInfo | undefined } }) => {
      const data = q.state.data
      return data && depositTrigger(data) === undefined ? false : safetyInterval(pair)
    },
    ...query,
    meta: { transfer },
    queryKey: bridgeKeys.depositStatus({
      l1ChainId: pair.l1.id,
      l2ChainId: pair.l2.id,
      l1Hash: transfer.l1Hash,
    }),
    queryFn: (): Promise<DepositStatusInfo> =>
      getDepositStatus({
        ...getBridgeClients(config, pair),
        l1Hash: transfer.l1Hash,
        ...(transfer.l2Hash ? { l2Hash: transfer.l2Hash } : {}),
      }),
  }
}
