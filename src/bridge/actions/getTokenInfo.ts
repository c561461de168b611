import { type Address, erc20Abi } from 'viem'
import { getCode, readContract } from 'viem/actions'
import type { ChainClient } from '../clients'
import { TokenInfoError } from '../errors/bridgeErrors'

export type TokenInfo = { address: Address; name: string; symbol: string; decimals: number }

export type GetTokenInfoParameters = { client: ChainClient; address: Address }

/** Name, symbol and decimals of an ERC-20, read on chain (for importing a token by address). */
export async function getTokenInfo(parameters: GetTokenInfoParameters): Promise<TokenInfo> {
  const { client, address } = parameters
  const code = await getCode(client, { address })
  if (!code || code === '0x')
    throw new TokenInfoError(
      'no-contract',
      `There is no contract at ${address} on ${client.chain.name}. Check the address and the network.`,
    )
  const read = <T>(functionName: 'name' | 'symbol' | 'decimals') =>
    readContract(client, { address, abi: erc20Abi, functionName }) as Promise<T>
  let name: string
  let symbol: string
  let decimals: number
  try {
    ;[name, symbol, decimals] = await Promise.all([
      read<string>('name'),
      read<string>('symbol'),
      read<number>('decimals'),
    ])
  } catch {
    throw new TokenInfoError(
      'not-erc20',
      `The contract at ${address} does not answer name(), symbol() and decimals() like an ERC-20 token.`,
    )
  }
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 36)
    throw new TokenInfoError(
      'bad-decimals',
      `The token reports ${decimals} decimals, which Ferry cannot handle.`,
    )
  return { address, name, symbol, decimals }
}
