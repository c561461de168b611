import { erc20Abi, parseEther, parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { DEVNET_DEFAULT_ADDRESSES } from '../../../devnet/facts'
import { devnet, freshAccount, gateway, publicClients } from '../../testing/devnetClients'
import { approve } from './approve'
import { claimFailedDeposit } from './claimFailedDeposit'
import { deposit } from './deposit'
import { getClaimStatus } from './getClaimStatus'
import { getDepositQuote } from './getDepositQuote'

// Claiming failed deposits back on L1 with Ferry's actions on the devnet.

const { l1, l2Client } = publicClients()
const testTarget = devnet.deployment.chains[270]?.testTarget as `0x${string}`

async function depositTusd(w: Awaited<ReturnType<typeof freshAccount>>, l2GasLimit?: bigint) {
  const amount = parseUnits('25', 6)
  const quote = await getDepositQuote({
    l1,
    l2: l2Client,
    token: DEVNET_DEFAULT_ADDRESSES.tokens.TUSD,
    amount,
    from: w.account.address,
    ...(l2GasLimit ? { l2GasLimit } : {}),
  })
  await approve({
    client: w.l1Client,
    token: DEVNET_DEFAULT_ADDRESSES.tokens.TUSD,
    spender: quote.sharedBridge,
    amount,
  })
  const l1Hash = await deposit({
    l1: w.l1Client,
    l2: l2Client,
    quote,
    amount,
    to: w.account.address,
  })
  await l1.waitForTransactionReceipt({ hash: l1Hash })
  await gateway('devnet_waitIdle')
  return { l1Hash, amount }
}

const tusdBalance = (address: `0x${string}`) =>
  l1.readContract({
    address: DEVNET_DEFAULT_ADDRESSES.tokens.TUSD,
    abi: erc20Abi,
    functionName: 'balanceOf',
    args: [address],
  })

describe('claim failed deposits', () => {
  it('detects a deposit that failed on L2 (gas above the L1 minimum, too low for L2) and claims it back once', async () => {
    const w = await freshAccount()
    const before = await tusdBalance(w.account.address)
    const { l1Hash, amount } = await depositTusd(w, 262_000n)
    expect(await tusdBalance(w.account.address)).toBe(before - amount)

    const status = await getClaimStatus({ l1, l2: l2Client, hash: l1Hash })
    expect(status).toMatchObject({ state: 'claimable', l1Hash, reason: 'out-of-gas' })
    if (status.state !== 'claimable') throw new Error('not claimable')
    // by the L2 hash, from any device, the same answer
    expect(await getClaimStatus({ l1, l2: l2Client, hash: status.l2Hash })).toMatchObject({
      state: 'claimable',
      l2Hash: status.l2Hash,
    })

    await claimFailedDeposit({ l1: w.l1Client, l2: l2Client, l2Hash: status.l2Hash })
    expect(await tusdBalance(w.account.address)).toBe(before)
    expect(await getClaimStatus({ l1, l2: l2Client, hash: l1Hash })).toMatchObject({
      state: 'not-claimable',
      why: 'already-claimed',
    })
    await expect(
      claimFailedDeposit({ l1: w.l1Client, l2: l2Client, l2Hash: status.l2Hash }),
    ).rejects.toThrow()
    expect(await tusdBalance(w.account.address)).toBe(before)
  })

  it('refuses successful deposits and ETH (base-token) deposits, with the reason', async () => {
    const w = await freshAccount()
    const { l1Hash } = await depositTusd(w)
    expect(await getClaimStatus({ l1, l2: l2Client, hash: l1Hash })).toMatchObject({
      state: 'not-claimable',
      why: 'succeeded',
    })
    // an ETH deposit that fails on L2 is refunded on L2, never claimable on L1
    const quote = await getDepositQuote({
      l1,
      l2: l2Client,
      token: '0x0000000000000000000000000000000000000000',
      amount: parseEther('1'),
      from: w.account.address,
      to: testTarget, // a contract without a payable fallback: the L2 transfer reverts
      l2GasLimit: 400_000n, // (the estimate would refuse: it reverts)
    })
    const ethHash = await deposit({
      l1: w.l1Client,
      l2: l2Client,
      quote,
      amount: parseEther('1'),
      to: testTarget,
    })
    await l1.waitForTransactionReceipt({ hash: ethHash })
    await gateway('devnet_waitIdle')
    expect(await getClaimStatus({ l1, l2: l2Client, hash: ethHash })).toMatchObject({
      state: 'not-claimable',
      why: 'base-token',
    })
    expect(await getClaimStatus({ l1, l2: l2Client, hash: `0x${'ee'.repeat(32)}` })).toMatchObject({
      state: 'not-claimable',
      why: 'not-found',
    })
  })
})
