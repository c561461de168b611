import type { Address } from 'viem'
import { getCode } from 'viem/actions'
import type { ChainClient } from '../clients'

export type IsContractParameters = { client: ChainClient; address: Address }

/** True when the address has code on the chain (a contract recipient may not control its funds). */
export async function isContract(parameters: IsContractParameters): Promise<boolean> {
  const code = await getCode(parameters.client, { address: parameters.address })
  return code !== undefined && code !== '0x'
}
