import {
  type Account,
  type Address,
  type Chain,
  type Client,
  erc20Abi,
  type Hash,
  type Transport,
} from 'viem'
import { waitForTransactionReceipt, writeContract } from 'viem/actions'
import { TransactionRevertedError } from '../errors/bridgeErrors'

export type ApproveParameters = {
  client: Client<Transport, Chain, Account>
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
