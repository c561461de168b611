import {
  createPublicClient,
  createWalletClient,
  defineChain,
  encodeFunctionData,
  erc20Abi,
  type Hash,
  type Hex,
  http,
  parseAbi,
  parseEther,
  parseUnits,
} from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { DEVNET_DEFAULT_ADDRESSES, ZKSYNC_OS_L2_CHAIN_ID } from '../../../devnet/facts'
import { devnet, rpc } from '../../testing/devnetClients'
import { WithdrawalAlreadyFinalizedError } from '../errors/bridgeErrors'
import { approve } from './approve'
import { claimFailedDeposit } from './claimFailedDeposit'
import { deposit } from './deposit'
import { finalizeWithdrawal } from './finalizeWithdrawal'
import { getBaseCost } from './getBaseCost'
import { getClaimStatus } from './getClaimStatus'
import { getDepositQuote } from './getDepositQuote'
import { getL1ToL2Status } from './getL1ToL2Status'
import { getL2TokenAddress } from './getL2TokenAddress'
import { getRequestExecuteQuote } from './getRequestExecuteQuote'
import { getWithdrawalStatus } from './getWithdrawalStatus'
import { requestExecute } from './requestExecute'
import { withdraw } from './withdraw'

// Every operation with Ferry's actions on the ZKsync OS–style chain 271 (a few zks_* methods, no
// EIP-712, no batch details): plain viem clients, balances asserted on both layers.

const ID = ZKSYNC_OS_L2_CHAIN_ID
const chain = (id: number, name: string) =>
  defineChain({
    id,
    name,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [rpc[id] ?? ''] } },
  })
const l1Chain = chain(9, 'devnet L1')
const l2Chain = chain(ID, 'ZKsync OS devnet')
const l1 = createPublicClient({ chain: l1Chain, transport: http(), pollingInterval: 50 })
const l2 = createPublicClient({ chain: l2Chain, transport: http(), pollingInterval: 50 })
const { TUSD } = DEVNET_DEFAULT_ADDRESSES.tokens
const testTarget = devnet.deployment.chains[ID]?.testTarget as Hex
const targetAbi = parseAbi([
  'function count() view returns (uint256)',
  'function incrementBy(uint256)',
])

async function gateway(method: string, params: unknown[] = []) {
  const response = await fetch(rpc[ID] ?? '', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  })
  return ((await response.json()) as { result: unknown }).result
}

/** A new account with 10 ETH and 1,000 TUSD on L1 and 1 ETH on chain 271. */
async function freshAccount() {
  const account = privateKeyToAccount(generatePrivateKey())
  const funder = privateKeyToAccount(devnet.accounts[0]?.privateKey as Hex)
  const l1Funder = createWalletClient({ account: funder, chain: l1Chain, transport: http() })
  const l2Funder = createWalletClient({ account: funder, chain: l2Chain, transport: http() })
  for (const hash of [
    await l1Funder.sendTransaction({ to: account.address, value: parseEther('10') }),
    await l1Funder.writeContract({
      address: TUSD,
      abi: erc20Abi,
      functionName: 'transfer',
      args: [account.address, parseUnits('1000', 6)],
    }),
  ])
    await l1.waitForTransactionReceipt({ hash })
  const toL2 = await l2Funder.sendTransaction({ to: account.address, value: parseEther('1') })
  await l2.waitForTransactionReceipt({ hash: toL2 })
  return {
    account,
    l1: createWalletClient({ account, chain: l1Chain, transport: http(), pollingInterval: 50 }),
    l2: createWalletClient({ account, chain: l2Chain, transport: http(), pollingInterval: 50 }),
  }
}

async function untilL2(l1Hash: Hash) {
  await l1.waitForTransactionReceipt({ hash: l1Hash })
  await gateway('devnet_waitIdle')
  return getL1ToL2Status({ l1, l2, l1Hash })
}

const tusdOnL1 = (owner: Hex) =>
  l1.readContract({ address: TUSD, abi: erc20Abi, functionName: 'balanceOf', args: [owner] })

