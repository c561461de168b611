import type { Config } from '@wagmi/core'
import type { Hash } from 'viem'
import { getClaimStatus } from '../actions/getClaimStatus'
import { getBridgeClients } from '../clients'
import type { ClaimStatus } from '../model/claim'
import { claimTrigger } from '../model/progress'
import type { ChainPair } from '../pair'
import { bridgeKeys } from './keys'
import { isEnabled, type QueryParameter } from './parameters'
import { safetyInterval } from './pollInterval'

export type GetClaimStatusQueryParameters = {
  pair: ChainPair
  /** The deposit's L1 or L2 hash (none yet: the query waits). */
  hash?: Hash | undefined
} & QueryParameter<ClaimStatus>

/** Whether a deposit can be claimed back on L1, and why not; re-read while it may still change. */
export function getClaimStatusQueryOptions(
  config: Config,
  parameters: GetClaimStatusQueryParameters,
) {
  const { pair, hash, query } = parameters
  return {
    // re-read when the chain does what it waits for (followChainProgress); this is the safety net
    refetchInterval: (q: { state: { data?: ClaimStatus | undefined } }) => {
      const data = q.state.data
      return data && claimTrigger(data) === undefined ? false : safetyInterval(pair)
    },
    ...query,
    enabled: isEnabled(hash !== undefined, query),
    queryKey: bridgeKeys.claimStatus({ l1ChainId: pair.l1.id, l2ChainId: pair.l2.id, hash }),
    queryFn: (): Promise<ClaimStatus> => {
      if (!hash) throw new Error('getClaimStatus: no hash')
      return getClaimStatus({ ...getBridgeClients(config, pair), hash })
    },
  }
}
