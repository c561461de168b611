import { ethers } from 'ethers'
import {
  type Address,
  createPublicClient,
  EstimateGasExecutionError,
  encodeFunctionData,
  http,
  InsufficientFundsError,
  parseAbi,
  parseEther,
  zeroAddress,
} from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Provider, utils, Wallet } from 'zksync-ethers'
import { type Devnet, startDevnet } from '../src/devnet'
import { createRpc } from '../src/rpc'
import { devnet, l2Chain, rawRpc } from './support'

// What real clients ran into on the devnet where a real zkSync node behaves otherwise
// (issue 11): each test here fails on the devnet as it was.

const L2_URL = devnet.l2[270]?.url ?? ''
const l2Rpc = createRpc(L2_URL)

const rawCall = (method: string, params: unknown[] = []) => rawRpc(L2_URL, method, params)

/** A new L2 account with 1 ETH (set on the chain's anvil directly). */
async function fundedL2Account() {
  const key = generatePrivateKey()
  const address = privateKeyToAccount(key).address
  const anvilUrl = devnet.l2[270]?.anvilUrl ?? ''
  await createRpc(anvilUrl)('anvil_setBalance', [address, `0x${parseEther('1').toString(16)}`])
  return { key, address }
}

describe('the Era-style gateway answers like a real node', () => {
  it('the legacy zks_* methods clients still call answer instead of -32601', async () => {
    const provider = new Provider(L2_URL)
    const fee = (await provider.getFeeParams()) as unknown as {
      V2: { config: { minimal_l2_gas_price: number }; l1_gas_price: number }
    }
    expect(fee.V2.config.minimal_l2_gas_price).toBeGreaterThan(0)
    expect(fee.V2.l1_gas_price).toBeGreaterThan(0)

    const tokens = await provider.getConfirmedTokens(0, 10)
    expect(tokens).toHaveLength(1)
    expect(tokens[0]?.symbol).toBe('ETH')
    expect(tokens[0]?.l2Address.toLowerCase()).toBe(utils.L2_BASE_TOKEN_ADDRESS.toLowerCase())

    const { key, address } = await fundedL2Account()
    const wallet = new ethers.Wallet(key, new ethers.JsonRpcProvider(L2_URL))
    const target = devnet.deployment.chains[270]?.testTarget as Address
    const signed = await wallet.signTransaction({
      type: 2,
      chainId: 270,
      nonce: 0,
      to: target,
      data: encodeFunctionData({
        abi: parseAbi(['function incrementBy(uint256)']),
        functionName: 'incrementBy',
        args: [1n],
      }),
      gasLimit: 200_000n,
      maxFeePerGas: 1_000_000_000n,
      maxPriorityFeePerGas: 0n,
    })
    const detailed = await provider.sendRawTransactionWithDetailedOutput(signed)
    expect(detailed.transactionHash).toMatch(/^0x[0-9a-f]{64}$/)
    expect(detailed.events.length).toBeGreaterThan(0)
    expect(
      detailed.storageLogs.some((log) => log.address.toLowerCase() === target.toLowerCase()),
    ).toBe(true)

    const receipt = await provider.getTransactionReceipt(detailed.transactionHash)
    const raw = (await l2Rpc('zks_getRawBlockTransactions', [receipt?.blockNumber])) as {
      common_data: { L2?: { initiatorAddress: string } }
      execute: { contractAddress: string }
    }[]
    expect(raw).toHaveLength(1)
    expect(raw[0]?.common_data.L2?.initiatorAddress).toBe(address.toLowerCase())
    expect(raw[0]?.execute.contractAddress).toBe(target.toLowerCase())
  })

  it('zks_* answers carry addresses in lowercase, as Era serializes them', async () => {
    const lowercase = /^0x[0-9a-f]{40}$/
    for (const method of [
      'zks_getBridgehubContract',
      'zks_getMainContract',
      'zks_getBaseTokenL1Address',
    ]) {
      const { result } = await rawCall(method)
      expect(result, method).toMatch(lowercase)
    }
    const { result: bridges } = await rawCall('zks_getBridgeContracts')
    const addresses = Object.values(bridges as Record<string, string | null>).filter(
      (value): value is string => value !== null,
    )
    expect(addresses.length).toBeGreaterThan(4)
    for (const address of addresses) expect(address).toMatch(lowercase)
  })

  it('eth_estimateGas refuses a value the sender cannot pay, unless a state override funds it', async () => {
    const l2 = createPublicClient({ chain: l2Chain(270), transport: http(L2_URL) })
    const poor = privateKeyToAccount(generatePrivateKey()).address
    const error = await l2
      .estimateGas({ account: poor, to: zeroAddress, value: parseEther('1000') })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EstimateGasExecutionError)
    expect(
      (error as EstimateGasExecutionError).walk((e) => e instanceof InsufficientFundsError),
    ).toBeInstanceOf(InsufficientFundsError)

    const { result, error: overridden } = await rawCall('eth_estimateGas', [
      { from: poor, to: zeroAddress, value: `0x${parseEther('1000').toString(16)}` },
      'latest',
      { [poor]: { balance: `0x${parseEther('2000').toString(16)}` } },
    ])
    expect(overridden).toBeUndefined()
    expect(Number(result)).toBeGreaterThanOrEqual(21_000)
  })

  it('L2NativeTokenVault.l2TokenAddress is zero for a token never bridged', async () => {
    const l2 = createPublicClient({ chain: l2Chain(270), transport: http(L2_URL) })
    const vault = '0x0000000000000000000000000000000000010004'
    const abi = parseAbi([
      'function l2TokenAddress(address) view returns (address)',
      'function calculateCreate2TokenAddress(uint256, address) view returns (address)',
    ])
    const neverBridged = privateKeyToAccount(generatePrivateKey()).address
    expect(
      await l2.readContract({
        address: vault,
        abi,
        functionName: 'l2TokenAddress',
        args: [neverBridged],
      }),
    ).toBe(zeroAddress)
    // where its first deposit will deploy it
    expect(
      await l2.readContract({
        address: vault,
        abi,
        functionName: 'calculateCreate2TokenAddress',
        args: [9n, neverBridged],
      }),
    ).not.toBe(zeroAddress)
  })
})

