import {
  type Address,
  concatHex,
  encodeAbiParameters,
  encodeFunctionData,
  type Hex,
  pad,
  parseEventLogs,
} from 'viem'
import {
  commitDataParameters,
  executeDataParameters,
  proofDataParameters,
  zkChainAbi,
} from '../abis'
import type { Batch, ChainState } from '../chainState'
import { L1_MESSENGER_ADDRESS } from '../constants'
import { serializeL2ToL1Log } from '../lib/logsTree'
import type { OperatorL1 } from '../operator'
import type { BatchTiming } from '../types'

// Settlement on L1: each sealed batch is committed, proven and executed on the chain's diamond,
// in order, after the configured delays (executed batches' roots make withdrawals final).

export type SettlementContext = {
  state: ChainState
  diamond: Address
  operator: OperatorL1
  log: (line: string) => void
}

/**
 * Takes the oldest unexecuted batch one stage further (commit, prove or execute) when its delay
 * is over; returns whether it did, so the caller loops until nothing is due.
 */
export async function settleNext(
  ctx: SettlementContext,
  timing: BatchTiming,
  now = Date.now(),
): Promise<boolean> {
  const batch = ctx.state.batches.find((b) => !b.execute)
  if (!batch) return false
  const previous = ctx.state.batches[batch.number - 1]
  if (!batch.commit) {
    if (!previous?.commit || now < batch.sealedAt + timing.commitDelayMs) return false
    await commitBatch(ctx, batch, previous)
  } else if (!batch.prove) {
    if (!previous?.prove || now < batch.commit.at + timing.proveDelayMs) return false
    await proveBatch(ctx, batch, previous)
  } else {
    if (now < batch.prove.at + timing.executeDelayMs) return false
    await executeBatch(ctx, batch)
  }
  return true
}

async function commitBatch(ctx: SettlementContext, batch: Batch, previous: Batch) {
  const { diamond } = ctx
  const lastCommitted = previous.stored
  if (!lastCommitted) throw new Error(`batch ${previous.number} has no stored info`)
  const systemLogs = serializeL2ToL1Log({
    shardId: 0,
    isService: true,
    txNumberInBatch: 0,
    sender: L1_MESSENGER_ADDRESS,
    key: pad('0x00'),
    value: batch.rootHash,
  })
  const commitInfo = {
    batchNumber: BigInt(batch.number),
    timestamp: BigInt(batch.timestamp),
    indexRepeatedStorageChanges: 0n,
    newStateRoot: batch.newStateRoot,
    numberOfLayer1Txs: BigInt(batch.l1TxCount),
    priorityOperationsHash: batch.priorityOperationsHash,
    bootloaderHeapInitialContentsHash: pad('0x00'),
    eventsQueueStateHash: pad('0x00'),
    systemLogs,
    operatorDAInput: '0x' as Hex,
  }
  const commitData = concatHex([
    '0x01',
    encodeAbiParameters(commitDataParameters, [lastCommitted, [commitInfo]]),
  ])
  const receipt = await ctx.operator.send({
    to: diamond,
    data: encodeFunctionData({
      abi: zkChainAbi,
      functionName: 'commitBatchesSharedBridge',
      args: [diamond, BigInt(batch.number), BigInt(batch.number), commitData],
    }),
  })
  const [event] = parseEventLogs({ abi: zkChainAbi, logs: receipt.logs, eventName: 'BlockCommit' })
  if (!event) throw new Error(`commit of batch ${batch.number} emitted no BlockCommit`)
  batch.stored = {
    batchNumber: BigInt(batch.number),
    batchHash: event.args.batchHash,
    indexRepeatedStorageChanges: 0n,
    numberOfLayer1Txs: BigInt(batch.l1TxCount),
    priorityOperationsHash: batch.priorityOperationsHash,
    dependencyRootsRollingHash: pad('0x00'),
    l2LogsTreeRoot: batch.rootHash,
    timestamp: BigInt(batch.timestamp),
    commitment: event.args.commitment,
  }
  batch.commit = { txHash: receipt.transactionHash, at: Date.now() }
  ctx.log(`[chain ${ctx.state.chainId}] committed batch ${batch.number}`)
}

async function proveBatch(ctx: SettlementContext, batch: Batch, previous: Batch) {
  const { diamond } = ctx
  if (!previous.stored || !batch.stored) throw new Error(`batch ${batch.number} not committed`)
  const proofData = concatHex([
    '0x01',
    encodeAbiParameters(proofDataParameters, [previous.stored, [batch.stored], []]),
  ])
  const receipt = await ctx.operator.send({
    to: diamond,
    data: encodeFunctionData({
      abi: zkChainAbi,
      functionName: 'proveBatchesSharedBridge',
      args: [diamond, BigInt(batch.number), BigInt(batch.number), proofData],
    }),
  })
  batch.prove = { txHash: receipt.transactionHash, at: Date.now() }
  ctx.log(`[chain ${ctx.state.chainId}] proved batch ${batch.number}`)
}

async function executeBatch(ctx: SettlementContext, batch: Batch) {
  const { diamond } = ctx
  if (!batch.stored) throw new Error(`batch ${batch.number} not committed`)
  const executeData = concatHex([
    '0x01',
    encodeAbiParameters(executeDataParameters, [
      [batch.stored],
      [{ leftPath: [], rightPath: [], itemHashes: batch.priorityHashes }],
      [[]],
    ]),
  ])
  const receipt = await ctx.operator.send({
    to: diamond,
    data: encodeFunctionData({
      abi: zkChainAbi,
      functionName: 'executeBatchesSharedBridge',
      args: [diamond, BigInt(batch.number), BigInt(batch.number), executeData],
    }),
  })
  batch.execute = { txHash: receipt.transactionHash, at: Date.now() }
  ctx.log(`[chain ${ctx.state.chainId}] executed batch ${batch.number}`)
}
