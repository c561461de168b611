import {
  type Address,
  BaseError,
  ContractFunctionRevertedError,
  ContractFunctionZeroDataError,
  MethodNotFoundRpcError,
  MethodNotSupportedRpcError,
} from 'viem'
import { getBlockNumber, readContract } from 'viem/actions'
import { getL1BatchNumber } from 'viem/zksync'
import { diamondGettersAbi } from '../abis'
import type { BridgeClients } from '../clients'
import type { ChainProgress } from '../model/progress'
import { getChainContracts } from '../protocol/contracts'

export type GetChainProgressParameters = BridgeClients & {
  /** The chain's diamond on L1, when already known. */
  mainContract?: Address | undefined
}

const unsupported = (error: unknown) =>
  error instanceof MethodNotFoundRpcError || error instanceof MethodNotSupportedRpcError

/**
 * How far a pair's chains are (model/progress.ts): both heads, the sealed batch where the L2
 * reports it (ZKsync OS servers answer -32601), and the diamond's batch counters on L1 — one
 * multicall where the L1 has Multicall3. A counter the chain does not report is left out, and
 * statuses follow L1 blocks instead. (A chain that settles on Gateway leaves its L1 counters
 * behind: its statuses are caught up by the status queries' slow safety re-read.)
 */
export async function getChainProgress(p: GetChainProgressParameters): Promise<ChainProgress> {
  const { l1, l2 } = p
  const counters = async () => {
    const address = p.mainContract ?? (await getChainContracts({ l1, l2 })).diamond
    const read = (functionName: (typeof diamondGettersAbi)[number]['name']) =>
      readContract(l1, { address, abi: diamondGettersAbi, functionName })
    return Promise.all([
      read('getTotalBatchesCommitted'),
      read('getTotalBatchesVerified'),
      read('getTotalBatchesExecuted'),
    ]).catch((error: unknown) => {
      // a diamond without these getters (reverts, or no code): the chain does not report them
      const noGetters =
        error instanceof BaseError &&
        error.walk(
          (e) =>
            e instanceof ContractFunctionRevertedError ||
            e instanceof ContractFunctionZeroDataError,
        )
      if (noGetters) return undefined
      throw error
    })
  }
  const [l1Block, l2Block, sealed, onL1] = await Promise.all([
    getBlockNumber(l1, { cacheTime: 0 }),
    getBlockNumber(l2, { cacheTime: 0 }),
    getL1BatchNumber(l2).then(
      (n) => BigInt(n),
      (error: unknown) => {
        if (unsupported(error)) return undefined
        throw error
      },
    ),
    counters(),
  ])
  const [committed, proven, executed] = onL1 ?? []
  return {
    l1Block,
    l2Block,
    ...(sealed === undefined ? {} : { sealedBatch: sealed }),
    ...(committed === undefined ? {} : { committedBatch: committed }),
    ...(proven === undefined ? {} : { provenBatch: proven }),
    ...(executed === undefined ? {} : { executedBatch: executed }),
  }
}