describe('an L1 with a block time (--l1-block-time)', () => {
  let timed: Devnet
  beforeAll(async () => {
    timed = await startDevnet({
      l1Port: 0,
      gatewayPorts: { 270: 0 },
      chains: [270],
      l1BlockTime: 1,
    })
  }, 60_000)
  afterAll(async () => {
    await timed?.stop()
  })

  it('a transaction waits for the next block; blocks are a second apart', async () => {
    const l1 = createPublicClient({ transport: http(timed.l1.url) })
    const key = timed.accounts[1]?.privateKey ?? '0x'
    const signer = new ethers.Wallet(key, new ethers.JsonRpcProvider(timed.l1.url))
    const sent = await signer.sendTransaction({ to: zeroAddress, value: 1n })
    expect(await l1.getTransactionReceipt({ hash: sent.hash as Address }).catch(() => null)).toBe(
      null,
    )
    const receipt = await l1.waitForTransactionReceipt({
      hash: sent.hash as Address,
      pollingInterval: 100,
    })
    const block = await l1.getBlock({ blockNumber: receipt.blockNumber })
    const previous = await l1.getBlock({ blockNumber: receipt.blockNumber - 1n })
    expect(block.timestamp - previous.timestamp).toBeGreaterThanOrEqual(1n)
  })

  it('an ethers app approves then deposits an ERC-20 with its default request cache', async () => {
    const key = timed.accounts[2]?.privateKey ?? '0x'
    const l1 = new ethers.JsonRpcProvider(timed.l1.url)
    const l2 = new Provider(timed.l2[270]?.url ?? '')
    const wallet = new Wallet(key, l2, l1)
    const op = await wallet.deposit({
      token: timed.deployment.tokens.TUSD,
      amount: 5_000_000n,
      approveERC20: true,
    })
    expect((await op.wait()).status).toBe(1)
    const l2Token = await l2.l2TokenAddress(timed.deployment.tokens.TUSD)
    expect(await wallet.getBalance(l2Token)).toBe(5_000_000n)
  }, 60_000)
})
