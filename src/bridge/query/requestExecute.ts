import type { Config } from '@wagmi/core'
import type { Address, Hash, Hex } from 'viem'
import type { RequestExecuteQuote } from '../actions/getRequestExecuteQuote'
import { requestExecute } from '../actions/requestExecute'
import { getBridgeClients, getL1WalletClient } from '../clients'
import type { ChainPair } from '../pair'
import type { MutationParameter } from './parameters'
import { writeMutationOptions } from './writeMutationOptions'

export type RequestExecuteVariables = {
  pair: ChainPair
  quote: RequestExecuteQuote
  contractAddress: Address
  calldata: Hex
  l2Value: bigint
  refundRecipient?: Address
}

/** Sends an L1→L2 call; resolves to the L1 hash. */
export function requestExecuteMutationOptions(
  config: Config,
  parameters: MutationParameter<Hash, RequestExecuteVariables> = {},
) {
  return writeMutationOptions({
    operation: 'requestExecute',
    layer: 'l1',
    send: async (v: RequestExecuteVariables) =>
      requestExecute({
        l1: await getL1WalletClient(config, v.pair),
        l2: getBridgeClients(config, v.pair).l2,
        quote: v.quote,
        contractAddress: v.contractAddress,
        calldata: v.calldata,
        l2Value: v.l2Value,
        ...(v.refundRecipient ? { refundRecipient: v.refundRecipient } : {}),
      }),
    mutation: parameters.mutation,
  })
}
