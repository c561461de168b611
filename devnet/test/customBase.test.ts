import { encodeFunctionData, erc20Abi, maxUint256, parseEther, parseUnits } from 'viem'
import { l2BaseTokenAddress } from 'viem/zksync'
import { describe, expect, it } from 'vitest'
import {
  type Clients,
  clients,
  devnet,
  ETH,
  gasCost,
  l1TokenBalance,
  l2TokenBalance,
  testTargetAbi,
  waitForDeposit,
  waitIdle,
} from './support'

// Chain 272 pays gas in TST (an L1 ERC-20): every L1→L2 request mints TST for its fee, ETH is a
// bridged token there, and the base token leaves L2 through 0x…800a. viem/zksync, unchanged.

const CHAIN = 272
const { TST, TUSD } = devnet.deployment.tokens
const sharedBridge = devnet.deployment.l1AssetRouter

async function approveBaseToken(c: Clients) {
  const hash = await c.l1Wallet.writeContract({
    address: TST,
    abi: erc20Abi,
    functionName: 'approve',
    args: [sharedBridge, maxUint256],
  })
  await c.l1.waitForTransactionReceipt({ hash })
}

async function finalize(c: Clients, hash: `0x${string}`) {
  await waitIdle(CHAIN)
  expect(await c.l1.isWithdrawalFinalized({ client: c.l2, hash })).toBe(false)
  const finalizeHash = await c.l1Wallet.finalizeWithdrawal({ client: c.l2, hash })
  const receipt = await c.l1.waitForTransactionReceipt({ hash: finalizeHash })
  expect(receipt.status).toBe('success')
  expect(await c.l1.isWithdrawalFinalized({ client: c.l2, hash })).toBe(true)
  return receipt
}

