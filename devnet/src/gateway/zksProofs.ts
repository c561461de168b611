import { JsonRpcError } from '../jsonrpc/errors'
import { params as read } from '../jsonrpc/params'
import type { JsonRpcHandler } from '../jsonrpc/server'
import { getLogProof } from '../lib/logsTree'
import type { GatewayTools } from './tools'

/**
 * zks_getL2ToL1LogProof: the Merkle proof of a transaction's `index`-th L2→L1 log in its executed
 * batch. Era answers `{ id, proof, root, batchNumber }` and `null` until the batch is executed;
 * a ZKsync OS server answers `{ batch_number, proof, id, root }`, `null` for an unknown
 * transaction and an error (-32603) until the batch is sealed, then executed.
 */
export function zksProofMethods(tools: GatewayTools): Record<string, JsonRpcHandler> {
  const { state, anvilHashOf, ctx } = tools
  const zksyncOs = ctx.chain.kind === 'zksync-os'
  const notYet = (message: string) => {
    if (zksyncOs) throw new JsonRpcError(-32603, message)
    return null
  }
  return {
    zks_getL2ToL1LogProof: async (params) => {
      const args = read(params)
      const hash = args.hash(0, 'transactionHash')
      const index = args.number(1, 'index', { optional: true }) ?? 0
      const anvilHash = anvilHashOf(hash)
      if (!anvilHash) return null
      const location = state.txLocation(anvilHash)
      if (!location) return notYet('transaction has not been included in an L1 batch yet')
      const batch = state.batches[location.batch]
      if (!batch?.execute)
        return notYet('L1 batch containing the transaction has not been executed yet')
      const positions: number[] = []
      batch.logs.forEach((log, position) => {
        if (log.anvilHash === anvilHash) positions.push(position)
      })
      const id = positions[index]
      if (id === undefined) {
        if (zksyncOs)
          throw new JsonRpcError(
            -32603,
            `provided L2->L1 log index (${index}) does not exist; there are only ${positions.length} L2->L1 logs in the transaction`,
          )
        return null
      }
      const proof = getLogProof(batch.logs, id)
      return zksyncOs
        ? { batch_number: batch.number, proof: proof.proof, id: proof.id, root: proof.root }
        : { ...proof, batchNumber: batch.number }
    },
  }
}
