import type { Address, Hash } from 'viem'
import { deposit as zksyncDeposit } from 'viem/zksync'
import type { L1WalletClient, L2Client } from '../clients'
import type { DepositQuote } from './getDepositQuote'

export type DepositParameters = {
  /** L1 wallet client (the connected account). */
  l1: L1WalletClient
  /** L2 public client. */
  l2: L2Client
  quote: DepositQuote
  amount: bigint
  to: Address
  refundRecipient?: Address
}

export type DepositReturnType = Hash

/**
 * Sends the L1 deposit transaction with exactly the reviewed numbers: the quote's fee per gas
 * (hence the same base cost) and L2 gas limit. Approvals are separate steps, so `deposit` never
 * approves on its own. Resolves to the L1 hash.
 */
export async function deposit(parameters: DepositParameters): Promise<DepositReturnType> {
  const { l1, l2, quote, amount, to, refundRecipient } = parameters
  return zksyncDeposit(l1, {
    account: l1.account,
    chain: l1.chain,
    client: l2,
    token: quote.token,
    amount,
    to,
    l2GasLimit: quote.l2GasLimit,
    maxFeePerGas: quote.maxFeePerGas,
    maxPriorityFeePerGas: quote.maxPriorityFeePerGas,
    ...(refundRecipient ? { refundRecipient } : {}),
  })
}