describe('viem/zksync on the custom-base-token chain 272 (gas in TST)', () => {
  it('is registered with TST as its base token on L1 and L2', async () => {
    const c = clients(1, CHAIN)
    expect((await c.l2.getBaseTokenL1Address()).toLowerCase()).toBe(TST.toLowerCase())
    expect(devnet.deployment.chains[CHAIN]?.baseToken.toLowerCase()).toBe(TST.toLowerCase())
  })

  it('deposits the base token (TST): mintValue in TST from L1, native balance on L2', async () => {
    const c = clients(1, CHAIN)
    const amount = parseEther('40')
    const [tstBefore, l2Before, ethBefore] = await Promise.all([
      l1TokenBalance(c, TST),
      c.l2.getBalance({ address: c.account.address }),
      c.l1.getBalance({ address: c.account.address }),
    ])
    const hash = await c.l1Wallet.deposit({
      client: c.l2,
      token: TST,
      amount,
      approveBaseToken: true,
    })
    const { l1Receipt, l2Receipt } = await waitForDeposit(c, hash)
    expect(l2Receipt.status).toBe('success')
    const tx = await c.l1.getTransaction({ hash })
    expect(tx.value).toBe(0n) // no ETH: the fee is paid in TST
    const tstSpent = tstBefore - (await l1TokenBalance(c, TST))
    expect(tstSpent).toBeGreaterThan(amount)
    const l2Fee = l2Receipt.gasUsed * l2Receipt.effectiveGasPrice
    expect(await c.l2.getBalance({ address: c.account.address })).toBe(l2Before + tstSpent - l2Fee)
    expect(await c.l1.getBalance({ address: c.account.address })).toBeLessThanOrEqual(
      ethBefore - gasCost(l1Receipt),
    )
  })

  it('deposits ETH (approve TST for the fee, ETH as msg.value); ETH arrives as a bridged token', async () => {
    const c = clients(2, CHAIN)
    const amount = parseEther('1.25')
    const l2Eth = await c.l2.getL2TokenAddress({ token: ETH })
    const before = await l2TokenBalance(c, l2Eth).catch(() => 0n)
    const tstBefore = await l1TokenBalance(c, TST)
    const hash = await c.l1Wallet.deposit({
      client: c.l2,
      token: ETH,
      amount,
      approveBaseToken: true,
    })
    const { l2Receipt } = await waitForDeposit(c, hash)
    expect(l2Receipt.status).toBe('success')
    expect((await c.l1.getTransaction({ hash })).value).toBe(amount)
    expect(await l1TokenBalance(c, TST)).toBeLessThan(tstBefore) // the fee, in TST
    expect(await l2TokenBalance(c, l2Eth)).toBe(before + amount)
  })

  it('deposits another ERC-20 (TUSD): two approvals (TST for the fee, TUSD for the amount)', async () => {
    const c = clients(3, CHAIN)
    const amount = parseUnits('300', 6)
    const l2Tusd = await c.l2.getL2TokenAddress({ token: TUSD })
    const before = await l2TokenBalance(c, l2Tusd).catch(() => 0n)
    const tusdBefore = await l1TokenBalance(c, TUSD)
    const hash = await c.l1Wallet.deposit({
      client: c.l2,
      token: TUSD,
      amount,
      approveToken: true,
      approveBaseToken: true,
    })
    const { l2Receipt } = await waitForDeposit(c, hash)
    expect(l2Receipt.status).toBe('success')
    expect(await l1TokenBalance(c, TUSD)).toBe(tusdBefore - amount)
    expect(await l2TokenBalance(c, l2Tusd)).toBe(before + amount)
  })

  it('withdraws the base token through 0x…800a and finalizes: TST back on L1', async () => {
    const c = clients(1, CHAIN)
    const amount = parseEther('7')
    const tstBefore = await l1TokenBalance(c, TST)
    const l2Before = await c.l2.getBalance({ address: c.account.address })
    const hash = await c.l2Wallet.withdraw({ token: l2BaseTokenAddress, amount })
    const receipt = await c.l2.waitForTransactionReceipt({ hash })
    expect(await c.l2.getBalance({ address: c.account.address })).toBe(
      l2Before - amount - receipt.gasUsed * receipt.effectiveGasPrice,
    )
    await finalize(c, hash)
    expect(await l1TokenBalance(c, TST)).toBe(tstBefore + amount)
  })

  it('withdraws ETH (a bridged token on 272) and finalizes: ETH back on L1', async () => {
    const c = clients(2, CHAIN)
    const l2Eth = await c.l2.getL2TokenAddress({ token: ETH })
    const amount = parseEther('0.5')
    const before = await l2TokenBalance(c, l2Eth)
    const hash = await c.l2Wallet.withdraw({ token: l2Eth, amount })
    await c.l2.waitForTransactionReceipt({ hash })
    expect(await l2TokenBalance(c, l2Eth)).toBe(before - amount)
    const ethBefore = await c.l1.getBalance({ address: c.account.address })
    const receipt = await finalize(c, hash)
    expect(await c.l1.getBalance({ address: c.account.address })).toBe(
      ethBefore + amount - gasCost(receipt),
    )
  })

  it('withdraws an ERC-20 (TUSD) and finalizes', async () => {
    const c = clients(3, CHAIN)
    const l2Tusd = await c.l2.getL2TokenAddress({ token: TUSD })
    const amount = parseUnits('120', 6)
    const tusdBefore = await l1TokenBalance(c, TUSD)
    const hash = await c.l2Wallet.withdraw({ token: l2Tusd, amount })
    await c.l2.waitForTransactionReceipt({ hash })
    await finalize(c, hash)
    expect(await l1TokenBalance(c, TUSD)).toBe(tusdBefore + amount)
  })

  it('claims a failed ERC-20 deposit back on L1', async () => {
    const c = clients(4, CHAIN)
    const amount = parseUnits('55', 6)
    const before = await l1TokenBalance(c, TUSD)
    const hash = await c.l1Wallet.deposit({
      client: c.l2,
      token: TUSD,
      amount,
      approveToken: true,
      approveBaseToken: true,
      l2GasLimit: 262_000n,
    })
    const { l2Hash, l2Receipt } = await waitForDeposit(c, hash)
    expect(l2Receipt.status).toBe('reverted')
    expect(await l1TokenBalance(c, TUSD)).toBe(before - amount)
    await waitIdle(CHAIN)
    const claim = await c.l1Wallet.claimFailedDeposit({ client: c.l2, depositHash: l2Hash })
    expect((await c.l1.waitForTransactionReceipt({ hash: claim })).status).toBe('success')
    expect(await l1TokenBalance(c, TUSD)).toBe(before)
  })

  it('requestExecute pays its fee in TST and changes the L2 contract', async () => {
    const c = clients(4, CHAIN)
    await approveBaseToken(c)
    const target = devnet.deployment.chains[CHAIN]?.testTarget
    if (!target) throw new Error('no test target')
    const count = () =>
      c.l2.readContract({ address: target, abi: testTargetAbi, functionName: 'count' })
    const before = await count()
    const tstBefore = await l1TokenBalance(c, TST)
    const hash = await c.l1Wallet.requestExecute({
      client: c.l2,
      contractAddress: target,
      calldata: encodeFunctionData({ abi: testTargetAbi, functionName: 'incrementBy', args: [5n] }),
    })
    const { l2Receipt } = await waitForDeposit(c, hash)
    expect(l2Receipt.status).toBe('success')
    expect((await c.l1.getTransaction({ hash })).value).toBe(0n)
    expect(await l1TokenBalance(c, TST)).toBeLessThan(tstBefore)
    expect(await count()).toBe(before + 5n)
  })
})
