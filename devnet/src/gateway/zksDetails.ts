import { type Hex, numberToHex } from 'viem'
import { batchStage } from '../chainState'
import { BOOTLOADER_ADDRESS, L1_BASE_FEE, L2_GAS_PRICE, PROTOCOL_VERSION_MINOR } from '../constants'
import { params as read } from '../jsonrpc/params'
import type { JsonRpcHandler } from '../jsonrpc/server'
import { BASE_SYSTEM_CONTRACTS_HASHES, type GatewayTools, hex } from './tools'
import type { RawBlock } from './zkFormat'

/** zks_* details of batches, blocks and transactions: their L1 commit, prove and execute. */
export function zksDetailMethods(tools: GatewayTools): Record<string, JsonRpcHandler> {
  const { ctx, state, receiptOf, anvilHashOf } = tools
  const { anvil } = ctx
  const l1Stage = (stage: { txHash: Hex; at: number } | undefined, batchNumber: number) =>
    batchNumber === 0 || !stage
      ? { hash: null, at: null, finality: null, chainId: null }
      : {
          hash: stage.txHash,
          at: new Date(stage.at).toISOString(),
          finality: 'finalized',
          chainId: ctx.l1ChainId,
        }

  const batchDetails = (batchNumber: number) => {
    const batch = state.batches[batchNumber]
    if (!batch) return null
    const commit = l1Stage(batch.commit, batch.number)
    const prove = l1Stage(batch.prove, batch.number)
    const execute = l1Stage(batch.execute, batch.number)
    return {
      number: batch.number,
      timestamp: batch.timestamp,
      l1TxCount: batch.l1TxCount,
      l2TxCount: batch.l2TxCount,
      rootHash: batch.rootHash,
      status: batchStage(batch) === 'executed' ? 'verified' : 'sealed',
      commitTxHash: commit.hash,
      committedAt: commit.at,
      commitTxFinality: commit.finality,
      commitChainId: commit.chainId,
      proveTxHash: prove.hash,
      provenAt: prove.at,
      proveTxFinality: prove.finality,
      proveChainId: prove.chainId,
      executeTxHash: execute.hash,
      executedAt: execute.at,
      executeTxFinality: execute.finality,
      executeChainId: execute.chainId,
      precommitTxHash: null,
      precommitTxFinality: null,
      precommittedAt: null,
      precommitChainId: null,
      l1GasPrice: Number(L1_BASE_FEE),
      l2FairGasPrice: Number(L2_GAS_PRICE),
      fairPubdataPrice: Number(L1_BASE_FEE * 17n),
      baseSystemContractsHashes: BASE_SYSTEM_CONTRACTS_HASHES,
      commitment: batch.stored?.commitment ?? null,
    }
  }

  return {
    zks_getL1BatchBlockRange: async (params) => {
      const batch = state.batches[read(params).number(0, 'batchNumber')]
      return batch ? [hex(batch.firstBlock), hex(batch.lastBlock)] : null
    },
    zks_getL1BatchDetails: async (params) => batchDetails(read(params).number(0, 'batchNumber')),
    zks_getBlockDetails: async (params) => {
      const number = read(params).number(0, 'blockNumber')
      const block = await anvil<RawBlock | null>('eth_getBlockByNumber', [hex(number), false])
      if (!block) return null
      const sealed = state.batchOfBlock(BigInt(number))
      const batchNumber = sealed ?? (state.latestBatch?.number ?? 0) + 1
      const details = batchDetails(batchNumber)
      const l1TxCount = block.transactions.filter(
        (tx) => typeof tx === 'string' && state.priorityByAnvilHash(tx),
      ).length
      return {
        number,
        l1BatchNumber: batchNumber,
        timestamp: Number(BigInt(block.timestamp)),
        l1TxCount,
        l2TxCount: block.transactions.length - l1TxCount,
        rootHash: block.hash,
        status: number === 0 || details?.status === 'verified' ? 'verified' : 'sealed',
        commitTxHash: details?.commitTxHash ?? null,
        committedAt: details?.committedAt ?? null,
        commitTxFinality: details?.commitTxFinality ?? null,
        commitChainId: details?.commitChainId ?? null,
        proveTxHash: details?.proveTxHash ?? null,
        provenAt: details?.provenAt ?? null,
        proveTxFinality: details?.proveTxFinality ?? null,
        proveChainId: details?.proveChainId ?? null,
        executeTxHash: details?.executeTxHash ?? null,
        executedAt: details?.executedAt ?? null,
        executeTxFinality: details?.executeTxFinality ?? null,
        executeChainId: details?.executeChainId ?? null,
        precommitTxHash: null,
        precommitTxFinality: null,
        precommittedAt: null,
        precommitChainId: null,
        l1GasPrice: Number(L1_BASE_FEE),
        l2FairGasPrice: Number(L2_GAS_PRICE),
        fairPubdataPrice: Number(L1_BASE_FEE * 17n),
        baseSystemContractsHashes: BASE_SYSTEM_CONTRACTS_HASHES,
        operatorAddress: BOOTLOADER_ADDRESS,
        protocolVersion: `Version${PROTOCOL_VERSION_MINOR}`,
      }
    },
    zks_getTransactionDetails: async (params) => {
      const hash = read(params).hash(0, 'transactionHash')
      const priority = state.priority.get(hash.toLowerCase() as Hex)
      const anvilHash = anvilHashOf(hash)
      const receipt = anvilHash ? await receiptOf(anvilHash) : null
      if (!receipt && !priority) return null
      const location = anvilHash ? state.txLocation(anvilHash) : undefined
      const batch = location ? state.batches[location.batch] : undefined
      const status = !receipt
        ? 'pending'
        : receipt.status !== '0x1'
          ? 'failed'
          : batch?.execute
            ? 'verified'
            : 'included'
      const gasUsed = priority?.execution?.gasCharged ?? BigInt(receipt?.gasUsed ?? '0x0')
      const price = priority
        ? priority.tx.maxFeePerGas
        : BigInt(receipt?.effectiveGasPrice ?? '0x0')
      const eip712 = anvilHash ? state.eip712ByAnvilHash(anvilHash) : undefined
      return {
        isL1Originated: priority !== undefined,
        status,
        fee: hex(gasUsed * price),
        gasPerPubdata: hex(priority ? 800n : (eip712?.gasPerPubdata ?? 50_000n)),
        initiatorAddress: priority
          ? numberToHex(priority.tx.from, { size: 20 })
          : (receipt?.from ?? null),
        receivedAt: new Date(
          priority?.receivedAt ?? eip712?.receivedAt ?? Date.now(),
        ).toISOString(),
        ethCommitTxHash: batch?.commit && batch.number > 0 ? batch.commit.txHash : null,
        ethProveTxHash: batch?.prove && batch.number > 0 ? batch.prove.txHash : null,
        ethExecuteTxHash: batch?.execute && batch.number > 0 ? batch.execute.txHash : null,
        ethPrecommitTxHash: null,
      }
    },
  }
}
