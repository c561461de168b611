import { ethers } from 'ethers'
import { describe, expect, it } from 'vitest'
import { L1Signer, Provider, utils, Wallet } from 'zksync-ethers'
import { devnet } from './support'

// The same scenarios with zksync-ethers v6 (Wallet and L1Signer), unchanged, on chain 270.

const L2_URL = devnet.l2[270]?.url ?? ''
const tokens = devnet.deployment.tokens
const testTarget = devnet.deployment.chains[270]?.testTarget ?? ''

function providers() {
  // cacheTimeout -1: ethers otherwise answers repeated balance/nonce reads from a 250 ms cache
  const l1 = new ethers.JsonRpcProvider(devnet.l1Url, undefined, {
    staticNetwork: true,
    cacheTimeout: -1,
  })
  l1.pollingInterval = 100
  const l2 = new Provider(L2_URL, undefined, { cacheTimeout: -1 })
  l2.pollingInterval = 100
  return { l1, l2 }
}

function wallet(index: number) {
  const key = devnet.accounts[index]?.privateKey
  if (!key) throw new Error(`no dev account ${index}`)
  const { l1, l2 } = providers()
  return { wallet: new Wallet(key, l2, l1), l1, l2 }
}

const erc20 = new ethers.Interface([
  'function balanceOf(address) view returns (uint256)',
  'function name() view returns (string)',
  'function symbol() view returns (string)',
  'function decimals() view returns (uint8)',
])
const target = new ethers.Interface([
  'function count() view returns (uint256)',
  'function incrementBy(uint256)',
  'function fail(string)',
])

async function tokenBalance(provider: ethers.Provider, token: string, owner: string) {
  const [value] = erc20.decodeFunctionResult(
    'balanceOf',
    await provider.call({ to: token, data: erc20.encodeFunctionData('balanceOf', [owner]) }),
  )
  return value as bigint
}

/**
 * An L1 token's balance on L2: 0 while the vault answers the zero address (the token was never
 * bridged; ethers would read the ETH balance of the zero address as "the token").
 */
async function bridgedBalance(w: Wallet, l2: Provider, l1Token: string) {
  const l2Token = await l2.l2TokenAddress(l1Token)
  return l2Token === ethers.ZeroAddress ? 0n : w.getBalance(l2Token)
}

async function l1Cost(provider: ethers.Provider, hash: string) {
  const receipt = await provider.getTransactionReceipt(hash)
  if (!receipt) throw new Error(`no receipt for ${hash}`)
  return receipt.gasUsed * receipt.gasPrice
}

