import {
  type Address,
  createPublicClient,
  createWalletClient,
  decodeAbiParameters,
  defineChain,
  type Hex,
  http,
  parseEther,
  parseEventLogs,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { ZKSYNC_OS_L2_CHAIN_ID } from '../facts'
import { bridgehubAbi, l1MessengerAbi, l1NullifierAbi, l2BaseTokenAbi } from '../src/abis'
import { createRpc } from '../src/rpc'
import { devnet, l1Chain, rawRpc } from './support'

// Chain 271 plays a ZKsync OS server (zksync-os-server `lib/rpc`): a few zks_* methods, no
// EIP-712, the L2→L1 logs in the receipt in snake_case, log proofs in its shape and errors.
// Driven here with plain viem and the contracts' ABIs, as a client that knows nothing of Era.

const ID = ZKSYNC_OS_L2_CHAIN_ID
const L2_URL = devnet.l2[ID]?.url ?? ''
const chain = defineChain({
  id: ID,
  name: 'ZKsync OS devnet',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [L2_URL] } },
})
const l2 = createPublicClient({ chain, transport: http(L2_URL), pollingInterval: 50 })
const l1 = createPublicClient({
  chain: l1Chain,
  transport: http(devnet.l1Url),
  pollingInterval: 50,
})
const gateway = createRpc(L2_URL)

const rawCall = (method: string, params: unknown[] = []) => rawRpc(L2_URL, method, params)

function wallet(index: number) {
  const account = privateKeyToAccount(devnet.accounts[index]?.privateKey as Hex)
  return {
    account,
    l1: createWalletClient({ account, chain: l1Chain, transport: http(devnet.l1Url) }),
    l2: createWalletClient({ account, chain, transport: http(L2_URL) }),
  }
}

type OsLog = {
  l2_shard_id: number
  is_service: boolean
  tx_number_in_block: number
  sender: Address
  key: Hex
  value: Hex
}

