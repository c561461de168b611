import { type Hash, parseEther } from 'viem'
import { publicActionsL2, walletActionsL1 } from 'viem/zksync'
import { describe, expect, it } from 'vitest'
import { DEVNET_DEFAULT_ADDRESSES } from '../../../devnet/facts'
import { devnet, freshAccount, gateway, publicClients } from '../../testing/devnetClients'
import { WithdrawalAlreadyFinalizedError } from '../errors/bridgeErrors'
import type { WithdrawalStatus } from '../model/status'
import { discoverTransfers } from './discoverTransfers'
import { finalizeWithdrawal } from './finalizeWithdrawal'
import { getL2TokenAddress } from './getL2TokenAddress'
import { getWithdrawalQuote } from './getWithdrawalQuote'
import { getWithdrawalStatus } from './getWithdrawalStatus'
import { withdraw } from './withdraw'

// Withdrawals on the devnet with Ferry's actions: every stage in order (slowed-down batches),
// finalize once, and the history rebuilt from chain logs for fresh accounts.

const { pair, l1, l2, l2Client } = publicClients()

async function withdrawEth(
  w: Awaited<ReturnType<typeof freshAccount>>,
  amount: bigint,
): Promise<Hash> {
  const hash = await withdraw({
    l2: w.l2Client,
    l2Token: '0x000000000000000000000000000000000000800A',
    amount,
    to: w.account.address,
  })
  await l2.waitForTransactionReceipt({ hash })
  return hash
}

