import type { Account, Chain, Client, Transport } from 'viem'
import type { ChainEIP712 } from 'viem/zksync'
import type { Config } from 'wagmi'
import { getPublicClient, getWalletClient } from 'wagmi/actions'

/** The public client of a configured chain (throws with a clear message for an unknown chain). */
export function publicClientOf(config: Config, chainId: number): Client<Transport, Chain> {
  const client = getPublicClient(config, { chainId })
  if (!client) throw new Error(`Chain ${chainId} is not configured in Ferry.`)
  return client as unknown as Client<Transport, Chain>
}

/** The public client of an L2 (its chain carries the zkSync formatters). */
export function l2ClientOf(config: Config, chainId: number): Client<Transport, ChainEIP712> {
  return publicClientOf(config, chainId) as unknown as Client<Transport, ChainEIP712>
}

/** The connected wallet on a chain (wagmi throws if the wallet is on another chain). */
export async function walletClientOf(
  config: Config,
  chainId: number,
): Promise<Client<Transport, Chain, Account>> {
  const client = await getWalletClient(config, { chainId })
  return client as unknown as Client<Transport, Chain, Account>
}