describe('Ferry on a ZKsync OS–style chain (271)', () => {
  it('deposits ETH and an ERC-20; both arrive on L2', async () => {
    const w = await freshAccount()
    const before = await l2.getBalance({ address: w.account.address })
    const amount = parseEther('0.5')
    const ethQuote = await getDepositQuote({
      l1,
      l2,
      token: '0x0000000000000000000000000000000000000000',
      amount,
      from: w.account.address,
    })
    expect(ethQuote.l2GasLimit).toBeGreaterThanOrEqual(253_884n)
    const ethHash = await deposit({ l1: w.l1, l2, quote: ethQuote, amount, to: w.account.address })
    expect((await untilL2(ethHash)).status).toBe('l2-success')
    expect((await l2.getBalance({ address: w.account.address })) - before).toBeGreaterThanOrEqual(
      amount,
    )

    const tokens = parseUnits('40', 6)
    const quote = await getDepositQuote({
      l1,
      l2,
      token: TUSD,
      amount: tokens,
      from: w.account.address,
    })
    expect(quote.route).toBe('erc20-to-eth-chain')
    await approve({ client: w.l1, token: TUSD, spender: quote.sharedBridge, amount: tokens })
    const l1Before = await tusdOnL1(w.account.address)
    const hash = await deposit({ l1: w.l1, l2, quote, amount: tokens, to: w.account.address })
    expect((await untilL2(hash)).status).toBe('l2-success')
    expect(await tusdOnL1(w.account.address)).toBe(l1Before - tokens)
    const l2Token = await getL2TokenAddress({
      l2,
      token: { kind: 'erc20', l1Address: TUSD, symbol: 'TUSD', name: 'Test USD', decimals: 6 },
      baseTokenL1: '0x0000000000000000000000000000000000000001',
      l1ChainId: 9,
    })
    expect(
      await l2.readContract({
        address: l2Token,
        abi: erc20Abi,
        functionName: 'balanceOf',
        args: [w.account.address],
      }),
    ).toBe(tokens)
  })

  it('withdraws ETH: waits without batch details, ready once L1 accepts, finalizes once', async () => {
    const w = await freshAccount()
    await gateway('devnet_setTiming', [{ sealIntervalMs: 60_000 }])
    let l2Hash: Hash
    try {
      l2Hash = await withdraw({
        l2: w.l2,
        l2Token: '0x000000000000000000000000000000000000800A',
        amount: parseEther('0.25'),
        to: w.account.address,
      })
      await l2.waitForTransactionReceipt({ hash: l2Hash })
      const waiting = await getWithdrawalStatus({ l1, l2, l2Hash })
      expect(waiting).toMatchObject({
        status: 'included',
        finalize: { ready: false, reason: 'batch-not-executed' },
      })
      expect(waiting.batchNumber).toBeUndefined()
    } finally {
      await gateway('devnet_setTiming', [
        { sealIntervalMs: 0, commitDelayMs: 0, proveDelayMs: 0, executeDelayMs: 0 },
      ])
    }
    await gateway('devnet_waitIdle')
    const ready = await getWithdrawalStatus({ l1, l2, l2Hash })
    expect(ready).toMatchObject({ status: 'executed', finalize: { ready: true } })
    const l1Before = await l1.getBalance({ address: w.account.address })
    const hash = await finalizeWithdrawal({ l1: w.l1, l2, l2Hash })
    const receipt = await l1.getTransactionReceipt({ hash })
    expect(await l1.getBalance({ address: w.account.address })).toBe(
      l1Before + parseEther('0.25') - receipt.gasUsed * receipt.effectiveGasPrice,
    )
    expect((await getWithdrawalStatus({ l1, l2, l2Hash })).status).toBe('finalized')
    await expect(finalizeWithdrawal({ l1: w.l1, l2, l2Hash })).rejects.toBeInstanceOf(
      WithdrawalAlreadyFinalizedError,
    )
  })

  it('a deposit that fails on L2 is claimable and claimed back on L1 once', async () => {
    const w = await freshAccount()
    const amount = parseUnits('25', 6)
    const before = await tusdOnL1(w.account.address)
    const quote = await getDepositQuote({
      l1,
      l2,
      token: TUSD,
      amount,
      from: w.account.address,
      l2GasLimit: 262_000n,
    })
    await approve({ client: w.l1, token: TUSD, spender: quote.sharedBridge, amount })
    const l1Hash = await deposit({ l1: w.l1, l2, quote, amount, to: w.account.address })
    expect((await untilL2(l1Hash)).status).toBe('l2-failed')
    expect(await tusdOnL1(w.account.address)).toBe(before - amount)
    const status = await getClaimStatus({ l1, l2, hash: l1Hash })
    expect(status).toMatchObject({ state: 'claimable', reason: 'out-of-gas' })
    if (status.state !== 'claimable') throw new Error('not claimable')
    await claimFailedDeposit({ l1: w.l1, l2, l2Hash: status.l2Hash })
    expect(await tusdOnL1(w.account.address)).toBe(before)
    expect(await getClaimStatus({ l1, l2, hash: l1Hash })).toMatchObject({
      state: 'not-claimable',
      why: 'already-claimed',
    })
  })

  it('requests an L2 call from L1 with an estimated gas limit, and quotes the base cost', async () => {
    const w = await freshAccount()
    const calldata = encodeFunctionData({ abi: targetAbi, functionName: 'incrementBy', args: [5n] })
    const countBefore = await l2.readContract({
      address: testTarget,
      abi: targetAbi,
      functionName: 'count',
    })
    const quote = await getRequestExecuteQuote({
      l1,
      l2,
      from: w.account.address,
      contractAddress: testTarget,
      calldata,
      l2Value: 0n,
    })
    expect(quote.l2GasLimitEstimated).toBe(true)
    const hash = await requestExecute({
      l1: w.l1,
      l2,
      quote,
      contractAddress: testTarget,
      calldata,
      l2Value: 0n,
    })
    expect((await untilL2(hash)).status).toBe('l2-success')
    expect(
      await l2.readContract({ address: testTarget, abi: targetAbi, functionName: 'count' }),
    ).toBe(countBefore + 5n)

    const cost = await getBaseCost({ l1, l2, l2GasLimit: 300_000n, gasPrice: 1_000_000_000n })
    expect(cost.baseCost).toBeGreaterThan(0n)
    expect(cost.l2GasPrice * 300_000n).toBeLessThanOrEqual(cost.baseCost)
  })
})
