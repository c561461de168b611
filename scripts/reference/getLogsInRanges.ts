import type { AbiEvent, Address, Chain, GetLogsParameters, GetLogsReturnType } from 'viem'
import { getLogs } from 'viem/actions'
import type { ChainClient } from '../../src/bridge/clients'

export type GetLogsInRangesParameters<event extends AbiEvent> = {
  client: ChainClient
  address: Address
  event: event
  args: GetLogsParameters<event, [event], true>['args']
  fromBlock: bigint
  toBlock: bigint
}

/**
 * The scan Ferry used before issue 10, kept only as the reference `npm run bench:history` compares
 * against (the app uses `src/bridge/history/scanLogs.ts`).
 *
 * `eth_getLogs` over a block range of any size: asks for the whole range first and, when the node
 * refuses (providers cap ranges or result sizes), splits it in halves, down to single blocks.
 */
export async function getLogsInRanges<const event extends AbiEvent>(
  p: GetLogsInRangesParameters<event>,
): Promise<GetLogsReturnType<event, [event], true, bigint, bigint>> {
  const { client, address, event, args } = p
  const fetchRange = async (
    fromBlock: bigint,
    toBlock: bigint,
  ): Promise<GetLogsReturnType<event, [event], true, bigint, bigint>> => {
    try {
      return await getLogs<Chain, event, [event], true, bigint, bigint>(client, {
        address,
        event,
        args,
        fromBlock,
        toBlock,
        strict: true,
      })
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
