import type { Config } from '@wagmi/core'
import type { Address, Hash } from 'viem'
import { approve } from '../actions/approve'
import { getL1WalletClient } from '../clients'
import type { ChainPair } from '../pair'
import type { MutationParameter } from './parameters'
import { writeMutationOptions } from './writeMutationOptions'

export type ApproveVariables = { pair: ChainPair; token: Address; spender: Address; amount: bigint }

/** An exact-amount approval on the pair's L1; resolves with the hash once it is mined. */
export function approveMutationOptions(
  config: Config,
  parameters: MutationParameter<Hash, ApproveVariables> = {},
) {
  return writeMutationOptions({
    operation: 'approve',
    layer: 'l1',
    send: async (v: ApproveVariables) =>
      approve({
        client: await getL1WalletClient(config, v.pair),
        token: v.token,
        spender: v.spender,
        amount: v.amount,
      }),
    mutation: parameters.mutation,
  })
}
