import { getAddress, type Hex, numberToHex, pad, size, slice } from 'viem'
import type { ChainState } from '../chainState'
import { txL2ToL1Logs } from '../sequencer/sealing'

// Turn the plain-EVM objects anvil returns into what a zkSync node returns: client-visible
// hashes, `l1BatchNumber`/`l1BatchTxIndex`, `transactionLogIndex`, `l2ToL1Logs`, priority (0xff)
// and EIP-712 (0x71) transaction shapes (zksync-rpc.md §3).

export type RawLog = {
  address: Hex
  topics: Hex[]
  data: Hex
  blockHash: Hex | null
  blockNumber: Hex | null
  transactionHash: Hex | null
  transactionIndex: Hex | null
  logIndex: Hex | null
  removed?: boolean
  [key: string]: unknown
}

export type RawReceipt = {
  transactionHash: Hex
  transactionIndex: Hex
  blockHash: Hex
  blockNumber: Hex
  from: Hex
  to: Hex | null
  status: Hex
  gasUsed: Hex
  effectiveGasPrice: Hex
  logs: RawLog[]
  type: Hex
  [key: string]: unknown
}

export type RawTransaction = {
  hash: Hex
  blockNumber: Hex | null
  blockHash: Hex | null
  transactionIndex: Hex | null
  [key: string]: unknown
}

export type RawBlock = {
  number: Hex
  hash: Hex
  timestamp: Hex
  transactions: (Hex | RawTransaction)[]
  [key: string]: unknown
}

const hex = (value: bigint | number) => numberToHex(value)
const addressOf = (value: bigint) => getAddress(pad(numberToHex(value), { size: 20 })).toLowerCase()

export function batchNumberOfBlock(state: ChainState, blockNumber: Hex | null): Hex | null {
  if (blockNumber === null) return null
  const batch = state.batchOfBlock(BigInt(blockNumber))
  return batch === undefined ? null : hex(batch)
}

/** A transaction object as a zkSync node returns it (§3.2). */
export function toZkTransaction(raw: RawTransaction, state: ChainState): Record<string, unknown> {
  const anvilHash = raw.hash.toLowerCase() as Hex
  const out: Record<string, unknown> = {
    ...raw,
    hash: state.toZkHash(anvilHash),
    chainId: hex(state.chainId),
  }
  const location = state.txLocation(anvilHash)
  out.l1BatchNumber = location ? hex(location.batch) : null
  out.l1BatchTxIndex = location ? hex(location.index) : null

  const priority = state.priorityByAnvilHash(anvilHash)
  if (priority) {
    const { tx } = priority
    Object.assign(out, {
      type: '0xff',
      nonce: '0x0',
      from: addressOf(tx.from),
      to: addressOf(tx.to),
      value: hex(tx.value),
      input: tx.data,
      gas: hex(tx.gasLimit),
      gasPrice: hex(tx.maxFeePerGas),
      maxFeePerGas: hex(tx.maxFeePerGas),
      maxPriorityFeePerGas: '0x0',
    })
    for (const key of ['v', 'r', 's', 'yParity', 'accessList']) delete out[key]
    return out
  }
  const eip712 = state.eip712ByAnvilHash(anvilHash)
  if (eip712) {
    out.type = '0x71'
    out.from = eip712.from.toLowerCase()
    delete out.accessList
    if (size(eip712.customSignature) === 65) {
      const v = Number(BigInt(slice(eip712.customSignature, 64, 65)))
      out.r = slice(eip712.customSignature, 0, 32)
      out.s = slice(eip712.customSignature, 32, 64)
      out.v = hex(v >= 27 ? v - 27 : v)
      out.yParity = out.v
    } else for (const key of ['v', 'r', 's', 'yParity']) delete out[key]
  }
  return out
}

/** A log object with zkSync fields; `transactionLogIndex` needs the log's offset in its tx. */
export function toZkLog(
  raw: RawLog,
  state: ChainState,
  transactionLogIndex: number,
): Record<string, unknown> {
  return {
    ...raw,
    transactionHash: raw.transactionHash ? state.toZkHash(raw.transactionHash) : null,
    l1BatchNumber: batchNumberOfBlock(state, raw.blockNumber),
    transactionLogIndex: hex(transactionLogIndex),
    logType: null,
  }
}

/**
 * A receipt with zkSync fields (§3.1). `l2ToL1LogsBefore` = number of L2→L1 logs of earlier
 * transactions in the same L2 block (for `l2ToL1Logs[].logIndex`).
 */
export function toZkReceipt(
  raw: RawReceipt,
  state: ChainState,
  l2ToL1LogsBefore = 0,
): Record<string, unknown> {
  const anvilHash = raw.transactionHash.toLowerCase() as Hex
  const hash = state.toZkHash(anvilHash)
  const location = state.txLocation(anvilHash)
  const l1BatchNumber = location ? hex(location.batch) : null
  const l1BatchTxIndex = location ? hex(location.index) : null
  const priority = state.priorityByAnvilHash(anvilHash)
  const eip712 = state.eip712ByAnvilHash(anvilHash)

  const l2ToL1Logs = txL2ToL1Logs(raw.logs, priority).map((log, i) => ({
    blockHash: raw.blockHash,
    blockNumber: raw.blockNumber,
    l1BatchNumber,
    logIndex: hex(l2ToL1LogsBefore + i),
    transactionIndex: raw.transactionIndex,
    transactionHash: hash,
    transactionLogIndex: hex(i),
    txIndexInL1Batch: l1BatchTxIndex,
    shardId: '0x0',
    isService: log.isService,
    sender: log.sender,
    key: log.key,
    value: log.value,
  }))

  const out: Record<string, unknown> = {
    ...raw,
    transactionHash: hash,
    l1BatchNumber,
    l1BatchTxIndex,
    logs: raw.logs.map((log, i) => toZkLog(log, state, i)),
    l2ToL1Logs,
  }
  if (priority?.execution) {
    Object.assign(out, {
      type: '0xff',
      from: addressOf(priority.tx.from),
      to: addressOf(priority.tx.to),
      gasUsed: hex(priority.execution.gasCharged),
      effectiveGasPrice: hex(priority.tx.maxFeePerGas),
    })
  } else if (eip712) {
    Object.assign(out, { type: '0x71', from: eip712.from.toLowerCase() })
  }
  return out
}

/** A block with `l1BatchNumber`/`l1BatchTimestamp` and client-visible transaction hashes (§3.3). */
export function toZkBlock(raw: RawBlock, state: ChainState): Record<string, unknown> {
  const batchNumber = state.batchOfBlock(BigInt(raw.number))
  const batch = batchNumber === undefined ? undefined : state.batches[batchNumber]
  return {
    ...raw,
    l1BatchNumber: batch ? hex(batch.number) : null,
    l1BatchTimestamp: batch ? hex(batch.timestamp) : null,
    transactions: raw.transactions.map((tx) =>
      typeof tx === 'string' ? state.toZkHash(tx) : toZkTransaction(tx, state),
    ),
  }
}
