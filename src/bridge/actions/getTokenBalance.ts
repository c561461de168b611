import { type Address, erc20Abi } from 'viem'
import { getBalance, readContract } from 'viem/actions'
import type { ChainClient } from '../clients'
import { isEthAddress } from '../tokens'

export type GetTokenBalanceParameters = {
  client: ChainClient
  /** An ERC-20 on this chain, or any ETH alias (`0x0…0`) for the chain's native coin. */
  token: Address
  account: Address
}

/** Balance of the native coin or of an ERC-20, in its smallest unit. */
export async function getTokenBalance(parameters: GetTokenBalanceParameters): Promise<bigint> {
  const { client, token, account } = parameters
  if (isEthAddress(token)) return getBalance(client, { address: account })
  return readContract(client, {
    address: token,
    abi: erc20Abi,
    functionName: 'balanceOf',
    args: [account],
  })
}