describe('zksync-ethers v6 on the devnet (chain 270)', () => {
  it('Provider getters agree with the deployment', async () => {
    const { l2 } = providers()
    expect((await l2.getBridgehubContractAddress()).toLowerCase()).toBe(
      devnet.deployment.bridgehub.toLowerCase(),
    )
    expect((await l2.getMainContractAddress()).toLowerCase()).toBe(
      devnet.deployment.chains[270]?.diamond.toLowerCase(),
    )
    const bridges = await l2.getDefaultBridgeAddresses()
    expect(bridges.sharedL1.toLowerCase()).toBe(devnet.deployment.l1AssetRouter.toLowerCase())
    expect(bridges.sharedL2.toLowerCase()).toBe(utils.L2_ASSET_ROUTER_ADDRESS.toLowerCase())
    expect(await l2.getBaseTokenContractAddress()).toBe(utils.ETH_ADDRESS_IN_CONTRACTS)
    expect(await l2.isEthBasedChain()).toBe(true)
    expect(await l2.l1ChainId()).toBe(9)
    expect(await l2.getL1BatchNumber()).toBeGreaterThan(0)
    const batch = await l2.getL1BatchDetails(1)
    expect(batch.number).toBe(1)
    const block = await l2.getBlockDetails(1)
    expect(block.l1BatchNumber).toBe(1)
    expect(Number((await l2.getNetwork()).chainId)).toBe(270)
  })

  it('Wallet deposits ETH; getFullRequiredDepositFee and getBaseCost are consistent', async () => {
    const { wallet: w, l1 } = wallet(7)
    const amount = ethers.parseEther('2')
    const fee = await w.getFullRequiredDepositFee({ token: utils.ETH_ADDRESS, to: w.address })
    expect(fee.baseCost).toBeGreaterThan(0n)
    expect(fee.l1GasLimit).toBeGreaterThan(0n)
    const baseCost = await w.getBaseCost({ gasLimit: fee.l2GasLimit })
    expect(baseCost).toBeGreaterThan(0n)
    const l1Before = await l1.getBalance(w.address)
    const l2Before = await w.getBalance()

    const op = await w.deposit({ token: utils.ETH_ADDRESS, amount })
    const l2Receipt = await op.wait()
    expect(l2Receipt.status).toBe(1)
    const l1Tx = await l1.getTransaction(op.hash)
    const mintValue = l1Tx?.value ?? 0n
    expect(await l1.getBalance(w.address)).toBe(l1Before - mintValue - (await l1Cost(l1, op.hash)))
    const l2After = await w.getBalance()
    expect(l2After - l2Before).toBe(mintValue - l2Receipt.gasUsed * l2Receipt.gasPrice)
    expect(l2After - l2Before).toBeGreaterThanOrEqual(amount)
  })

  it('Wallet deposits an ERC-20 with approval; L2 balance via l2TokenAddress', async () => {
    const { wallet: w, l1, l2 } = wallet(7)
    const amount = ethers.parseUnits('77', 6)
    // zero until the token's first deposit deploys it on L2 (then ethers would read ETH's balance)
    const l2TokenBefore = await l2.l2TokenAddress(tokens.TUSD)
    const l1Before = await tokenBalance(l1, tokens.TUSD, w.address)
    const l2Before = l2TokenBefore === ethers.ZeroAddress ? 0n : await w.getBalance(l2TokenBefore)
    const op = await w.deposit({ token: tokens.TUSD, amount, approveERC20: true })
    expect((await op.wait()).status).toBe(1)
    const l2Token = await l2.l2TokenAddress(tokens.TUSD)
    expect(l2Token).not.toBe(ethers.ZeroAddress)
    expect(await tokenBalance(l1, tokens.TUSD, w.address)).toBe(l1Before - amount)
    expect(await w.getBalance(l2Token)).toBe(l2Before + amount)
    expect((await l2.l1TokenAddress(l2Token)).toLowerCase()).toBe(tokens.TUSD.toLowerCase())
  })

  it('Wallet withdraws ETH (EIP-712 tx), waitFinalize, then finalizes on L1 once', async () => {
    const { wallet: w, l1 } = wallet(8)
    const amount = ethers.parseEther('0.5')
    const l2Before = await w.getBalance()
    const tx = await w.withdraw({ token: utils.ETH_ADDRESS, amount })
    expect(tx.type).toBe(113)
    const receipt = await tx.waitFinalize()
    expect(receipt.status).toBe(1)
    expect(await w.getBalance()).toBe(l2Before - amount - receipt.gasUsed * receipt.gasPrice)
    expect(await w.isWithdrawalFinalized(tx.hash)).toBe(false)

    const l1Before = await l1.getBalance(w.address)
    const finalize = await w.finalizeWithdrawal(tx.hash)
    const finalizeReceipt = await finalize.wait()
    expect(finalizeReceipt?.status).toBe(1)
    expect(await l1.getBalance(w.address)).toBe(
      l1Before + amount - (await l1Cost(l1, finalize.hash)),
    )
    expect(await w.isWithdrawalFinalized(tx.hash)).toBe(true)
    await expect(w.finalizeWithdrawal(tx.hash)).rejects.toThrow()
  })

  it('Wallet withdraws an ERC-20 and finalizes it', async () => {
    const { wallet: w, l1, l2 } = wallet(8)
    const deposit = await w.deposit({
      token: tokens.TST,
      amount: ethers.parseEther('30'),
      approveERC20: true,
    })
    await deposit.wait()
    const l2Token = await l2.l2TokenAddress(tokens.TST)
    const l2Before = await w.getBalance(l2Token)
    const l1Before = await tokenBalance(l1, tokens.TST, w.address)
    const tx = await w.withdraw({ token: l2Token, amount: ethers.parseEther('12') })
    await tx.waitFinalize()
    expect(await w.getBalance(l2Token)).toBe(l2Before - ethers.parseEther('12'))
    const finalize = await w.finalizeWithdrawal(tx.hash)
    await finalize.wait()
    expect(await tokenBalance(l1, tokens.TST, w.address)).toBe(l1Before + ethers.parseEther('12'))
    expect(await w.isWithdrawalFinalized(tx.hash)).toBe(true)
  })

  it('Wallet claims a failed ERC-20 deposit back on L1', async () => {
    const { wallet: w, l1 } = wallet(9)
    const amount = ethers.parseEther('5')
    const before = await tokenBalance(l1, tokens.TST, w.address)
    const op = await w.deposit({
      token: tokens.TST,
      amount,
      approveERC20: true,
      l2GasLimit: 262_000,
    })
    const failed = await op.wait().then(
      () => null,
      (error: { receipt?: { hash: string; status: number } }) => error.receipt ?? null,
    )
    expect(failed?.status).toBe(0)
    expect(await tokenBalance(l1, tokens.TST, w.address)).toBe(before - amount)
    const l2Hash = failed?.hash ?? ''
    const l2Tx = await w._providerL2().getTransaction(l2Hash)
    await l2Tx.waitFinalize().catch(() => {})
    await waitForLogProof(l2Hash)
    const claim = await w.claimFailedDeposit(l2Hash)
    await claim.wait()
    expect(await tokenBalance(l1, tokens.TST, w.address)).toBe(before)
    await expect(w.claimFailedDeposit(l2Hash)).rejects.toThrow()
  })

  it('Wallet.requestExecute calls the L2 test contract', async () => {
    const { wallet: w, l2 } = wallet(9)
    const read = async () =>
      target.decodeFunctionResult(
        'count',
        await l2.call({ to: testTarget, data: target.encodeFunctionData('count') }),
      )[0] as bigint
    const before = await read()
    const op = await w.requestExecute({
      contractAddress: testTarget,
      calldata: target.encodeFunctionData('incrementBy', [3]),
    })
    expect((await op.wait()).status).toBe(1)
    expect(await read()).toBe(before + 3n)
  })

  it('L1Signer (a JSON-RPC signer, as in a browser) deposits ETH', async () => {
    const { l1, l2 } = providers()
    const address = devnet.accounts[7]?.address ?? ''
    const signer = L1Signer.from(await l1.getSigner(address), l2)
    const l2Before = await l2.getBalance(address)
    const op = await signer.deposit({ token: utils.ETH_ADDRESS, amount: ethers.parseEther('0.1') })
    expect((await op.wait()).status).toBe(1)
    expect((await l2.getBalance(address)) - l2Before).toBeGreaterThanOrEqual(
      ethers.parseEther('0.1'),
    )
    const baseCost = await signer.getBaseCost({ gasLimit: 300_000 })
    expect(baseCost).toBeGreaterThan(0n)
  })
})

