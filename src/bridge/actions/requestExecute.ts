import type { Address, Hash, Hex } from 'viem'
import { requestExecute as zksyncRequestExecute } from 'viem/zksync'
import type { L1WalletClient, L2Client } from '../clients'
import type { RequestExecuteQuote } from './getRequestExecuteQuote'

export type RequestExecuteParameters = {
  l1: L1WalletClient
  l2: L2Client
  quote: RequestExecuteQuote
  contractAddress: Address
  calldata: Hex
  l2Value: bigint
  refundRecipient?: Address
}

/** Sends the L1→L2 call with the reviewed gas limit and fee; resolves to the L1 hash. */
export async function requestExecute(p: RequestExecuteParameters): Promise<Hash> {
  return zksyncRequestExecute(p.l1, {
    account: p.l1.account,
    chain: p.l1.chain,
    client: p.l2,
    contractAddress: p.contractAddress,
    calldata: p.calldata,
    l2Value: p.l2Value,
    l2GasLimit: p.quote.l2GasLimit,
    maxFeePerGas: p.quote.gasPrice,
    mintValue: p.quote.mintValue,
    ...(p.refundRecipient ? { refundRecipient: p.refundRecipient } : {}),
  })
}
