import type { Config } from '@wagmi/core'
import type { Address, Hash } from 'viem'
import type { StorageLike } from '../../lib/storage'
import { deposit } from '../actions/deposit'
import type { DepositQuote } from '../actions/getDepositQuote'
import { getBridgeClients, getL1WalletClient } from '../clients'
import type { ChainPair } from '../pair'
import type { TokenRef } from '../tokens'
import { saveTransfer } from '../transfers/store'
import type { MutationParameter } from './parameters'
import { writeMutationOptions } from './writeMutationOptions'

export type DepositVariables = {
  pair: ChainPair
  account: Address
  token: TokenRef
  quote: DepositQuote
  amount: bigint
  to: Address
  refundRecipient?: Address
}

export type DepositMutationParameters = { storage: StorageLike } & MutationParameter<
  Hash,
  DepositVariables
>

/**
 * Sends the deposit and saves the transfer the moment its hash exists, before anything can
 * interrupt (a reload, a closed tab); resolves to the L1 hash. Progress is a query keyed by it.
 */
export function depositMutationOptions(config: Config, parameters: DepositMutationParameters) {
  const { storage, mutation } = parameters
  return writeMutationOptions({
    operation: 'deposit',
    layer: 'l1',
    send: async (v: DepositVariables) =>
      deposit({
        l1: await getL1WalletClient(config, v.pair),
        l2: getBridgeClients(config, v.pair).l2,
        quote: v.quote,
        amount: v.amount,
        to: v.to,
        ...(v.refundRecipient ? { refundRecipient: v.refundRecipient } : {}),
      }),
    save: (hash, v) =>
      saveTransfer(storage, {
        version: 1,
        kind: 'deposit',
        route: v.quote.route,
        pairId: v.pair.id,
        account: v.account,
        l1ChainId: v.pair.l1.id,
        l2ChainId: v.pair.l2.id,
        token: v.token,
        amount: v.amount.toString(),
        recipient: v.to,
        createdAt: Date.now(),
        l1Hash: hash,
        lastStatus: 'l1-pending',
      }),
    mutation,
  })
}
