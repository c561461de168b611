import type { Address } from 'viem'
import { readContract } from 'viem/actions'
import { getBridgehubContractAddress } from 'viem/zksync'
import { bridgehubAbi } from '../abis'
import type { BridgeClients } from '../clients'

export type GetBaseTokenParameters = BridgeClients

/** The L2's base token on L1 (`0x…01` for ETH), from the Bridgehub the L2 names. */
export async function getBaseToken({ l1, l2 }: GetBaseTokenParameters): Promise<Address> {
  return readContract(l1, {
    address: await getBridgehubContractAddress(l2),
    abi: bridgehubAbi,
    functionName: 'baseToken',
    args: [BigInt(l2.chain.id)],
  })
}
