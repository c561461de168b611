import type { Address } from 'viem'
import { l2BaseTokenAddress, getL2TokenAddress as zksyncGetL2TokenAddress } from 'viem/zksync'
import type { L2Client } from '../clients'
import { CONTRACTS_ETH_ADDRESS, isBaseToken, type TokenRef } from '../tokens'

export type GetL2TokenAddressParameters = {
  l2: L2Client
  token: TokenRef
  /** The L2's base token on L1 (`getBaseToken`). */
  baseTokenL1: Address
}

/** The L2 address of a token: 0x…800a for the base token, else the bridged token's address. */
export async function getL2TokenAddress(p: GetL2TokenAddressParameters): Promise<Address> {
  if (isBaseToken(p.token, p.baseTokenL1)) return l2BaseTokenAddress
  const l1 = p.token.kind === 'eth' ? CONTRACTS_ETH_ADDRESS : p.token.l1Address
  return zksyncGetL2TokenAddress(p.l2, { token: l1 })
}
