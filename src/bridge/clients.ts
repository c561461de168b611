import type { Config } from '@wagmi/core'
import { getPublicClient, getWalletClient } from '@wagmi/core'
import type { Account, Chain, Client, Transport } from 'viem'
import type { ChainPair, L2Chain } from './pair'

/** A public client of any configured chain (token balances, contract checks on either layer). */
export type ChainClient = Client<Transport, Chain>
/** A public client of the L1. */
export type L1Client = ChainClient
/** A public client of a ZK chain: reads come back zkSync-formatted (see `L2Chain`). */
export type L2Client = Client<Transport, L2Chain>
/** The connected wallet, on the L1. */
export type L1WalletClient = Client<Transport, Chain, Account>
/** The connected wallet, on the L2. */
export type L2WalletClient = Client<Transport, L2Chain, Account>

/** What every bridge read takes: a pair's two public clients. */
export type BridgeClients = { l1: L1Client; l2: L2Client }

function isL2Client(client: Client<Transport, Chain>, pair: ChainPair): client is L2Client {
  return client.chain.id === pair.l2.id && client.chain.formatters === pair.l2.formatters
}

function isL2Wallet(
  client: Client<Transport, Chain, Account>,
  pair: ChainPair,
): client is L2WalletClient {
  return client.chain.id === pair.l2.id && client.chain.formatters === pair.l2.formatters
}

function publicClient(config: Config, chainId: number): ChainClient {
  const client = getPublicClient(config, { chainId })
  if (!client) throw new Error(`Chain ${chainId} is not configured in Ferry.`)
  return client
}

/** The pair's public clients (throws with a clear message for a chain Ferry was not given). */
export function getBridgeClients(config: Config, pair: ChainPair): BridgeClients {
  const l1 = publicClient(config, pair.l1.id)
  const l2 = publicClient(config, pair.l2.id)
  if (!isL2Client(l2, pair)) throw new Error(`Chain ${pair.l2.id} is not configured as a ZK chain.`)
  return { l1, l2 }
}

/** The public client of one chain (token balances and contract checks on either layer). */
export function getChainClient(config: Config, chainId: number): ChainClient {
  return publicClient(config, chainId)
}

/** The connected wallet on the pair's L1 (rejects when the wallet is on another chain). */
export async function getL1WalletClient(config: Config, pair: ChainPair): Promise<L1WalletClient> {
  return getWalletClient(config, { chainId: pair.l1.id })
}

/** The connected wallet on the pair's L2 (rejects when the wallet is on another chain). */
export async function getL2WalletClient(config: Config, pair: ChainPair): Promise<L2WalletClient> {
  const client = await getWalletClient(config, { chainId: pair.l2.id })
  if (!isL2Wallet(client, pair))
    throw new Error(`Chain ${pair.l2.id} is not configured as a ZK chain.`)
  return client
}
