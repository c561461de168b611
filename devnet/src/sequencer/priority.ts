import { type Address, getAddress, type Hex, numberToHex, pad, size } from 'viem'
import type { ChainState, PriorityRecord } from '../chainState'
import { BOOTLOADER_ADDRESS, L2_GAS_PRICE } from '../constants'
import { encodedCanonicalTxLength, minimumL2GasLimit } from '../lib/fees'
import { decodeNewPriorityRequest, NEW_PRIORITY_REQUEST_TOPIC } from '../lib/priority'
import { type AnvilActions, hex, type Rpc, type RpcLog, type RpcReceipt } from '../rpc'

// L1 → L2 priority requests: read from the chain's diamond on L1, run on the plain-EVM L2 the
// way the zkSync bootloader runs them (zksync-contracts.md §4).

/**
 * The `NewPriorityRequest`s of the chain in L1 blocks `fromBlock..toBlock` not seen before,
 * recorded in `state` (by hash and by id) and returned in log order.
 */
export async function readPriorityRequests(p: {
  l1: Rpc
  diamond: Address
  state: ChainState
  fromBlock: bigint
  toBlock: bigint
}): Promise<PriorityRecord[]> {
  const logs = await p.l1<(RpcLog & { blockNumber: Hex })[]>('eth_getLogs', [
    {
      address: p.diamond,
      topics: [NEW_PRIORITY_REQUEST_TOPIC],
      fromBlock: hex(p.fromBlock),
      toBlock: hex(p.toBlock),
    },
  ])
  const records: PriorityRecord[] = []
  for (const log of logs) {
    const request = decodeNewPriorityRequest(log)
    if (p.state.priorityById.has(request.txId)) continue
    const record: PriorityRecord = {
      txId: request.txId,
      hash: request.txHash.toLowerCase() as Hex,
      tx: request.transaction,
      l1TxHash: log.transactionHash,
      l1BlockNumber: BigInt(log.blockNumber),
      receivedAt: Date.now(),
    }
    p.state.priority.set(record.hash, record)
    p.state.priorityById.set(record.txId, record)
    records.push(record)
  }
  return records
}

/** What running a priority transaction on the L2 anvil needs. */
export type PriorityContext = {
  state: ChainState
  l2: Rpc
  l2Actions: AnvilActions
  /** Mines the L2 block of what was just sent (and re-pins the base fee). */
  mineL2: () => Promise<void>
  log: (line: string) => void
}

/**
 * Runs one priority request on the plain-EVM L2 the way the zkSync bootloader would: the
 * (aliased) sender calls `to` with `l2Value` minted for it, the gas left after the intrinsic
 * L1→L2 overhead is what the call may use, unused `mintValue` is refunded to the refund
 * recipient, and a failed call keeps nothing but the refund. Runs inside the L2 write lock.
 */
export async function executePriority(ctx: PriorityContext, record: PriorityRecord) {
  // A request is sent to anvil at most once: if finishing it failed (an RPC hiccup), the next
  // attempt resumes after the send instead of running the call a second time.
  record.sent ??= await sendPriority(ctx, record)
  const mined = await ctx.l2<RpcReceipt | null>('eth_getTransactionReceipt', [
    record.sent.anvilHash,
  ])
  if (!mined) await ctx.mineL2()
  await finishPriority(ctx, record, record.sent)
}

