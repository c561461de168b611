import type { Config } from '@wagmi/core'
import type { Hash } from 'viem'
import type { StorageLike } from '../../lib/storage'
import { claimFailedDeposit } from '../actions/claimFailedDeposit'
import { getBridgeClients, getL1WalletClient } from '../clients'
import type { DepositTransfer } from '../model/transfer'
import type { ChainPair } from '../pair'
import { saveTransfer } from '../transfers/store'
import type { MutationParameter } from './parameters'
import { writeMutationOptions } from './writeMutationOptions'

export type ClaimFailedDepositVariables = {
  pair: ChainPair
  l2Hash: Hash
  /** The saved record, when this browser has one: the claim is written back. */
  transfer?: DepositTransfer
}

export type ClaimFailedDepositMutationParameters = { storage: StorageLike } & MutationParameter<
  Hash,
  ClaimFailedDepositVariables
>

/** Claims a failed deposit back on L1; resolves to the L1 hash once mined. */
export function claimFailedDepositMutationOptions(
  config: Config,
  parameters: ClaimFailedDepositMutationParameters,
) {
  const { storage, mutation } = parameters
  return writeMutationOptions({
    operation: 'claimFailedDeposit',
    layer: 'l1',
    send: async (v: ClaimFailedDepositVariables) =>
      claimFailedDeposit({
        l1: await getL1WalletClient(config, v.pair),
        l2: getBridgeClients(config, v.pair).l2,
        l2Hash: v.l2Hash,
      }),
    save: (hash, v) => {
      if (v.transfer)
        saveTransfer(storage, { ...v.transfer, claimHash: hash, lastStatus: 'claimed' })
    },
    mutation,
  })
}
