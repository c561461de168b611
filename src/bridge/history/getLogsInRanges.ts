import type { AbiEvent, Address, Chain, Client, Log, Transport } from 'viem'
import { getLogs } from 'viem/actions'

/**
 * `eth_getLogs` over a block range of any size: asks for the whole range first and, when the node
 * refuses (providers cap ranges or result sizes), splits it in halves, down to single blocks.
 */
export async function getLogsInRanges<const event extends AbiEvent>(p: {
  client: Client<Transport, Chain>
  address: Address
  event: event
  args: Record<string, unknown>
  fromBlock: bigint
  toBlock: bigint
}): Promise<Log<bigint, number, false, event, true>[]> {
  const { client, address, event, args } = p
  const fetchRange = async (
    fromBlock: bigint,
    toBlock: bigint,
  ): Promise<Log<bigint, number, false, event, true>[]> => {
    try {
      return (await getLogs(client, {
        address,
        event,
        args,
        fromBlock,
        toBlock,
        strict: true,
      } as never)) as Log<bigint, number, false, event, true>[]
    } catch (error) {
      if (fromBlock >= toBlock) throw error
      const middle = fromBlock + (toBlock - fromBlock) / 2n
      const [left, right] = await Promise.all([
        fetchRange(fromBlock, middle),
        fetchRange(middle + 1n, toBlock),
      ])
      return [...left, ...right]
    }
  }
  return fetchRange(p.fromBlock, p.toBlock)
}
