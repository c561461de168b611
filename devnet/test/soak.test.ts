import { type Hex, parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import {
  type Clients,
  clients,
  devnet,
  ETH,
  gasCost,
  l1TokenBalance,
  l2TokenBalance,
  waitForDeposit,
  waitIdle,
} from './support'

// 50 mixed operations from 10 accounts at once (5 each): ETH and ERC-20 deposits, deposits made
// to fail on purpose, ETH withdrawals. Every one must reach its terminal state, failed deposits
// are claimed back, withdrawals finalized, and every account's balances must add up exactly.

const TST = devnet.deployment.tokens.TST
const FAILING_GAS_LIMIT = 262_000n // above the L1 minimum for a token deposit, too low on L2

type Ledger = { l2Eth: bigint; l1Tst: bigint; l2Tst: bigint; withdrawals: Hex[]; failed: Hex[] }

async function runAccount(index: number): Promise<{ c: Clients; ledger: Ledger; ops: number }> {
  const c = clients(index)
  const ledger: Ledger = { l2Eth: 0n, l1Tst: 0n, l2Tst: 0n, withdrawals: [], failed: [] }
  let ops = 0
  const depositEth = async (amount: bigint) => {
    const hash = await c.l1Wallet.deposit({ client: c.l2, token: ETH, amount })
    const { l2Receipt } = await waitForDeposit(c, hash)
    expect(l2Receipt.status).toBe('success')
    const mintValue = (await c.l1.getTransaction({ hash })).value
    ledger.l2Eth += mintValue - l2Receipt.gasUsed * l2Receipt.effectiveGasPrice
    ops++
  }
  const depositTst = async (amount: bigint, fail: boolean) => {
    const hash = await c.l1Wallet.deposit({
      client: c.l2,
      token: TST,
      amount,
      approveToken: true,
      ...(fail ? { l2GasLimit: FAILING_GAS_LIMIT } : {}),
    })
    const { l2Hash, l2Receipt } = await waitForDeposit(c, hash)
    expect(l2Receipt.status).toBe(fail ? 'reverted' : 'success')
    // the unused part of the base cost comes back to the depositor on L2, in ETH
    const mintValue = (await c.l1.getTransaction({ hash })).value
    ledger.l2Eth += mintValue - l2Receipt.gasUsed * l2Receipt.effectiveGasPrice
    ledger.l1Tst -= amount
    if (fail) ledger.failed.push(l2Hash)
    else ledger.l2Tst += amount
    ops++
  }
  const withdrawEth = async (amount: bigint) => {
    const hash = await c.l2Wallet.withdraw({ token: ETH, amount })
    const receipt = await c.l2.waitForTransactionReceipt({ hash })
    expect(receipt.status).toBe('success')
    ledger.l2Eth -= amount + receipt.gasUsed * receipt.effectiveGasPrice
    ledger.withdrawals.push(hash)
    ops++
  }
  await depositEth(parseEther('0.2') + BigInt(index))
  await depositTst(parseEther('3') + BigInt(index), false)
  await depositTst(parseEther('2'), true)
  await withdrawEth(parseEther('0.05') + BigInt(index))
  await depositEth(parseEther('0.1'))
  return { c, ledger, ops }
}

describe('soak: 50 mixed operations', () => {
  it('every operation reaches its terminal state and balances add up', async () => {
    const accounts = Array.from({ length: 10 }, (_, i) => i)
    const l2Token = await clients(0).l2.getL2TokenAddress({ token: TST })
    const before = await Promise.all(
      accounts.map(async (i) => {
        const c = clients(i)
        return {
          l2Eth: await c.l2.getBalance({ address: c.account.address }),
          l1Tst: await l1TokenBalance(c, TST),
          l2Tst: await l2TokenBalance(c, l2Token).catch(() => 0n),
        }
      }),
    )

    const results = await Promise.all(accounts.map(runAccount))
    expect(results.reduce((sum, r) => sum + r.ops, 0)).toBe(50)
    await waitIdle()

    for (const [i, { c, ledger }] of results.entries()) {
      const start = before[i]
      if (!start) throw new Error('missing snapshot')
      expect(await c.l2.getBalance({ address: c.account.address })).toBe(start.l2Eth + ledger.l2Eth)
      expect(await l1TokenBalance(c, TST)).toBe(start.l1Tst + ledger.l1Tst)
      expect(await l2TokenBalance(c, l2Token)).toBe(start.l2Tst + ledger.l2Tst)
    }

    // Terminal L1 actions: claim every failed deposit, finalize every withdrawal.
    await Promise.all(
      results.map(async ({ c, ledger }) => {
        const tstBefore = await l1TokenBalance(c, TST)
        let claimed = 0n
        for (const depositHash of ledger.failed) {
          const hash = await c.l1Wallet.claimFailedDeposit({ client: c.l2, depositHash })
          expect((await c.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
          claimed += parseEther('2')
        }
        expect(await l1TokenBalance(c, TST)).toBe(tstBefore + claimed)
        for (const hash of ledger.withdrawals) {
          const ethBefore = await c.l1.getBalance({ address: c.account.address })
          const finalize = await c.l1Wallet.finalizeWithdrawal({ client: c.l2, hash })
          const receipt = await c.l1.waitForTransactionReceipt({ hash: finalize })
          const withdrawn = (await c.l2.getTransaction({ hash })).value
          expect(await c.l1.getBalance({ address: c.account.address })).toBe(
            ethBefore + withdrawn - gasCost(receipt),
          )
          expect(await c.l1.isWithdrawalFinalized({ client: c.l2, hash })).toBe(true)
        }
      }),
    )

    // Nothing stuck: all priority requests ran, every batch executed.
    const batch = await c0Rpc('zks_L1BatchNumber')
    const details = (await c0Rpc('zks_getL1BatchDetails', [Number(batch)])) as { status: string }
    expect(details.status).toBe('verified')
  })
})

async function c0Rpc(method: string, params: unknown[] = []) {
  const response = await fetch(devnet.l2[270]?.url ?? '', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  })
  return ((await response.json()) as { result: unknown }).result
}
