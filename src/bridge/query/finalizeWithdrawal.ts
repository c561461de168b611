import type { Config } from '@wagmi/core'
import type { Hash } from 'viem'
import type { StorageLike } from '../../lib/storage'
import { finalizeWithdrawal } from '../actions/finalizeWithdrawal'
import { getBridgeClients, getL1WalletClient } from '../clients'
import type { WithdrawalTransfer } from '../model/transfer'
import type { ChainPair } from '../pair'
import { saveTransfer } from '../transfers/store'
import type { MutationParameter } from './parameters'
import { writeMutationOptions } from './writeMutationOptions'

export type FinalizeWithdrawalVariables = {
  pair: ChainPair
  l2Hash: Hash
  /** The saved record, when this browser has one: its finalization is written back. */
  transfer?: WithdrawalTransfer
}

export type FinalizeWithdrawalMutationParameters = { storage: StorageLike } & MutationParameter<
  Hash,
  FinalizeWithdrawalVariables
>

/**
 * Finalizes on L1 (never twice); resolves to the L1 hash once mined. An already finalized
 * withdrawal rejects with `WithdrawalAlreadyFinalizedError` (show it as done, not as a failure).
 */
export function finalizeWithdrawalMutationOptions(
  config: Config,
  parameters: FinalizeWithdrawalMutationParameters,
) {
  const { storage, mutation } = parameters
  return writeMutationOptions({
    operation: 'finalizeWithdrawal',
    layer: 'l1',
    send: async (v: FinalizeWithdrawalVariables) =>
      finalizeWithdrawal({
        l1: await getL1WalletClient(config, v.pair),
        l2: getBridgeClients(config, v.pair).l2,
        l2Hash: v.l2Hash,
      }),
    save: (hash, v) => {
      if (v.transfer)
        saveTransfer(storage, { ...v.transfer, l1Hash: hash, lastStatus: 'finalized' })
    },
    mutation,
  })
}
