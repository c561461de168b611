import { type Hex, isAddress, isHex, parseEther } from 'viem'
import { getL2HashFromPriorityOp } from 'viem/zksync'
import { beforeAll, describe, expect, it } from 'vitest'
import { L2_GAS_PRICE } from '../src/constants'
import { clients, devnet, ETH, waitForDeposit, waitIdle } from './support'

// RPC contract tests: every zks_* method the gateway implements returns exactly the shape of
// zksync-rpc.md §4, and bad input gets the right JSON-RPC error without hurting the gateway.

const URL = devnet.l2[270]?.url ?? ''

async function post(body: string) {
  const response = await fetch(URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

async function call(method: string, params: unknown[] = []) {
  const { json } = await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }))
  return json as { result?: unknown; error?: { code: number; message: string; data?: unknown } }
}

async function result<T = unknown>(method: string, params: unknown[] = []): Promise<T> {
  const response = await call(method, params)
  if (response.error) throw new Error(`${method}: ${response.error.message}`)
  return response.result as T
}

const quantity = (v: unknown) => typeof v === 'string' && /^0x(0|[1-9a-f][0-9a-f]*)$/.test(v)
const hash32 = (v: unknown) => typeof v === 'string' && /^0x[0-9a-f]{64}$/.test(v)
const address = (v: unknown) => typeof v === 'string' && isAddress(v)
const isoDate = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v))

let withdrawalHash: Hex
let depositHash: Hex

