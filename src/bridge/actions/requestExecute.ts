import type { Address, Hash, Hex } from 'viem'
import { estimateGas, sendTransaction } from 'viem/actions'
import type { L1WalletClient, L2Client } from '../clients'
import { getChainContracts } from '../protocol/contracts'
import { directRequest } from '../protocol/l1ToL2Request'
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
  const { bridgehub } = await getChainContracts(p)
  const request = directRequest({
    bridgehub,
    l2ChainId: p.l2.chain.id,
    mintValue: p.quote.mintValue,
    value: p.quote.value,
    l2Contract: p.contractAddress,
    l2Value: p.l2Value,
    l2Calldata: p.calldata,
    l2GasLimit: p.quote.l2GasLimit,
    refundRecipient: p.refundRecipient,
  })
  const gas = await estimateGas(p.l1, { account: p.l1.account, ...request })
  return sendTransaction(p.l1, {
    account: p.l1.account,
    chain: p.l1.chain,
    ...request,
    gas: (gas * 12n) / 10n,
    maxFeePerGas: p.quote.gasPrice,
  })
}
