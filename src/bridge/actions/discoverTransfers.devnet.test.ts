import { parseEther } from 'viem'
import { publicActionsL2, walletActionsL1 } from 'viem/zksync'
import { describe, expect, it } from 'vitest'
import { DEVNET_DEFAULT_ADDRESSES } from '../../../devnet/facts'
import { freshAccount, gateway, publicClients, withdrawEth } from '../../testing/devnetClients'
import { discoverTransfers } from './discoverTransfers'
import { getL2TokenAddress } from './getL2TokenAddress'
import { withdraw } from './withdraw'

// Histories rebuilt from chain logs alone for fresh accounts on the devnet.

const { pair, l1, l2, l2Client } = publicClients()

describe('discoverTransfers on the devnet (chain 270)', () => {
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
      l1ChainId: 9,
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
      const { transfers: found } = await discoverTransfers({
        l1,
        l2: l2Client,
        pairId: pair.id,
        account: w.account.address,
      })
      const hashes = new Set(found.map((t) => (t.kind === 'deposit' ? t.l1Hash : t.l2Hash)))
      expect(hashes).toEqual(made[name])
      for (const t of found) expect(t.account).toBe(w.account.address)
    }
    const { transfers: foundA } = await discoverTransfers({
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
