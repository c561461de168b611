import { type Address, encodeFunctionData, isAddressEqual } from 'viem'
import { estimateGas, getGasPrice } from 'viem/actions'
import { l2BaseTokenAddress } from 'viem/zksync'
import { l2AssetRouterAbi, l2BaseTokenAbi } from '../abis'
import type { L2Client } from '../clients'
import { L2_ASSET_ROUTER_ADDRESS } from '../constants'
import type { TokenRef } from '../tokens'
import { getL2TokenAddress } from './getL2TokenAddress'

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
  amount: bigint
  from: Address
  to: Address
}

/** The L2 fee of a withdrawal (estimated as the SDK will send it). */
export async function getWithdrawalQuote(
  p: GetWithdrawalQuoteParameters,
): Promise<WithdrawalQuote> {
  const l2Token = await getL2TokenAddress(p)
  const request = isAddressEqual(l2Token, l2BaseTokenAddress)
    ? {
        to: l2BaseTokenAddress,
        value: p.amount,
        data: encodeFunctionData({ abi: l2BaseTokenAbi, functionName: 'withdraw', args: [p.to] }),
      }
    : {
        to: L2_ASSET_ROUTER_ADDRESS,
        value: 0n,
        data: encodeFunctionData({
          abi: l2AssetRouterAbi,
          functionName: 'withdraw',
          args: [p.to, l2Token, p.amount],
        }),
      }
  const [gas, gasPrice] = await Promise.all([
    estimateGas(p.l2, { account: p.from, ...request }),
    getGasPrice(p.l2),
  ])
  return { l2Token, gas, gasPrice, fee: gas * gasPrice }
}
