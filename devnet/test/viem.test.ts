import { encodeFunctionData, erc20Abi, parseAbi, parseEther, parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { encodedCanonicalTxLength, l2TransactionBaseCost, minimumL2GasLimit } from '../src/lib/fees'
import {
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

// Every bridge flow of viem/zksync against the devnet, unchanged, on chain 270 (ETH base token).
// Each test asserts balances before and after on both layers.

const bridgehubAbi = parseAbi([
  'function l2TransactionBaseCost(uint256 _chainId, uint256 _gasPrice, uint256 _l2GasLimit, uint256 _l2GasPerPubdataByteLimit) view returns (uint256)',
])

const tokens = devnet.deployment.tokens

describe('viem/zksync on the devnet (chain 270)', () => {
  it('deposits ETH: L1 pays amount + base cost + gas, L2 receives amount + unused fee', async () => {
    const c = clients(1)
    const amount = parseEther('1.5')
    const [l1Before, l2Before] = await Promise.all([
      c.l1.getBalance({ address: c.account.address }),
      c.l2.getBalance({ address: c.account.address }),
    ])
    const hash = await c.l1Wallet.deposit({ client: c.l2, token: ETH, amount })
    const { l1Receipt, l2Receipt } = await waitForDeposit(c, hash)
    expect(l2Receipt.status).toBe('success')
    const tx = await c.l1.getTransaction({ hash })
    const mintValue = tx.value
    expect(mintValue).toBeGreaterThan(amount)

    const [l1After, l2After] = await Promise.all([
      c.l1.getBalance({ address: c.account.address }),
      c.l2.getBalance({ address: c.account.address }),
    ])
    expect(l1Before - l1After).toBe(mintValue + gasCost(l1Receipt))
    // L2: the amount, plus the refund of what the L2 execution did not use
    const l2Fee = l2Receipt.gasUsed * l2Receipt.effectiveGasPrice
    expect(l2After - l2Before).toBe(mintValue - l2Fee)
    expect(l2After - l2Before).toBeGreaterThanOrEqual(amount)
  })

  it('runs two identical deposits from one account as two L2 transactions', async () => {
    const c = clients(1)
    const amount = parseEther('0.123')
    const before = await c.l2.getBalance({ address: c.account.address })
    const results = []
    for (let i = 0; i < 2; i++) {
      const hash = await c.l1Wallet.deposit({
        client: c.l2,
        token: ETH,
        amount,
        l2GasLimit: 300_000n,
      })
      results.push(await waitForDeposit(c, hash))
    }
    const [first, second] = results
    expect(first?.l2Hash).not.toBe(second?.l2Hash)
    expect(first?.l2Receipt.transactionHash).not.toBe(second?.l2Receipt.transactionHash)
    expect(first?.l2Receipt.status).toBe('success')
    expect(second?.l2Receipt.status).toBe('success')
    expect(await c.l2.getBalance({ address: c.account.address })).toBeGreaterThanOrEqual(
      before + 2n * amount,
    )
  })

  for (const key of ['TST', 'TUSD'] as const) {
    it(`deposits ${key} (approve, then deposit) and the L2 token mirrors the L1 token`, async () => {
      const c = clients(2)
      const l1Token = tokens[key]
      const [name, symbol, decimals] = await Promise.all([
        c.l1.readContract({ address: l1Token, abi: erc20Abi, functionName: 'name' }),
        c.l1.readContract({ address: l1Token, abi: erc20Abi, functionName: 'symbol' }),
        c.l1.readContract({ address: l1Token, abi: erc20Abi, functionName: 'decimals' }),
      ])
      const amount = parseUnits('250', decimals)
      const l2Token = await c.l2.getL2TokenAddress({ token: l1Token })
      const l1Before = await l1TokenBalance(c, l1Token)
      const l2Before = await l2TokenBalance(c, l2Token).catch(() => 0n)

      const hash = await c.l1Wallet.deposit({
        client: c.l2,
        token: l1Token,
        amount,
        approveToken: true,
      })
      const { l2Receipt } = await waitForDeposit(c, hash)
      expect(l2Receipt.status).toBe('success')

      expect(await l1TokenBalance(c, l1Token)).toBe(l1Before - amount)
      expect(await l2TokenBalance(c, l2Token)).toBe(l2Before + amount)
      expect(await c.l2.getL2TokenAddress({ token: l1Token })).toBe(l2Token)
      expect(await c.l2.getL1TokenAddress({ token: l2Token })).toBe(l1Token)
      const [l2Name, l2Symbol, l2Decimals] = await Promise.all([
        c.l2.readContract({ address: l2Token, abi: erc20Abi, functionName: 'name' }),
        c.l2.readContract({ address: l2Token, abi: erc20Abi, functionName: 'symbol' }),
        c.l2.readContract({ address: l2Token, abi: erc20Abi, functionName: 'decimals' }),
      ])
      expect([l2Name, l2Symbol, l2Decimals]).toEqual([name, symbol, decimals])
    })
  }

  it('withdraws ETH and finalizes once on L1; a second finalization reverts', async () => {
    const c = clients(3)
    const amount = parseEther('0.75')
    const [l1Before, l2Before] = await Promise.all([
      c.l1.getBalance({ address: c.account.address }),
      c.l2.getBalance({ address: c.account.address }),
    ])
    const hash = await c.l2Wallet.withdraw({ token: ETH, amount })
    const receipt = await c.l2.waitForTransactionReceipt({ hash })
    expect(receipt.status).toBe('success')
    expect(await c.l2.getBalance({ address: c.account.address })).toBe(
      l2Before - amount - receipt.gasUsed * receipt.effectiveGasPrice,
    )
    await waitIdle()
    expect(await c.l1.isWithdrawalFinalized({ client: c.l2, hash })).toBe(false)

    const finalizeHash = await c.l1Wallet.finalizeWithdrawal({ client: c.l2, hash })
    const finalizeReceipt = await c.l1.waitForTransactionReceipt({ hash: finalizeHash })
    expect(finalizeReceipt.status).toBe('success')
    expect(await c.l1.getBalance({ address: c.account.address })).toBe(
      l1Before + amount - gasCost(finalizeReceipt),
    )
    expect(await c.l1.isWithdrawalFinalized({ client: c.l2, hash })).toBe(true)

    const l1AfterFirst = await c.l1.getBalance({ address: c.account.address })
    await expect(c.l1Wallet.finalizeWithdrawal({ client: c.l2, hash })).rejects.toThrow()
    expect(await c.l1.getBalance({ address: c.account.address })).toBe(l1AfterFirst)
  })

  it('withdraws an ERC-20 back to L1 and finalizes it', async () => {
    const c = clients(4)
    const l1Token = tokens.TST
    const amount = parseEther('40')
    const depositHash = await c.l1Wallet.deposit({
      client: c.l2,
      token: l1Token,
      amount,
      approveToken: true,
    })
    await waitForDeposit(c, depositHash)
    const l2Token = await c.l2.getL2TokenAddress({ token: l1Token })
    const l1Before = await l1TokenBalance(c, l1Token)
    const l2Before = await l2TokenBalance(c, l2Token)

    const hash = await c.l2Wallet.withdraw({ token: l2Token, amount: parseEther('15') })
    expect((await c.l2.waitForTransactionReceipt({ hash })).status).toBe('success')
    expect(await l2TokenBalance(c, l2Token)).toBe(l2Before - parseEther('15'))
    await waitIdle()
    expect(await c.l1.isWithdrawalFinalized({ client: c.l2, hash })).toBe(false)
    const finalizeHash = await c.l1Wallet.finalizeWithdrawal({ client: c.l2, hash })
    expect((await c.l1.waitForTransactionReceipt({ hash: finalizeHash })).status).toBe('success')
    expect(await l1TokenBalance(c, l1Token)).toBe(l1Before + parseEther('15'))
    expect(await c.l1.isWithdrawalFinalized({ client: c.l2, hash })).toBe(true)
    await expect(c.l1Wallet.finalizeWithdrawal({ client: c.l2, hash })).rejects.toThrow()
    expect(await l1TokenBalance(c, l1Token)).toBe(l1Before + parseEther('15'))
  })

  it('a deposit that runs out of gas on L2 fails (status 0) and is claimed back on L1 once', async () => {
    const c = clients(5)
    const l1Token = tokens.TUSD
    const amount = parseUnits('123.45', 6)
    const l2Token = await c.l2.getL2TokenAddress({ token: l1Token })
    const l1Before = await l1TokenBalance(c, l1Token)
    const l2Before = await l2TokenBalance(c, l2Token).catch(() => 0n)

    // Above what the L1 Mailbox accepts for this request, far below what L2 execution needs.
    const calldataLength = 4 + 32 * 6 + 800 // legacy finalizeDeposit with token metadata (upper bound)
    const minimum = minimumL2GasLimit({
      encodedLength: encodedCanonicalTxLength(calldataLength, 0),
      factoryDepsCount: 0,
    })
    const hash = await c.l1Wallet.deposit({
      client: c.l2,
      token: l1Token,
      amount,
      approveToken: true,
      l2GasLimit: minimum + 2_000n,
    })
    const { l2Hash, l2Receipt } = await waitForDeposit(c, hash)
    expect(l2Receipt.status).toBe('reverted')
    expect(await l1TokenBalance(c, l1Token)).toBe(l1Before - amount)
    expect(await l2TokenBalance(c, l2Token).catch(() => 0n)).toBe(l2Before)

    await waitIdle()
    const claimHash = await c.l1Wallet.claimFailedDeposit({ client: c.l2, depositHash: l2Hash })
    expect((await c.l1.waitForTransactionReceipt({ hash: claimHash })).status).toBe('success')
    expect(await l1TokenBalance(c, l1Token)).toBe(l1Before)
    await expect(
      c.l1Wallet.claimFailedDeposit({ client: c.l2, depositHash: l2Hash }),
    ).rejects.toThrow()
    expect(await l1TokenBalance(c, l1Token)).toBe(l1Before)
  })

  it('refuses to claim a deposit that succeeded', async () => {
    const c = clients(5)
    const hash = await c.l1Wallet.deposit({
      client: c.l2,
      token: tokens.TST,
      amount: parseEther('1'),
      approveToken: true,
    })
    const { l2Hash, l2Receipt } = await waitForDeposit(c, hash)
    expect(l2Receipt.status).toBe('success')
    await waitIdle()
    const before = await l1TokenBalance(c, tokens.TST)
    await expect(
      c.l1Wallet.claimFailedDeposit({ client: c.l2, depositHash: l2Hash }),
    ).rejects.toThrow(/successful deposit/i)
    expect(await l1TokenBalance(c, tokens.TST)).toBe(before)
  })

  it('requestExecute calls the L2 test contract and its effect is visible on L2', async () => {
    const c = clients(6)
    const target = devnet.deployment.chains[270]?.testTarget
    if (!target) throw new Error('no test target')
    const countBefore = await c.l2.readContract({
      address: target,
      abi: testTargetAbi,
      functionName: 'count',
    })
    const l1Before = await c.l1.getBalance({ address: c.account.address })
    const l2Before = await c.l2.getBalance({ address: c.account.address })
    const hash = await c.l1Wallet.requestExecute({
      client: c.l2,
      contractAddress: target,
      calldata: encodeFunctionData({ abi: testTargetAbi, functionName: 'incrementBy', args: [7n] }),
    })
    const { l1Receipt, l2Receipt } = await waitForDeposit(c, hash)
    expect(l2Receipt.status).toBe('success')
    expect(
      await c.l2.readContract({ address: target, abi: testTargetAbi, functionName: 'count' }),
    ).toBe(countBefore + 7n)
    expect(
      await c.l2.readContract({ address: target, abi: testTargetAbi, functionName: 'lastCaller' }),
    ).toBe(c.account.address)
    const mintValue = (await c.l1.getTransaction({ hash })).value
    expect(await c.l1.getBalance({ address: c.account.address })).toBe(
      l1Before - mintValue - gasCost(l1Receipt),
    )
    // requestExecute refunds the unused base cost to the sender on L2
    const l2Fee = l2Receipt.gasUsed * l2Receipt.effectiveGasPrice
    expect(await c.l2.getBalance({ address: c.account.address })).toBe(l2Before + mintValue - l2Fee)
  })

  it('requestExecute with an L2 value pays it to the target', async () => {
    const c = clients(6)
    const target = devnet.deployment.chains[270]?.testTarget
    if (!target) throw new Error('no test target')
    const targetBefore = await c.l2.getBalance({ address: target })
    const hash = await c.l1Wallet.requestExecute({
      client: c.l2,
      contractAddress: target,
      calldata: encodeFunctionData({ abi: testTargetAbi, functionName: 'deposit' }),
      l2Value: parseEther('0.01'),
    })
    const { l2Receipt } = await waitForDeposit(c, hash)
    expect(l2Receipt.status).toBe('success')
    expect(await c.l2.getBalance({ address: target })).toBe(targetBefore + parseEther('0.01'))
  })

  it('Bridgehub.l2TransactionBaseCost equals the §8 formula for a grid of inputs', async () => {
    const c = clients(0)
    const gasPrices = [1n, 10n ** 8n, 2n * 10n ** 9n, 50n * 10n ** 9n, 1_234_567_891n, 10n ** 12n]
    const limits = [0n, 21_000n, 300_000n, 1_000_000n, 72_000_000n]
    for (const gasPrice of gasPrices)
      for (const l2GasLimit of limits) {
        const onChain = await c.l1.readContract({
          address: devnet.deployment.bridgehub,
          abi: bridgehubAbi,
          functionName: 'l2TransactionBaseCost',
          args: [270n, gasPrice, l2GasLimit, 800n],
        })
        expect(onChain).toBe(l2TransactionBaseCost({ gasPrice, l2GasLimit, gasPerPubdata: 800n }))
      }
    expect(
      l2TransactionBaseCost({
        gasPrice: 2n * 10n ** 9n,
        l2GasLimit: 300_000n,
        gasPerPubdata: 800n,
      }),
    ).toBe(82_500_000_000_000n)
  })
})