async function waitForLogProof(hash: string) {
  const { l2 } = providers()
  for (let i = 0; i < 200; i++) {
    if (await l2.getLogProof(hash, 0).catch(() => null)) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`no log proof for ${hash}`)
}

describe('zksync-ethers v6 on the custom-base-token chain 272 (gas in TST)', () => {
  const url = devnet.l2[272]?.url ?? ''
  const setup = (index: number) => {
    const key = devnet.accounts[index]?.privateKey
    if (!key) throw new Error(`no dev account ${index}`)
    const l1 = new ethers.JsonRpcProvider(devnet.l1Url, undefined, {
      staticNetwork: true,
      cacheTimeout: -1,
    })
    l1.pollingInterval = 100
    const l2 = new Provider(url, undefined, { cacheTimeout: -1 })
    l2.pollingInterval = 100
    return { w: new Wallet(key, l2, l1), l1, l2 }
  }

  it('knows it is not ETH-based and that TST is the base token', async () => {
    const { w, l2 } = setup(5)
    expect(await l2.isEthBasedChain()).toBe(false)
    expect((await w.getBaseToken()).toLowerCase()).toBe(tokens.TST.toLowerCase())
    expect(await l2.isBaseToken(tokens.TST)).toBe(true)
  })

  it('deposits the base token, ETH and TUSD (all four routes with the ETH chain)', async () => {
    const { w, l1, l2 } = setup(5)
    const l2Before = await w.getBalance()
    const base = await w.deposit({
      token: tokens.TST,
      amount: ethers.parseEther('20'),
      approveBaseERC20: true,
    })
    expect((await base.wait()).status).toBe(1)
    expect((await w.getBalance()) - l2Before).toBeGreaterThanOrEqual(ethers.parseEther('20'))

    const ethBefore = await bridgedBalance(w, l2, utils.ETH_ADDRESS)
    const eth = await w.deposit({
      token: utils.ETH_ADDRESS,
      amount: ethers.parseEther('0.7'),
      approveBaseERC20: true,
    })
    expect((await eth.wait()).status).toBe(1)
    expect(await bridgedBalance(w, l2, utils.ETH_ADDRESS)).toBe(
      ethBefore + ethers.parseEther('0.7'),
    )

    const tusdBefore = await bridgedBalance(w, l2, tokens.TUSD)
    const l1TusdBefore = await tokenBalance(l1, tokens.TUSD, w.address)
    const tusd = await w.deposit({
      token: tokens.TUSD,
      amount: ethers.parseUnits('90', 6),
      approveERC20: true,
      approveBaseERC20: true,
    })
    expect((await tusd.wait()).status).toBe(1)
    expect(await bridgedBalance(w, l2, tokens.TUSD)).toBe(tusdBefore + ethers.parseUnits('90', 6))
    expect(await tokenBalance(l1, tokens.TUSD, w.address)).toBe(
      l1TusdBefore - ethers.parseUnits('90', 6),
    )
  })

  it('withdraws the base token, ETH and TUSD and finalizes each on L1', async () => {
    const { w, l1, l2 } = setup(5)
    const withdrawAndFinalize = async (token: string, amount: bigint) => {
      const tx = await w.withdraw({ token, amount })
      await tx.waitFinalize()
      expect(await w.isWithdrawalFinalized(tx.hash)).toBe(false)
      const finalize = await w.finalizeWithdrawal(tx.hash)
      const receipt = await finalize.wait()
      expect(await w.isWithdrawalFinalized(tx.hash)).toBe(true)
      return receipt
    }
    const tstBefore = await tokenBalance(l1, tokens.TST, w.address)
    await withdrawAndFinalize(utils.L2_BASE_TOKEN_ADDRESS, ethers.parseEther('3'))
    expect(await tokenBalance(l1, tokens.TST, w.address)).toBe(tstBefore + ethers.parseEther('3'))

    const ethBefore = await l1.getBalance(w.address)
    const receipt = await withdrawAndFinalize(
      await l2.l2TokenAddress(utils.ETH_ADDRESS),
      ethers.parseEther('0.2'),
    )
    expect(await l1.getBalance(w.address)).toBe(
      ethBefore + ethers.parseEther('0.2') - (receipt?.gasUsed ?? 0n) * (receipt?.gasPrice ?? 0n),
    )

    const tusdBefore = await tokenBalance(l1, tokens.TUSD, w.address)
    await withdrawAndFinalize(await l2.l2TokenAddress(tokens.TUSD), ethers.parseUnits('15', 6))
    expect(await tokenBalance(l1, tokens.TUSD, w.address)).toBe(
      tusdBefore + ethers.parseUnits('15', 6),
    )
  })

  it('claims a failed TUSD deposit and pays requestExecute fees in TST', async () => {
    const { w, l1, l2 } = setup(6)
    const before = await tokenBalance(l1, tokens.TUSD, w.address)
    const op = await w.deposit({
      token: tokens.TUSD,
      amount: ethers.parseUnits('10', 6),
      approveERC20: true,
      approveBaseERC20: true,
      l2GasLimit: 262_000,
    })
    const failed = await op.wait().then(
      () => null,
      (error: { receipt?: { hash: string; status: number } }) => error.receipt ?? null,
    )
    expect(failed?.status).toBe(0)
    const l2Hash = failed?.hash ?? ''
    for (let i = 0; i < 200 && !(await l2.getLogProof(l2Hash, 0).catch(() => null)); i++)
      await new Promise((r) => setTimeout(r, 50))
    await (await w.claimFailedDeposit(l2Hash)).wait()
    expect(await tokenBalance(l1, tokens.TUSD, w.address)).toBe(before)

    const target272 = devnet.deployment.chains[272]?.testTarget ?? ''
    const count = async () =>
      target.decodeFunctionResult(
        'count',
        await l2.call({ to: target272, data: target.encodeFunctionData('count') }),
      )[0] as bigint
    const countBefore = await count()
    const tstBefore = await tokenBalance(l1, tokens.TST, w.address)
    // the fee (mintValue) is pulled in TST from the sender: approve the shared bridge first
    const approval = await w.approveERC20(tokens.TST, ethers.MaxUint256)
    await approval.wait()
    const exec = await w.requestExecute({
      contractAddress: target272,
      calldata: target.encodeFunctionData('incrementBy', [2]),
    })
    expect((await exec.wait()).status).toBe(1)
    expect(await count()).toBe(countBefore + 2n)
    expect(await tokenBalance(l1, tokens.TST, w.address)).toBeLessThan(tstBefore)
  })
})
