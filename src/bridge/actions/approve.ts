import { type Address, erc20Abi, type Hash } from 'viem'
import { waitForTransactionReceipt, writeContract } from 'viem/actions'
import type { L1WalletClient } from '../clients'
import { TransactionRevertedError } from '../errors/bridgeErrors'

export type ApproveParameters = {
  client: L1WalletClient
  token: Address
  spender: Address
  /** Exactly what the next step needs: never an unlimited approval. */
  amount: bigint
}

/** Approves `spender` for exactly `amount` and resolves with the hash once the approval is mined. */
export async function approve(parameters: ApproveParameters): Promise<Hash> {
  const { client, token, spender, amount } = parameters
  const hash = await writeContract(client, {
    account: client.account,
    chain: client.chain,
    address: token,
    abi: erc20Abi,
    functionName: 'approve',
    args: [spender, amount],
  })
  const receipt = await waitForTransactionReceipt(client, { hash })
  if (receipt.status !== 'success') throw new TransactionRevertedError(hash, 'The approval')
  return hash
}
