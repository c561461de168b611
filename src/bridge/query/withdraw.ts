import type { Config } from '@wagmi/core'
import type { Address, Hash } from 'viem'
import type { StorageLike } from '../../lib/storage'
import { withdraw } from '../actions/withdraw'
import { getL2WalletClient } from '../clients'
import type { ChainPair } from '../pair'
import type { TokenRef } from '../tokens'
import { saveTransfer } from '../transfers/store'
import type { MutationParameter } from './parameters'
import { writeMutationOptions } from './writeMutationOptions'

export type WithdrawVariables = {
  pair: ChainPair
  account: Address
  token: TokenRef
  l2Token: Address
  amount: bigint
  to: Address
}

export type WithdrawMutationParameters = { storage: StorageLike } & MutationParameter<
  Hash,
  WithdrawVariables
>

/** Sends the L2 withdrawal and saves the transfer the moment its hash exists; resolves to it. */
export function withdrawMutationOptions(config: Config, parameters: WithdrawMutationParameters) {
  const { storage, mutation } = parameters
  return writeMutationOptions({
    operation: 'withdraw',
    layer: 'l2',
    send: async (v: WithdrawVariables) =>
      withdraw({
        l2: await getL2WalletClient(config, v.pair),
        l2Token: v.l2Token,
        amount: v.amount,
        to: v.to,
      }),
    save: (hash, v) =>
      saveTransfer(storage, {
        version: 1,
        kind: 'withdrawal',
        pairId: v.pair.id,
        account: v.account,
        l1ChainId: v.pair.l1.id,
        l2ChainId: v.pair.l2.id,
        token: v.token,
        amount: v.amount.toString(),
        recipient: v.to,
        createdAt: Date.now(),
        l2Hash: hash,
        lastStatus: 'l2-pending',
      }),
    mutation,
  })
}
