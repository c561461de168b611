import { type Address, encodeFunctionData, type Hash, type Hex, isAddressEqual } from 'viem'
import { sendTransaction } from 'viem/actions'
import { l2BaseTokenAddress } from 'viem/zksync'
import { l2AssetRouterAbi, l2BaseTokenAbi } from '../abis'
import type { L2WalletClient } from '../clients'
import { L2_ASSET_ROUTER_ADDRESS } from '../constants'

export type WithdrawParameters = {
  /** L2 wallet client (the connected account on the L2). */
  l2: L2WalletClient
  l2Token: Address
  amount: bigint
  /** L1 recipient. */
  to: Address
}

/**
 * The L2 transaction of a withdrawal: `L2BaseToken.withdraw` for the base token (0x…800a),
 * `L2AssetRouter.withdraw(receiver, token, amount)` for a bridged token. A plain EVM transaction,
 * so it works on every chain kind (no EIP-712 needed).
 */
export function withdrawalRequest(p: Omit<WithdrawParameters, 'l2'>): {
  to: Address
  data: Hex
  value: bigint
} {
  if (isAddressEqual(p.l2Token, l2BaseTokenAddress))
    return {
      to: l2BaseTokenAddress,
      value: p.amount,
      data: encodeFunctionData({ abi: l2BaseTokenAbi, functionName: 'withdraw', args: [p.to] }),
    }
  return {
    to: L2_ASSET_ROUTER_ADDRESS,
    value: 0n,
    data: encodeFunctionData({
      abi: l2AssetRouterAbi,
      functionName: 'withdraw',
      args: [p.to, p.l2Token, p.amount],
    }),
  }
}

/** Sends the L2 withdrawal; resolves to the L2 hash. */
export async function withdraw(p: WithdrawParameters): Promise<Hash> {
  return sendTransaction(p.l2, {
    account: p.l2.account,
    chain: p.l2.chain,
    ...withdrawalRequest(p),
  })
}
