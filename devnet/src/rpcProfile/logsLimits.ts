import type { EndpointProfile, LogsErrorStyle } from './profile'

// The errors real providers answer to an `eth_getLogs` they will not serve, by provider
// (real-networks.md §5, and the providers' issue trackers for the exact wording).

export type JsonRpcErrorObject = { code: number; message: string }

const hex = (n: bigint) => `0x${n.toString(16)}`

/** The error for a block range above the cap, or `undefined` when the range is allowed. */
export function rangeError(
  profile: EndpointProfile,
  fromBlock: bigint,
  toBlock: bigint,
): JsonRpcErrorObject | undefined {
  const cap = profile.maxLogsBlockRange
  if (cap === undefined) return undefined
  const range = toBlock - fromBlock + 1n
  if (range <= BigInt(cap)) return undefined
  return rangeErrorOf(profile.style, fromBlock, toBlock, BigInt(cap))
}

function rangeErrorOf(
  style: LogsErrorStyle,
  fromBlock: bigint,
  toBlock: bigint,
  cap: bigint,
): JsonRpcErrorObject {
  switch (style) {
    case 'infura':
      return { code: -32602, message: `range ${toBlock - fromBlock} exceeds limit of ${cap}` }
    case 'alchemy':
      return {
        code: -32600,
        message: `You can make eth_getLogs requests with up to a ${cap} block range. Based on your parameters, this block range should work: [${hex(fromBlock)}, ${hex(fromBlock + cap - 1n)}]`,
      }
    case 'era':
      return {
        code: -32602,
        message: `Query exceeds the block range limit of ${cap}: [${hex(fromBlock)}, ${hex(toBlock)}]`,
      }
  }
}

/**
 * The error for more logs than the cap allows, naming (Era, Infura) a range that would fit:
 * from the same start to the block before the first log past the cap. `undefined` when the
 * answer may be returned as it is.
 */
export function resultsError(
  profile: EndpointProfile,
  fromBlock: bigint,
  logBlocks: readonly bigint[],
): JsonRpcErrorObject | undefined {
  const cap = profile.maxLogsResults
  if (cap === undefined || logBlocks.length <= cap) return undefined
  const sorted = [...logBlocks].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const firstOver = sorted[cap] ?? fromBlock
  const end = firstOver - 1n >= fromBlock ? firstOver - 1n : fromBlock
  switch (profile.style) {
    case 'era':
      return {
        code: -32602,
        message: `Query returned more than ${cap} results. Try with this block range [${hex(fromBlock)}, ${hex(end)}].`,
      }
    case 'infura':
      return {
        code: -32005,
        message: `query returned more than ${cap} results. Try with this block range [${hex(fromBlock)}, ${hex(end)}].`,
      }
    case 'alchemy':
      return {
        code: -32602,
        message: `Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of ${cap} logs in the response. Based on your parameters and the response size limit, this block range should work: [${hex(fromBlock)}, ${hex(end)}]`,
      }
  }
}
