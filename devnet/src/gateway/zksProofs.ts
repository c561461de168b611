import { params as read } from '../jsonrpc/params'
import type { JsonRpcHandler } from '../jsonrpc/server'
import { getLogProof } from '../lib/logsTree'
import type { GatewayTools } from './tools'

/** zks_getL2ToL1LogProof: the Merkle proof of a withdrawal's L2→L1 log in its executed batch. */
export function zksProofMethods(tools: GatewayTools): Record<string, JsonRpcHandler> {
  const { state, anvilHashOf } = tools
  return {
    zks_getL2ToL1LogProof: async (params) => {
      const args = read(params)
      const hash = args.hash(0, 'transactionHash')
      const index = args.number(1, 'index', { optional: true }) ?? 0
      const anvilHash = anvilHashOf(hash)
      if (!anvilHash) return null
      const location = state.txLocation(anvilHash)
      if (!location) return null
      const batch = state.batches[location.batch]
      if (!batch?.execute) return null
      const positions: number[] = []
      batch.logs.forEach((log, position) => {
        if (log.txNumberInBatch === location.index) positions.push(position)
      })
      const id = positions[index]
      if (id === undefined) return null
      return { ...getLogProof(batch.logs, id), batchNumber: batch.number }
    },
  }
}
