import type { Address, Hash } from 'viem'
import { withdraw as zksyncWithdraw } from 'viem/zksync'
import type { L2WalletClient } from '../clients'

export type WithdrawParameters = {
  /** L2 wallet client (the connected account on the L2). */
  l2: L2WalletClient
  l2Token: Address
  amount: bigint
  /** L1 recipient. */
  to: Address
}

/** Sends the L2 withdrawal with viem/zksync; resolves to the L2 hash. */
export async function withdraw(p: WithdrawParameters): Promise<Hash> {
  return zksyncWithdraw(p.l2, {
    account: p.l2.account,
    token: p.l2Token,
    amount: p.amount,
    to: p.to,
  })
}