describe('gateway RPC contract (chain 270)', () => {
  beforeAll(async () => {
    const c = clients(0)
    const deposit = await c.l1Wallet.deposit({ client: c.l2, token: ETH, amount: parseEther('1') })
    depositHash = (await waitForDeposit(c, deposit)).l2Hash
    withdrawalHash = await c.l2Wallet.withdraw({ token: ETH, amount: parseEther('0.01') })
    await c.l2.waitForTransactionReceipt({ hash: withdrawalHash })
    await waitIdle()
  })

  it('address and chain getters', async () => {
    // lowercase, as Era serializes addresses (fidelity.test.ts)
    const lower = (address: string | undefined) => address?.toLowerCase()
    expect(await result('zks_getBridgehubContract')).toBe(lower(devnet.deployment.bridgehub))
    expect(await result('zks_getMainContract')).toBe(lower(devnet.deployment.chains[270]?.diamond))
    expect(await result('zks_getBaseTokenL1Address')).toBe(
      '0x0000000000000000000000000000000000000001',
    )
    expect(await result('zks_L1ChainId')).toBe('0x9')
    expect(await result('eth_chainId')).toBe('0x10e')
    const bridges = await result<Record<string, unknown>>('zks_getBridgeContracts')
    expect(Object.keys(bridges).sort()).toEqual(
      [
        'l1Erc20DefaultBridge',
        'l1NativeTokenVault',
        'l1Nullifier',
        'l1SharedDefaultBridge',
        'l1WethBridge',
        'l2Erc20DefaultBridge',
        'l2LegacySharedBridge',
        'l2SharedDefaultBridge',
        'l2WethBridge',
      ].sort(),
    )
    expect(bridges.l1SharedDefaultBridge).toBe(lower(devnet.deployment.l1AssetRouter))
    expect(bridges.l2SharedDefaultBridge).toBe('0x0000000000000000000000000000000000010003')
    expect(bridges.l1Nullifier).toBe(lower(devnet.deployment.l1Nullifier))
    expect(bridges.l1NativeTokenVault).toBe(lower(devnet.deployment.l1NativeTokenVault))
    expect(quantity(await result('zks_gasPerPubdata'))).toBe(true)
    expect(await result('eth_maxPriorityFeePerGas')).toBe('0x0')
    expect(quantity(await result('eth_gasPrice'))).toBe(true)
  })

  it('zks_L1BatchNumber, zks_getL1BatchBlockRange and zks_getL1BatchDetails', async () => {
    const latest = await result<string>('zks_L1BatchNumber')
    expect(quantity(latest)).toBe(true)
    expect(Number(latest)).toBeGreaterThan(0)
    const range = await result<string[]>('zks_getL1BatchBlockRange', [1])
    expect(range).toHaveLength(2)
    expect(range.every(quantity)).toBe(true)
    expect(await result('zks_getL1BatchBlockRange', [999_999])).toBeNull()

    const details = await result<Record<string, unknown>>('zks_getL1BatchDetails', [1])
    expect(details.number).toBe(1)
    expect(typeof details.timestamp).toBe('number')
    expect(typeof details.l1TxCount).toBe('number')
    expect(typeof details.l2TxCount).toBe('number')
    expect(hash32(details.rootHash)).toBe(true)
    expect(details.status).toBe('verified')
    for (const stage of ['commit', 'prove', 'execute']) {
      expect(hash32(details[`${stage}TxHash`])).toBe(true)
      expect(details[`${stage}ChainId`]).toBe(9)
      expect(details[`${stage}TxFinality`]).toBe('finalized')
    }
    for (const at of ['committedAt', 'provenAt', 'executedAt'])
      expect(isoDate(details[at])).toBe(true)
    expect(typeof details.l1GasPrice).toBe('number')
    expect(typeof details.l2FairGasPrice).toBe('number')
    expect(Object.keys(details.baseSystemContractsHashes as object).sort()).toEqual([
      'bootloader',
      'default_aa',
      'evm_emulator',
    ])
    expect(await result('zks_getL1BatchDetails', [999_999])).toBeNull()
  })

  it('zks_getBlockDetails and zks_getTransactionDetails', async () => {
    const receipt = await result<{ blockNumber: string }>('eth_getTransactionReceipt', [
      withdrawalHash,
    ])
    const block = await result<Record<string, unknown>>('zks_getBlockDetails', [
      Number(receipt.blockNumber),
    ])
    expect(block.number).toBe(Number(receipt.blockNumber))
    expect(typeof block.l1BatchNumber).toBe('number')
    expect(block.status).toBe('verified')
    expect(address(block.operatorAddress)).toBe(true)
    expect(block.protocolVersion).toMatch(/^Version\d+$/)
    expect(await result('zks_getBlockDetails', [99_999_999])).toBeNull()

    const details = await result<Record<string, unknown>>('zks_getTransactionDetails', [
      withdrawalHash,
    ])
    expect(details.isL1Originated).toBe(false)
    expect(details.status).toBe('verified')
    expect(quantity(details.fee)).toBe(true)
    expect(quantity(details.gasPerPubdata)).toBe(true)
    expect(address(details.initiatorAddress)).toBe(true)
    expect(isoDate(details.receivedAt)).toBe(true)
    expect(hash32(details.ethExecuteTxHash)).toBe(true)
    const depositDetails = await result<Record<string, unknown>>('zks_getTransactionDetails', [
      depositHash,
    ])
    expect(depositDetails.isL1Originated).toBe(true)
    expect(await result('zks_getTransactionDetails', [`0x${'ab'.repeat(32)}`])).toBeNull()
  })

  it('receipts carry the zkSync fields; priority txs appear under their canonical hash', async () => {
    const receipt = await result<Record<string, unknown>>('eth_getTransactionReceipt', [
      depositHash,
    ])
    expect(receipt.transactionHash).toBe(depositHash)
    expect(receipt.type).toBe('0xff')
    expect(quantity(receipt.l1BatchNumber)).toBe(true)
    expect(quantity(receipt.l1BatchTxIndex)).toBe(true)
    const logs = receipt.l2ToL1Logs as Record<string, unknown>[]
    const status = logs.at(-1)
    expect(status?.sender).toBe('0x0000000000000000000000000000000000008001')
    expect(status?.key).toBe(depositHash)
    expect(status?.value).toBe(`0x${'0'.repeat(63)}1`)
    expect(status?.isService).toBe(true)
    const tx = await result<Record<string, unknown>>('eth_getTransactionByHash', [depositHash])
    expect(tx.hash).toBe(depositHash)
    expect(tx.type).toBe('0xff')

    const withdrawal = await result<Record<string, unknown>>('eth_getTransactionReceipt', [
      withdrawalHash,
    ])
    const [message] = withdrawal.l2ToL1Logs as Record<string, unknown>[]
    expect(message?.sender).toBe('0x0000000000000000000000000000000000008008')
    expect(message?.key).toBe(`0x${'0'.repeat(60)}800a`)
    for (const log of withdrawal.logs as Record<string, unknown>[]) {
      expect(quantity(log.transactionLogIndex)).toBe(true)
      expect(quantity(log.l1BatchNumber)).toBe(true)
    }
  })

  it('zks_getL2ToL1LogProof returns metadata + 14 siblings + aggregated root', async () => {
    const proof = await result<{ id: number; proof: string[]; root: string }>(
      'zks_getL2ToL1LogProof',
      [withdrawalHash, 0],
    )
    expect(typeof proof.id).toBe('number')
    expect(proof.proof).toHaveLength(16)
    expect(proof.proof[0]).toBe(`0x010f0001${'0'.repeat(56)}`)
    expect(proof.proof.every(hash32)).toBe(true)
    expect(hash32(proof.root)).toBe(true)
    // viem sends [hash, null] for an omitted index
    expect(await result('zks_getL2ToL1LogProof', [withdrawalHash, null])).toEqual(proof)
    expect(await result('zks_getL2ToL1LogProof', [withdrawalHash, 5])).toBeNull()
    expect(await result('zks_getL2ToL1LogProof', [`0x${'cd'.repeat(32)}`])).toBeNull()
  })

  it('zks_estimateGasL1ToL2 and zks_estimateFee', async () => {
    const from = devnet.accounts[0]?.address
    const gas = await result<string>('zks_estimateGasL1ToL2', [
      { from, to: from, data: '0x', value: '0x1', eip712Meta: { gasPerPubdata: '0x320' } },
    ])
    expect(quantity(gas)).toBe(true)
    expect(BigInt(gas)).toBeGreaterThan(253_884n)
    const fee = await result<Record<string, string>>('zks_estimateFee', [
      { from, to: from, data: '0x', value: '0x1' },
    ])
    expect(Object.keys(fee).sort()).toEqual([
      'gas_limit',
      'gas_per_pubdata_limit',
      'max_fee_per_gas',
      'max_priority_fee_per_gas',
    ])
    expect(Object.values(fee).every(quantity)).toBe(true)
    expect(fee.max_priority_fee_per_gas).toBe('0x0')
  })

  it('zkSync block tags resolve (committed, l1_committed, finalized, safe)', async () => {
    for (const tag of ['committed', 'l1_committed', 'finalized', 'safe', 'latest', 'earliest']) {
      const block = await result<Record<string, unknown>>('eth_getBlockByNumber', [tag, false])
      expect(quantity(block.number)).toBe(true)
      expect('l1BatchNumber' in block).toBe(true)
    }
    const balance = await result('eth_getBalance', [devnet.accounts[0]?.address, 'committed'])
    expect(quantity(balance)).toBe(true)
  })

  it('every L2 block keeps the L2 gas price as its base fee, even under back-to-back sends', async () => {
    const c = clients(3)
    const before = await c.l2.getBlockNumber()
    const hashes = await Promise.all(
      Array.from({ length: 6 }, () =>
        c.l2Wallet.sendTransaction({ to: devnet.accounts[4]?.address, value: 1n }),
      ),
    )
    for (const hash of hashes) await c.l2.waitForTransactionReceipt({ hash })
    // a wallet pricing from the latest block can always send right after
    const next = await c.l2Wallet.sendTransaction({ to: devnet.accounts[4]?.address, value: 1n })
    await c.l2.waitForTransactionReceipt({ hash: next })
    const after = await c.l2.getBlockNumber()
    for (let n = before + 1n; n <= after; n++)
      expect((await c.l2.getBlock({ blockNumber: n })).baseFeePerGas, `block ${n}`).toBe(
        L2_GAS_PRICE,
      )
  })

  it('devnet_setTiming priorityDelayMs holds L1→L2 requests on L1 for that long', async () => {
    const c = clients(3)
    await call('devnet_setTiming', [{ priorityDelayMs: 3_000 }])
    try {
      const sent = Date.now()
      const l1Hash = await c.l1Wallet.deposit({ client: c.l2, token: ETH, amount: 1n })
      const l1Receipt = await c.l1.waitForTransactionReceipt({ hash: l1Hash })
      const l2Hash = getL2HashFromPriorityOp(l1Receipt, await c.l2.getMainContractAddress())
      const early = await call('eth_getTransactionReceipt', [l2Hash])
      // (on a very slow machine the L1 leg alone may take the whole delay)
      if (Date.now() - sent < 2_500) expect(early.result).toBeNull()
      await c.l2.waitForTransactionReceipt({ hash: l2Hash })
      expect(Date.now() - sent).toBeGreaterThanOrEqual(2_900)
    } finally {
      await call('devnet_setTiming', [{ priorityDelayMs: 0 }])
    }
    const bad = await call('devnet_setTiming', [{ priorityDelayMs: -1 }])
    expect(bad.error?.message).toMatch(/priorityDelayMs/)
  })

  it('malformed JSON → -32700, not a request → -32600, unknown method → -32601', async () => {
    const parse = await post('{"jsonrpc":"2.0","id":1,"method":')
    expect((parse.json.error as { code: number }).code).toBe(-32700)
    const invalid = await post('42')
    expect((invalid.json.error as { code: number }).code).toBe(-32600)
    const unknown = await call('zks_doesNotExist')
    expect(unknown.error?.code).toBe(-32601)
    expect(unknown.error?.message).toContain('zks_doesNotExist')
    expect((await call('eth_fillTransaction', [{}])).error?.code).toBe(-32601)
    expect(await result('eth_chainId')).toBe('0x10e')
  })

  it('bad params → -32602 naming the parameter', async () => {
    const badHash = await call('eth_getTransactionReceipt', ['0x1234'])
    expect(badHash.error?.code).toBe(-32602)
    expect(badHash.error?.message).toMatch(/transactionHash/)
    const badAddress = await call('eth_getBalance', ['0xnot-an-address', 'latest'])
    expect(badAddress.error?.code).toBe(-32602)
    expect(badAddress.error?.message).toMatch(/address/)
    const badBatch = await call('zks_getL1BatchDetails', ['seven'])
    expect(badBatch.error?.code).toBe(-32602)
    expect(badBatch.error?.message).toMatch(/batchNumber/)
    const missing = await call('zks_getL2ToL1LogProof', [])
    expect(missing.error?.code).toBe(-32602)
    expect(missing.error?.message).toMatch(/transactionHash/)
    expect(await result('eth_chainId')).toBe('0x10e')
  })

  it('garbage raw transactions are rejected with a clear error, and the gateway keeps serving', async () => {
    for (const raw of ['0x', '0x71', '0x71c0ffee', '0x02deadbeef', '0xzz', 42]) {
      const response = await call('eth_sendRawTransaction', [raw])
      expect(response.error, String(raw)).toBeDefined()
      expect(typeof response.error?.message).toBe('string')
      expect(response.error?.message.length).toBeGreaterThan(5)
    }
    const batch = await post(
      JSON.stringify([
        { jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] },
        { jsonrpc: '2.0', id: 2, method: 'nope', params: [] },
        { jsonrpc: '2.0', id: 3, method: 'zks_L1ChainId', params: [] },
      ]),
    )
    const entries = batch.json as unknown as { id: number; result?: unknown; error?: unknown }[]
    expect(entries.find((e) => e.id === 1)?.result).toBe('0x10e')
    expect(entries.find((e) => e.id === 2)?.error).toBeDefined()
    expect(entries.find((e) => e.id === 3)?.result).toBe('0x9')
    expect(isHex(await result('eth_blockNumber'))).toBe(true)
  })
})