describe('withdrawals with Ferry actions (chain 270)', () => {
  it('walks every stage in order with slow batches, then finalizes once', async () => {
    const w = await freshAccount()
    const quote = await getWithdrawalQuote({
      l2: l2Client,
      token: { kind: 'eth' },
      baseTokenL1: '0x0000000000000000000000000000000000000001',
      amount: parseEther('1'),
      from: w.account.address,
      to: w.account.address,
    })
    expect(quote.fee).toBeGreaterThan(0n)

    const seen: WithdrawalStatus[] = []
    await gateway('devnet_setTiming', [
      { sealIntervalMs: 400, commitDelayMs: 400, proveDelayMs: 400, executeDelayMs: 400 },
    ])
    let hash: Hash
    try {
      hash = await withdrawEth(w, parseEther('1'))
      for (let i = 0; i < 200; i++) {
        const info = await getWithdrawalStatus({ l1, l2: l2Client, l2Hash: hash })
        if (seen.at(-1) !== info.status) seen.push(info.status)
        if (info.status !== 'executed') expect(info.finalize.ready).toBe(false)
        if (info.status === 'committed')
          expect(info.finalize).toMatchObject({ reason: 'batch-not-executed' })
        if (info.status === 'executed') {
          expect(info.finalize).toEqual({ ready: true })
          break
        }
        await new Promise((r) => setTimeout(r, 40))
      }
    } finally {
      await gateway('devnet_setTiming', [
        { sealIntervalMs: 0, commitDelayMs: 0, proveDelayMs: 0, executeDelayMs: 0 },
      ])
    }
    expect(seen).toEqual(['included', 'sealed', 'committed', 'proven', 'executed'])

    const before = await l1.getBalance({ address: w.account.address })
    const finalizeHash = await finalizeWithdrawal({
      l1: w.l1Client,
      l2: l2Client,
      l2Hash: hash,
    })
    const receipt = await l1.getTransactionReceipt({ hash: finalizeHash })
    expect(await l1.getBalance({ address: w.account.address })).toBe(
      before + parseEther('1') - receipt.gasUsed * receipt.effectiveGasPrice,
    )
    const after = await getWithdrawalStatus({ l1, l2: l2Client, l2Hash: hash })
    expect(after.status).toBe('finalized')
    expect(after.finalize).toEqual({ ready: false, reason: 'already-finalized' })

    const balance = await l1.getBalance({ address: w.account.address })
    await expect(
      finalizeWithdrawal({
        l1: w.l1Client,
        l2: l2Client,
        l2Hash: hash,
      }),
    ).rejects.toBeInstanceOf(WithdrawalAlreadyFinalizedError)
    expect(await l1.getBalance({ address: w.account.address })).toBe(balance)
  })

  it('explains why a transaction cannot be finalized', async () => {
    const w = await freshAccount()
    const transfer = await w.l2.sendTransaction({ to: devnet.accounts[1]?.address, value: 1n })
    await l2.waitForTransactionReceipt({ hash: transfer })
    const plain = await getWithdrawalStatus({ l1, l2: l2Client, l2Hash: transfer })
    expect(plain.finalize).toEqual({ ready: false, reason: 'not-a-withdrawal' })
    const unknown = await getWithdrawalStatus({ l1, l2: l2Client, l2Hash: `0x${'12'.repeat(32)}` })
    expect(unknown.finalize).toEqual({ ready: false, reason: 'not-found' })
  })

  it('rebuilds each account’s history from chain logs alone, with no cross-account leak', async () => {
    const [a, b] = [await freshAccount(), await freshAccount()]
    const l1A = a.l1.extend(walletActionsL1())
    const l1B = b.l1.extend(walletActionsL1())
    const zkL2 = l2.extend(publicActionsL2())
    const made: Record<string, Set<string>> = { a: new Set(), b: new Set() }

    const depositA = await l1A.deposit({
      client: zkL2,
      token: '0x0000000000000000000000000000000000000000',
      amount: parseEther('1'),
    })
    const depositTstA = await l1A.deposit({
      client: zkL2,
      token: DEVNET_DEFAULT_ADDRESSES.tokens.TST,
      amount: parseEther('7'),
      approveToken: true,
    })
    const depositB = await l1B.deposit({
      client: zkL2,
      token: '0x0000000000000000000000000000000000000000',
      amount: parseEther('2'),
    })
    for (const h of [depositA, depositTstA, depositB])
      await l1.waitForTransactionReceipt({ hash: h })
    made.a?.add(depositA).add(depositTstA)
    made.b?.add(depositB)
    await gateway('devnet_waitIdle', [])
    made.a?.add(await withdrawEth(a, parseEther('0.3')))
    const l2TstA = await getL2TokenAddress({
      l2: l2Client,
      token: {
        kind: 'erc20',
        l1Address: DEVNET_DEFAULT_ADDRESSES.tokens.TST,
        symbol: 'TST',
        name: 'Test Token',
        decimals: 18,
      },
      baseTokenL1: '0x0000000000000000000000000000000000000001',
    })
    const tokenWithdrawal = await withdraw({
      l2: a.l2Client,
      l2Token: l2TstA,
      amount: parseEther('2'),
      to: a.account.address,
    })
    await l2.waitForTransactionReceipt({ hash: tokenWithdrawal })
    made.a?.add(tokenWithdrawal)
    made.b?.add(await withdrawEth(b, parseEther('0.4')))

    for (const [name, w] of [
      ['a', a],
      ['b', b],
    ] as const) {
      const found = await discoverTransfers({
        l1,
        l2: l2Client,
        pairId: pair.id,
        account: w.account.address,
      })
      const hashes = new Set(found.map((t) => (t.kind === 'deposit' ? t.l1Hash : t.l2Hash)))
      expect(hashes).toEqual(made[name])
      for (const t of found) expect(t.account).toBe(w.account.address)
    }
    const foundA = await discoverTransfers({
      l1,
      l2: l2Client,
      pairId: pair.id,
      account: a.account.address,
    })
    const tst = foundA.find((t) => t.kind === 'deposit' && t.token.kind === 'erc20')
    expect(tst).toMatchObject({ amount: parseEther('7').toString(), route: 'erc20-to-eth-chain' })
    expect(tst?.token).toMatchObject({ symbol: 'TST', decimals: 18 })
    const tstOut = foundA.find((t) => t.kind === 'withdrawal' && t.token.kind === 'erc20')
    expect(tstOut).toMatchObject({ amount: parseEther('2').toString() })
    const ethIn = foundA.find((t) => t.kind === 'deposit' && t.token.kind === 'eth')
    expect(ethIn).toMatchObject({ amount: parseEther('1').toString(), route: 'base-token' })
    if (ethIn?.kind === 'deposit') expect(ethIn.l2Hash).toMatch(/^0x[0-9a-f]{64}$/)
  })
})
