import { type Hex, hexToBytes } from 'viem'
import { FEE_PARAMS, L1_BASE_FEE, L2_BASE_TOKEN_ADDRESS, L2_GAS_PRICE } from '../constants'
import { params as read } from '../jsonrpc/params'
import type { JsonRpcHandler } from '../jsonrpc/server'
import { type GatewayTools, hex } from './tools'
import type { RawBlock, RawTransaction } from './zkFormat'

// Era zks_* methods that no current SDK flow needs but widely used clients and test suites still
// call (zksync-rpc.md §4.15): the fee model, the confirmed-token list, a block's transactions in
// Era's internal shape, and a send that answers with what the transaction wrote.

type PrestateDiff = { post?: Record<string, { storage?: Record<Hex, Hex> }> }

export function zksLegacyMethods(
  tools: GatewayTools,
  send: JsonRpcHandler,
): Record<string, JsonRpcHandler> {
  const { ctx, state, receiptOf, formatLogs, anvilHashOf } = tools
  const { anvil, chain } = ctx
  return {
    zks_getFeeParams: async () => ({
      V2: {
        config: {
          minimal_l2_gas_price: Number(L2_GAS_PRICE),
          compute_overhead_part: 0.0,
          pubdata_overhead_part: 1.0,
          batch_overhead_l1_gas: Number(FEE_PARAMS.batchOverheadL1Gas),
          max_gas_per_batch: Number(FEE_PARAMS.maxL2GasPerBatch),
          max_pubdata_per_batch: Number(FEE_PARAMS.maxPubdataPerBatch),
        },
        l1_gas_price: Number(L1_BASE_FEE),
        l1_pubdata_price: Number(L1_BASE_FEE * 17n),
        conversion_ratio: { numerator: 1, denominator: 1 },
      },
    }),
    // Era lists the base token (ETH on an ETH chain) first; bridged tokens are not "confirmed".
    zks_getConfirmedTokens: async (params) => {
      const p = read(params)
      const from = p.number(0, 'from')
      const limit = p.number(1, 'limit')
      const tokens = [
        {
          l1Address: chain.baseToken,
          l2Address: L2_BASE_TOKEN_ADDRESS,
          name: chain.baseTokenName,
          symbol: chain.baseTokenSymbol,
          decimals: chain.baseTokenDecimals,
        },
      ]
      return tokens.slice(from, from + limit)
    },
    zks_getRawBlockTransactions: async (params) => {
      const number = read(params).number(0, 'blockNumber')
      const block = await anvil<RawBlock | null>('eth_getBlockByNumber', [hex(number), true])
      if (!block) return []
      return block.transactions
        .filter((tx): tx is RawTransaction => typeof tx === 'object')
        .map((tx) => rawEraTransaction(tx, state, block))
    },
    zks_sendRawTransactionWithDetailedOutput: async (params, rpc) => {
      const hash = (await send(params, rpc)) as Hex
      const anvilHash = anvilHashOf(hash) ?? hash
      const receipt = await receiptOf(anvilHash)
      const events = receipt ? await formatLogs(receipt.logs) : []
      return { transactionHash: hash, storageLogs: await storageWrites(anvilHash), events }
    },
  }

  /** The storage slots the transaction changed, from anvil's prestate tracer (diff mode). */
  async function storageWrites(anvilHash: Hex) {
    try {
      const diff = await anvil<PrestateDiff>('debug_traceTransaction', [
        anvilHash,
        { tracer: 'prestateTracer', tracerConfig: { diffMode: true } },
      ])
      return Object.entries(diff.post ?? {}).flatMap(([address, account]) =>
        Object.entries(account.storage ?? {}).map(([key, writtenValue]) => ({
          address: address.toLowerCase(),
          key,
          writtenValue,
        })),
      )
    } catch {
      return []
    }
  }
}

/** A transaction in Era's internal `Transaction` shape (`common_data`, `execute`, …). */
function rawEraTransaction(
  tx: RawTransaction,
  state: GatewayTools['state'],
  block: RawBlock,
): Record<string, unknown> {
  const anvilHash = tx.hash.toLowerCase() as Hex
  const priority = state.priorityByAnvilHash(anvilHash)
  const field = (name: string) => tx[name] as Hex | undefined
  const execute = {
    contractAddress: (field('to') ?? null)?.toLowerCase() ?? null,
    calldata: field('input') ?? '0x',
    value: field('value') ?? '0x0',
    factoryDeps: [],
  }
  const receivedAt = Number(BigInt(block.timestamp)) * 1000
  if (priority) {
    const { tx: request } = priority
    return {
      common_data: {
        L1: {
          sender: `0x${request.from.toString(16).padStart(40, '0')}`,
          serialId: Number(priority.txId),
          layer2TipFee: '0x0',
          fullFee: '0x0',
          maxFeePerGas: hex(request.maxFeePerGas),
          gasLimit: hex(request.gasLimit),
          gasPerPubdataLimit: hex(request.gasPerPubdataByteLimit),
          opProcessingType: 'Common',
          priorityQueueType: 'Deque',
          ethBlock: priority.l1BlockNumber,
          canonicalTxHash: state.toZkHash(anvilHash),
          toMint: hex(request.reserved[0]),
          refundRecipient: `0x${request.reserved[1].toString(16).padStart(40, '0')}`,
        },
      },
      execute,
      received_timestamp_ms: receivedAt,
      raw_bytes: null,
    }
  }
  return {
    common_data: {
      L2: {
        nonce: Number(BigInt(field('nonce') ?? '0x0')),
        fee: {
          gas_limit: field('gas') ?? '0x0',
          max_fee_per_gas: field('maxFeePerGas') ?? field('gasPrice') ?? '0x0',
          max_priority_fee_per_gas: field('maxPriorityFeePerGas') ?? '0x0',
          gas_per_pubdata_limit: hex(50_000),
        },
        initiatorAddress: (field('from') ?? '0x').toLowerCase(),
        signature: [...hexToBytes(signatureOf(tx))],
        transactionType: eraTransactionType(field('type')),
        input: { hash: state.toZkHash(anvilHash), data: [] },
        paymasterParams: {
          paymaster: '0x0000000000000000000000000000000000000000',
          paymasterInput: [],
        },
      },
    },
    execute,
    received_timestamp_ms: receivedAt,
    raw_bytes: null,
  }
}

function signatureOf(tx: RawTransaction): Hex {
  const r = (tx.r as Hex | undefined) ?? '0x0'
  const s = (tx.s as Hex | undefined) ?? '0x0'
  const v = Number(BigInt((tx.yParity as Hex | undefined) ?? (tx.v as Hex | undefined) ?? '0x0'))
  const word = (value: Hex) => value.slice(2).padStart(64, '0')
  return `0x${word(r)}${word(s)}${(v >= 27 ? v : v + 27).toString(16).padStart(2, '0')}`
}

function eraTransactionType(type: Hex | undefined): string {
  switch (type) {
    case '0x0':
      return 'LegacyTransaction'
    case '0x1':
      return 'EIP2930Transaction'
    case '0x71':
      return 'EIP712Transaction'
    default:
      return 'EIP1559Transaction'
  }
}
