import { type Address, zeroAddress } from 'viem'
import { readContract } from 'viem/actions'
import { l2BaseTokenAddress } from 'viem/zksync'
import { l2NativeTokenVaultAbi } from '../abis'
import type { L2Client } from '../clients'
import { L2_NATIVE_TOKEN_VAULT_ADDRESS } from '../constants'
import { CONTRACTS_ETH_ADDRESS, isBaseToken, type TokenRef } from '../tokens'

export type GetL2TokenAddressParameters = {
  l2: L2Client
  token: TokenRef
  /** The L2's base token on L1 (`getBaseToken`). */
  baseTokenL1: Address
  /** The L1's chain id (the origin of L1 tokens). */
  l1ChainId: number
}

/**
 * The L2 address of a token: 0x…800a for the base token, else the bridged token's address. The
 * vault answers zero for a token nobody has bridged yet; then the address its first deposit will
 * deploy it at (nothing there yet, so its balances read as 0).
 */
export async function getL2TokenAddress(p: GetL2TokenAddressParameters): Promise<Address> {
  if (isBaseToken(p.token, p.baseTokenL1)) return l2BaseTokenAddress
  const l1 = p.token.kind === 'eth' ? CONTRACTS_ETH_ADDRESS : p.token.l1Address
  const registered = await readContract(p.l2, {
    address: L2_NATIVE_TOKEN_VAULT_ADDRESS,
    abi: l2NativeTokenVaultAbi,
    functionName: 'l2TokenAddress',
    args: [l1],
  })
  if (registered !== zeroAddress) return registered
  return readContract(p.l2, {
    address: L2_NATIVE_TOKEN_VAULT_ADDRESS,
    abi: l2NativeTokenVaultAbi,
    functionName: 'calculateCreate2TokenAddress',
    args: [BigInt(p.l1ChainId), l1],
  })
}
