import { encodeFunctionData, parseAbi } from 'viem'
import { describe, expect, it } from 'vitest'
import { devnet, freshAccount, gateway, publicClients } from '../../testing/devnetClients'
import { getClaimStatus } from './getClaimStatus'
import { getRequestExecuteQuote } from './getRequestExecuteQuote'
import { getRevertReason } from './getRevertReason'
import { requestExecute } from './requestExecute'

// L1→L2 calls with Ferry's actions on the devnet: quote, send, the L2 result and its reason.

const { l1, l2, l2Client } = publicClients()
const testTarget = devnet.deployment.chains[270]?.testTarget as `0x${string}`
const targetAbi = parseAbi([
  'function count() view returns (uint256)',
  'function incrementBy(uint256)',
  'function fail(string reason)',
  'error Unused()',
])

describe('request execute', () => {
  it('calls the L2 test contract (quote with zks_estimateGasL1ToL2, then send) and changes its state', async () => {
    const w = await freshAccount()
    const calldata = encodeFunctionData({
      abi: targetAbi,
      functionName: 'incrementBy',
      args: [11n],
    })
    const count = () =>
      l2.readContract({ address: testTarget, abi: targetAbi, functionName: 'count' })
    const before = await count()
    const quote = await getRequestExecuteQuote({
      l1,
      l2: l2Client,
      from: w.account.address,
      contractAddress: testTarget,
      calldata,
      l2Value: 0n,
    })
    expect(quote.l2GasLimitEstimated).toBe(true)
    expect(quote.mintValue).toBe(quote.baseCost)
    expect(quote.value).toBe(quote.mintValue)
    const hash = await requestExecute({
      l1: w.l1Client,
      l2: l2Client,
      quote,
      contractAddress: testTarget,
      calldata,
      l2Value: 0n,
    })
    const l1Receipt = await l1.waitForTransactionReceipt({ hash })
    expect((await l1.getTransaction({ hash })).value).toBe(quote.value)
    expect(l1Receipt.status).toBe('success')
    await gateway('devnet_waitIdle')
    expect(await count()).toBe(before + 11n)
  })

  it('reports a call that reverts on L2 as failed, with its decoded reason', async () => {
    const w = await freshAccount()
    const calldata = encodeFunctionData({
      abi: targetAbi,
      functionName: 'fail',
      args: ['not today'],
    })
    // the estimate itself reverts: a fixed gas limit sends it anyway
    const quote = await getRequestExecuteQuote({
      l1,
      l2: l2Client,
      from: w.account.address,
      contractAddress: testTarget,
      calldata,
      l2Value: 0n,
      l2GasLimit: 500_000n,
    })
    const hash = await requestExecute({
      l1: w.l1Client,
      l2: l2Client,
      quote,
      contractAddress: testTarget,
      calldata,
      l2Value: 0n,
    })
    await l1.waitForTransactionReceipt({ hash })
    await gateway('devnet_waitIdle')
    const status = await getClaimStatus({ l1, l2: l2Client, hash })
    expect(status).toMatchObject({ state: 'not-claimable', why: 'base-token', reason: 'reverted' })
    const reason = await getRevertReason({
      client: l2Client as never,
      hash: status.l2Hash as `0x${string}`,
      abi: targetAbi,
    })
    expect(reason).toBe('not today')
  })
})
