import type { Address } from 'viem'
import { estimateGas, getGasPrice } from 'viem/actions'
import type { L2Client } from '../clients'
import type { TokenRef } from '../tokens'
import { getL2TokenAddress } from './getL2TokenAddress'
import { withdrawalRequest } from './withdraw'

export type WithdrawalQuote = {
  l2Token: Address
  /** Estimated L2 gas and fee, in the L2 base token. */
  gas: bigint
  gasPrice: bigint
  fee: bigint
}

export type GetWithdrawalQuoteParameters = {
  l2: L2Client
  token: TokenRef
  /** The L2's base token on L1 (`getBaseToken`). */
  baseTokenL1: Address
  l1ChainId: number
  amount: bigint
  from: Address
  to: Address
}

/** The L2 fee of a withdrawal (estimated as the SDK will send it). */
export async function getWithdrawalQuote(
  p: GetWithdrawalQuoteParameters,
): Promise<WithdrawalQuote> {
  const l2Token = await getL2TokenAddress(p)
  const request = withdrawalRequest({ l2Token, amount: p.amount, to: p.to })
  const [gas, gasPrice] = await Promise.all([
    estimateGas(p.l2, { account: p.from, ...request }),
    getGasPrice(p.l2),
  ])
  return { l2Token, gas, gasPrice, fee: gas * gasPrice }
}