async function sendPriority(
  ctx: PriorityContext,
  record: PriorityRecord,
): Promise<NonNullable<PriorityRecord['sent']>> {
  const { tx } = record
  const a = ctx.l2Actions
  const from = addressOf(tx.from)
  const overhead = minimumL2GasLimit({
    encodedLength: encodedCanonicalTxLength(size(tx.data), tx.factoryDeps.length),
    factoryDepsCount: tx.factoryDeps.length,
  })
  const intrinsic = intrinsicGas(tx.data)
  let evmGas = tx.gasLimit > overhead ? tx.gasLimit - overhead : 0n
  if (evmGas < intrinsic) evmGas = intrinsic
  // The sender's nonce is restored after every priority tx (L1→L2 txs do not use L2 nonces), so
  // two identical requests from one account would be byte-identical anvil transactions with one
  // hash. The fee cap (never charged: the tip is 0) carries the request id to keep them distinct.
  const maxFeePerGas = L2_GAS_PRICE + record.txId + 1n
  const topUp = tx.value + evmGas * maxFeePerGas

  const [balanceBefore, nonceBefore] = await Promise.all([a.balance(from), a.nonce(from)])
  await a.setBalance(from, balanceBefore + topUp)
  await ctx.l2('anvil_impersonateAccount', [from])
  try {
    const anvilHash = await ctx.l2<Hex>('eth_sendTransaction', [
      {
        from,
        to: addressOf(tx.to),
        value: hex(tx.value),
        data: tx.data,
        gas: hex(evmGas),
        maxFeePerGas: hex(maxFeePerGas),
        maxPriorityFeePerGas: '0x0',
        nonce: hex(nonceBefore),
      },
    ])
    return { anvilHash: anvilHash.toLowerCase() as Hex, nonceBefore, overhead, topUp }
  } finally {
    await ctx.l2('anvil_stopImpersonatingAccount', [from])
  }
}

/**
 * Settles a sent priority transaction the way the bootloader would: the sender keeps nothing
 * of the top-up, the refund recipient gets `mintValue` minus what was kept (the value on
 * success, the fee), the operator gets the fee. Balance and nonce edits are state edits (no
 * extra transactions), so the block holds exactly this one transaction.
 */
async function finishPriority(
  ctx: PriorityContext,
  record: PriorityRecord,
  sent: NonNullable<PriorityRecord['sent']>,
) {
  const { tx } = record
  const a = ctx.l2Actions
  const from = addressOf(tx.from)
  const receipt = await waitForReceipt(ctx.l2, sent.anvilHash)
  const success = receipt.status === '0x1'
  const gasUsed = BigInt(receipt.gasUsed)
  const paid = gasUsed * BigInt(receipt.effectiveGasPrice) + (success ? tx.value : 0n)

  // Undo what executing on an EVM did to the sender that the bootloader would not have done:
  // whatever is left of the top-up goes away, the nonce does not move.
  const balanceAfter = await a.balance(from)
  const restored = balanceAfter - (sent.topUp - paid)
  await a.setBalance(from, restored > 0n ? restored : 0n)
  await a.setNonce(from, sent.nonceBefore)

  const gasCharged = min(tx.gasLimit, sent.overhead + gasUsed)
  const fee = tx.maxFeePerGas * gasCharged
  const kept = (success ? tx.value : 0n) + fee
  const mintValue = tx.reserved[0]
  const refund = mintValue > kept ? mintValue - kept : 0n
  if (refund > 0n) await a.addBalance(addressOf(tx.reserved[1]), refund)
  if (fee > 0n) await a.addBalance(BOOTLOADER_ADDRESS, min(fee, mintValue))

  record.execution = { anvilHash: sent.anvilHash, success, gasCharged, refund }
  ctx.state.mapHash(record.hash, sent.anvilHash)
  ctx.log(
    `[chain ${ctx.state.chainId}] priority #${record.txId} ${record.hash} ${success ? 'succeeded' : 'FAILED'} (gas ${gasCharged})`,
  )
}

/** The receipt of an anvil transaction, waiting briefly if the block is not there yet. */
async function waitForReceipt(l2: Rpc, anvilHash: Hex): Promise<RpcReceipt> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const receipt = await l2<RpcReceipt | null>('eth_getTransactionReceipt', [anvilHash])
    if (receipt) return receipt
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error(`no receipt for L2 transaction ${anvilHash}`)
}

/** EVM intrinsic gas of a call with this calldata (EIP-2028 pricing and the EIP-7623 floor). */
export function intrinsicGas(data: Hex): bigint {
  let zeros = 0n
  let nonZeros = 0n
  for (let i = 2; i < data.length; i += 2) {
    if (data.slice(i, i + 2) === '00') zeros++
    else nonZeros++
  }
  const standard = 21_000n + 4n * zeros + 16n * nonZeros
  const floor = 21_000n + 10n * (zeros + 4n * nonZeros)
  return standard > floor ? standard : floor
}

function addressOf(value: bigint): Address {
  return getAddress(pad(numberToHex(value), { size: 20 }))
}

function min(a: bigint, b: bigint) {
  return a < b ? a : b
}
