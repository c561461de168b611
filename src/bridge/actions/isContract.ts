import type { Address, Chain, Client, Transport } from 'viem'
import { getCode } from 'viem/actions'

/** True when the address has code on the chain (a contract recipient may not control its funds). */
export async function isContract(parameters: {
  client: Client<Transport, Chain>
  address: Address
}): Promise<boolean> {
  const code = await getCode(parameters.client, { address: parameters.address })
  return code !== undefined && code !== '0x'
}
