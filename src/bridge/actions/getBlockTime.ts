import { getBlock } from 'viem/actions'
import type { ChainClient } from '../clients'

export type GetBlockTimeParameters = { client: ChainClient; blockNumber: bigint }

/** When a block was made, in ms since the epoch. */
export async function getBlockTime({
  client,
  blockNumber,
}: GetBlockTimeParameters): Promise<number> {
  const block = await getBlock(client, { blockNumber })
  return Number(block.timestamp) * 1000
}
