import type { Address, Hash } from 'viem'
import type { Config } from 'wagmi'
import type { ChainPair } from '../../config/chains'
import type { StorageLike } from '../../lib/storage'
import { approve } from '../actions/approve'
import { deposit } from '../actions/deposit'
import type { DepositQuote } from '../actions/getDepositQuote'
import type { TokenRef } from '../tokens'
import { saveTransfer } from '../transfers/store'
import { l2ClientOf, walletClientOf } from './clients'

export type ApproveVariables = { chainId: number; token: Address; spender: Address; amount: bigint }

/** An exact-amount approval; resolves with the hash once it is mined. */
export function approveMutationOptions(config: Config) {
  return {
    mutationKey: ['ferry', 'approve'] as const,
    scope: { id: 'ferry-l1-write' },
    mutationFn: async (v: ApproveVariables): Promise<Hash> =>
      approve({
        client: await walletClientOf(config, v.chainId),
        token: v.token,
        spender: v.spender,
        amount: v.amount,
      }),
  }
}

export type DepositVariables = {
  pair: ChainPair
  account: Address
  token: TokenRef
  quote: DepositQuote
  amount: bigint
  to: Address
  refundRecipient?: Address
}

/**
 * Sends the deposit and saves the transfer the moment its hash exists, before anything can
 * interrupt (a reload, a closed tab); resolves to the L1 hash. Progress is a query keyed by it.
 */
export function depositMutationOptions(config: Config, storage: StorageLike) {
  return {
    mutationKey: ['ferry', 'deposit'] as const,
    scope: { id: 'ferry-l1-write' },
    mutationFn: async (v: DepositVariables): Promise<Hash> => {
      const hash = await deposit({
        l1: await walletClientOf(config, v.pair.l1.id),
        l2: l2ClientOf(config, v.pair.l2.id),
        quote: v.quote,
        amount: v.amount,
        to: v.to,
        ...(v.refundRecipient ? { refundRecipient: v.refundRecipient } : {}),
      })
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
      })
      return hash
    },
  }
}
