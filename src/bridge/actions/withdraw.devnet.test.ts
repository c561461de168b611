import { type Hash, parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import {
  devnet,
  freshAccount,
  gateway,
  publicClients,
  withdrawEth,
} from '../../testing/devnetClients'
import { WithdrawalAlreadyFinalizedError } from '../errors/bridgeErrors'
import type { WithdrawalStatus } from '../model/status'
import { finalizeWithdrawal } from './finalizeWithdrawal'
import { getWithdrawalQuote } from './getWithdrawalQuote'
import { getWithdrawalStatus } from './getWithdrawalStatus'

// Withdrawals on the devnet with Ferry's actions: every stage in order (slowed-down batches),
// then finalize once.

const { l1, l2, l2Client } = publicClients()

describe('withdrawals with Ferry actions (chain 270)', () => {
  it('walks every stage in order with slow batches, then finalizes once', async () => {
    const w = await freshAccount()
    const quote = await getWithdrawalQuote({
      l2: l2Client,
      token: { kind: 'eth' },
      baseTokenL1: '0x0000000000000000000000000000000000000001',
      l1ChainId: 9,
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
})
