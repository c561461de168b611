import type { Config } from 'wagmi'
import type { ChainPair } from '../../config/chains'
import type { StorageLike } from '../../lib/storage'
import { type DepositStatusInfo, getDepositStatus } from '../actions/getDepositStatus'
import { isTerminal } from '../model/status'
import type { DepositTransfer } from '../model/transfer'
import { saveTransfer } from '../transfers/store'
import { l2ClientOf, publicClientOf } from './clients'
import { bridgeKeys } from './keys'

export type DepositStatusQueryParameters = {
  pair: ChainPair
  transfer: DepositTransfer
  /** Where transfers are persisted: the status and L2 hash are written back as they become known. */
  storage?: StorageLike
}

/** How often a transfer in flight is re-read: the devnet is instant, real chains are not. */
export function pollInterval(pair: ChainPair): number {
  return pair.devnet ? 1_000 : 6_000
}

/** A deposit's progress, keyed by its L1 hash; polls until the status is terminal. */
export function depositStatusQueryOptions(config: Config, p: DepositStatusQueryParameters) {
  const { pair, transfer, storage } = p
  return {
    queryKey: bridgeKeys.depositStatus({
      l1ChainId: pair.l1.id,
      l2ChainId: pair.l2.id,
      l1Hash: transfer.l1Hash,
    }),
    queryFn: async (): Promise<DepositStatusInfo> => {
      const info = await getDepositStatus({
        l1: publicClientOf(config, pair.l1.id),
        l2: l2ClientOf(config, pair.l2.id),
        l1Hash: transfer.l1Hash,
        ...(transfer.l2Hash ? { l2Hash: transfer.l2Hash } : {}),
      })
      if (storage && (info.status !== transfer.lastStatus || info.l2Hash !== transfer.l2Hash))
        saveTransfer(storage, {
          ...transfer,
          lastStatus: info.status,
          ...(info.l2Hash ? { l2Hash: info.l2Hash } : {}),
        })
      return info
    },
    refetchInterval: (query: { state: { data?: DepositStatusInfo } }) => {
      const status = query.state.data?.status
      return status && isTerminal(status, 'deposit') ? false : pollInterval(pair)
    },
    staleTime: 0,
  }
}