describe('a ZKsync OS–style chain (271)', () => {
  it('answers only the zks_* methods a ZKsync OS server has', async () => {
    expect((await rawCall('zks_getBridgehubContract')).result).toBe(
      devnet.deployment.bridgehub.toLowerCase(),
    )
    const genesis = (await rawCall('zks_getGenesis')).result as {
      initial_contracts: [Address, Hex][]
      genesis_root: Hex
    }
    expect(genesis.initial_contracts.length).toBeGreaterThan(0)
    expect(genesis.genesis_root).toMatch(/^0x[0-9a-f]{64}$/)
    expect((await rawCall('zks_getBlockMetadataByNumber', [1])).result).toMatchObject({
      execution_version: expect.any(Number),
    })
    for (const method of [
      'zks_getMainContract',
      'zks_getBridgeContracts',
      'zks_estimateGasL1ToL2',
      'zks_getL1BatchDetails',
      'zks_getBlockDetails',
      'zks_getTransactionDetails',
      'zks_L1BatchNumber',
      'zks_getBaseTokenL1Address',
      'zks_L1ChainId',
    ])
      expect((await rawCall(method, [])).error?.code, method).toBe(-32601)
  })

  it('refuses EIP-712 transactions with a clear error', async () => {
    const { error } = await rawCall('eth_sendRawTransaction', ['0x71f8'])
    expect(error?.code).toBe(-32602)
    expect(error?.message).toMatch(/EIP-712/)
  })

  it('deposits ETH through the Bridgehub; the L2 transaction is type 0x7f, without batch fields', async () => {
    const w = wallet(6)
    const before = await l2.getBalance({ address: w.account.address })
    const gasPrice = 2_000_000_000n
    const l2GasLimit = 500_000n
    const baseCost = await l1.readContract({
      address: devnet.deployment.bridgehub,
      abi: bridgehubAbi,
      functionName: 'l2TransactionBaseCost',
      args: [BigInt(ID), gasPrice, l2GasLimit, 800n],
    })
    const amount = parseEther('0.3')
    const hash = await w.l1.writeContract({
      address: devnet.deployment.bridgehub,
      abi: bridgehubAbi,
      functionName: 'requestL2TransactionDirect',
      args: [
        {
          chainId: BigInt(ID),
          mintValue: baseCost + amount,
          l2Contract: w.account.address,
          l2Value: amount,
          l2Calldata: '0x',
          l2GasLimit,
          l2GasPerPubdataByteLimit: 800n,
          factoryDeps: [],
          refundRecipient: w.account.address,
        },
      ],
      value: baseCost + amount,
      maxFeePerGas: gasPrice,
      maxPriorityFeePerGas: 0n,
    })
    expect((await l1.waitForTransactionReceipt({ hash })).status).toBe('success')
    await gateway('devnet_waitIdle', [])
    expect((await l2.getBalance({ address: w.account.address })) - before).toBeGreaterThanOrEqual(
      amount,
    )
    const block = (await rawCall('eth_getBlockByNumber', ['latest', true])).result as {
      transactions: Record<string, unknown>[]
    }
    const priority = block.transactions.find((tx) => tx.type === '0x7f')
    expect(priority).toBeDefined()
    expect(priority).not.toHaveProperty('l1BatchNumber')
  })

  it('withdraws ETH: snake_case l2ToL1Logs, proof errors until executed, then a proof L1 accepts', async () => {
    const w = wallet(6)
    await gateway('devnet_setTiming', [{ sealIntervalMs: 60_000 }])
    let hash: Hex
    try {
      hash = await w.l2.writeContract({
        address: '0x000000000000000000000000000000000000800a',
        abi: l2BaseTokenAbi,
        functionName: 'withdraw',
        args: [w.account.address],
        value: parseEther('0.1'),
      })
      await l2.waitForTransactionReceipt({ hash })
      const raw = (await rawCall('eth_getTransactionReceipt', [hash])).result as {
        l2ToL1Logs: OsLog[]
        transactionIndex: Hex
      } & Record<string, unknown>
      expect(raw).not.toHaveProperty('l1BatchNumber')
      expect(raw.l2ToL1Logs).toHaveLength(1)
      const [log] = raw.l2ToL1Logs
      expect(log).toEqual({
        l2_shard_id: 0,
        is_service: true,
        tx_number_in_block: Number(BigInt(raw.transactionIndex)),
        sender: '0x0000000000000000000000000000000000008008',
        key: expect.stringMatching(/^0x0{24}000000000000000000000000000000000000800a$/),
        value: expect.stringMatching(/^0x[0-9a-f]{64}$/),
      })
      const notBatched = await rawCall('zks_getL2ToL1LogProof', [hash, 0])
      expect(notBatched.error?.code).toBe(-32603)
      expect(notBatched.error?.message).toMatch(/not been included in an L1 batch/)
    } finally {
      await gateway('devnet_setTiming', [
        { sealIntervalMs: 0, commitDelayMs: 0, proveDelayMs: 0, executeDelayMs: 0 },
      ])
    }
    await gateway('devnet_waitIdle', [])
    const proof = (await rawCall('zks_getL2ToL1LogProof', [hash, 0])).result as {
      batch_number: number
      id: number
      proof: Hex[]
      root: Hex
    }
    expect(Object.keys(proof).sort()).toEqual(['batch_number', 'id', 'proof', 'root'])
    expect(proof.proof[0]?.slice(0, 10)).toBe('0x010f0001')

    const receipt = await l2.getTransactionReceipt({ hash })
    const [sent] = parseEventLogs({
      abi: l1MessengerAbi,
      logs: receipt.logs,
      eventName: 'L1MessageSent',
    })
    const raw = (await rawCall('eth_getTransactionReceipt', [hash])).result as {
      l2ToL1Logs: OsLog[]
    }
    const [log] = raw.l2ToL1Logs
    if (!sent || !log) throw new Error('the withdrawal sent no message')
    const [message] = decodeAbiParameters([{ type: 'bytes' }], sent.data)
    const l1Before = await l1.getBalance({ address: w.account.address })
    const finalize = await w.l1.writeContract({
      address: devnet.deployment.l1Nullifier,
      abi: l1NullifierAbi,
      functionName: 'finalizeDeposit',
      args: [
        {
          chainId: BigInt(ID),
          l2BatchNumber: BigInt(proof.batch_number),
          l2MessageIndex: BigInt(proof.id),
          l2Sender: `0x${log.key.slice(26)}`,
          l2TxNumberInBatch: log.tx_number_in_block,
          message,
          merkleProof: proof.proof,
        },
      ],
    })
    const finalized = await l1.waitForTransactionReceipt({ hash: finalize })
    expect(finalized.status).toBe('success')
    expect(await l1.getBalance({ address: w.account.address })).toBe(
      l1Before + parseEther('0.1') - finalized.gasUsed * finalized.effectiveGasPrice,
    )
  })
})
