import { type Hash, type Hex, parseEther } from 'viem'
import { generatePrivateKey } from 'viem/accounts'
import { publicActionsL2, walletActionsL1, walletActionsL2 } from 'viem/zksync'
import { beforeAll, describe, expect, it } from 'vitest'
import { memoryStorage } from '../../lib/storage'
import { realisticDevnet } from '../../testing/devnetClients'
import { discoverTransfers } from './discoverTransfers'

// The history scanner on endpoints that behave like real providers (the devnet's realistic-RPC
// profile: eth_getLogs capped at 20 blocks / 20 results, HTTP 429 above 25 calls/s, 50 ms
// latency), over a history more than 100 windows deep, with deposits of both event generations
// (v24–v25 from the old shared bridge, v26 from the asset router) and withdrawals.

const r = realisticDevnet()
const CAP = 20n
type LogsCall = { fromBlock: string; toBlock: string; outcome: string }
type Stats = { calls: number; byMethod: Record<string, number>; logs: LogsCall[] }
const stats = async (layer: 'l1' | 'l2') => (await r.proxy(layer, 'devnet_rpcStats')) as Stats
const resetStats = () =>
  Promise.all([r.proxy('l1', 'devnet_resetRpcStats'), r.proxy('l2', 'devnet_resetRpcStats')])

const key = generatePrivateKey()
const me = r.wallet(key)
const made = new Set<string>()
let account: `0x${string}`

async function deposit(token: `0x${string}`, amount: bigint) {
  const l1 = me.l1.extend(walletActionsL1())
  const hash = await l1.deposit({
    client: r.directL2.extend(publicActionsL2()),
    token,
    amount,
    approveToken: token !== '0x0000000000000000000000000000000000000000',
  })
  await r.directL1.waitForTransactionReceipt({ hash })
  made.add(hash.toLowerCase())
}

async function withdraw(token: `0x${string}`, amount: bigint) {
  const hash = await me.l2.extend(walletActionsL2()).withdraw({ token, amount })
  await r.directL2.waitForTransactionReceipt({ hash })
  made.add(hash.toLowerCase())
}

const scan = (storage = memoryStorage(), onProgress?: () => void) =>
  discoverTransfers({
    l1: r.l1,
    l2: r.l2,
    pairId: r.pair.id,
    account,
    storage,
    ...(onProgress ? { onProgress } : {}),
  })

const hashesOf = (transfers: { kind: string; l1Hash?: Hash; l2Hash?: Hash }[]) =>
  new Set(transfers.map((t) => String(t.kind === 'deposit' ? t.l1Hash : t.l2Hash).toLowerCase()))

/** eth_getLogs that the endpoint answered (429s are refusals, retried: counted apart). */
const answered = (s: Stats) => s.logs.filter((l) => l.outcome !== 'rate-limited')

beforeAll(async () => {
  account = me.account.address
  const funder = r.wallet(r.devnet.accounts[0]?.privateKey as Hex)
  const tst = r.devnet.deployment.tokens.TST
  for (const hash of [
    await funder.l1.sendTransaction({ to: account, value: parseEther('20') }),
    await funder.l1.writeContract({
      address: tst,
      abi: [
        {
          type: 'function',
          name: 'transfer',
          stateMutability: 'nonpayable',
          inputs: [{ type: 'address' }, { type: 'uint256' }],
          outputs: [{ type: 'bool' }],
        },
      ],
      functionName: 'transfer',
      args: [account, parseEther('100')],
    }),
  ])
    await r.directL1.waitForTransactionReceipt({ hash })
  await r.directL2.waitForTransactionReceipt({
    hash: await funder.l2.sendTransaction({ to: account, value: parseEther('5') }),
  })

  // before the v26 upgrade: the old shared bridge's events
  await r.gateway('devnet_setPreV26Events', [true])
  await deposit('0x0000000000000000000000000000000000000000', parseEther('1'))
  await deposit(tst, parseEther('7'))
  await r.gateway('devnet_setPreV26Events', [false])
  await r.gateway('devnet_waitIdle')
  await r.mineL1(600)
  // after it: the asset router's
  await deposit('0x0000000000000000000000000000000000000000', parseEther('2'))
  await r.gateway('devnet_waitIdle')
  await r.mineL1(600)
  await withdraw('0x000000000000000000000000000000000000800A', parseEther('0.5'))
  const l2Tst = await r.directL2.extend(publicActionsL2()).getL2TokenAddress({ token: tst })
  await withdraw(l2Tst, parseEther('3'))
  await r.gateway('devnet_mine', [300])
  await r.mineL1(300)
  await r.gateway('devnet_waitIdle')
}, 120_000)

describe('discoverTransfers behind realistic endpoints', () => {
  it('finds the whole history, both deposit generations and the withdrawals, in bounded requests', async () => {
    await resetStats()
    const started = performance.now()
    const result = await scan()
    const ms = performance.now() - started
    expect(hashesOf(result.transfers)).toEqual(made)
    expect(
      result.transfers
        .filter((t) => t.kind === 'deposit')
        .map((t) => t.amount)
        .sort(),
    ).toEqual([parseEther('1'), parseEther('2'), parseEther('7')].map(String).sort())
    expect(result.l1).toMatchObject({ complete: true, scannedFrom: 0n })
    expect(result.l2).toMatchObject({ complete: true, scannedFrom: 0n })

    const l1 = await stats('l1')
    const l2 = await stats('l2')
    const windows = (result.l1.head + 1n + CAP - 1n) / CAP
    expect(windows).toBeGreaterThanOrEqual(100n)
    console.log(
      `history of ${result.l1.head + 1n} L1 / ${result.l2.head + 1n} L2 blocks (${windows} windows at a ${CAP}-block cap): ` +
        `${answered(l1).length} + ${answered(l2).length} eth_getLogs answered, ` +
        `${l1.logs.length - answered(l1).length} + ${l2.logs.length - answered(l2).length} refused with 429, ` +
        `${l1.calls + l2.calls} calls in all, ${Math.round(ms)} ms`,
    )
    expect(answered(l1).length).toBeLessThanOrEqual(Math.ceil(1.1 * Number(windows)) + 5)
    // a 429 never splits a range: the same range is asked again
    for (const s of [l1, l2])
      for (const [i, call] of s.logs.entries())
        if (call.outcome === 'rate-limited')
          expect(
            s.logs
              .slice(i + 1)
              .some(
                (later) => later.fromBlock === call.fromBlock && later.toBlock === call.toBlock,
              ),
          ).toBe(true)
  })

  it('a refresh one block later costs at most 3 eth_getLogs', async () => {
    const storage = memoryStorage()
    await scan(storage)
    await r.mineL1(1)
    await r.gateway('devnet_mine', [1])
    await resetStats()
    const again = await scan(storage)
    expect(hashesOf(again.transfers)).toEqual(made)
    const logs = (await stats('l1')).byMethod.eth_getLogs ?? 0
    const l2Logs = (await stats('l2')).byMethod.eth_getLogs ?? 0
    expect(logs + l2Logs).toBeLessThanOrEqual(3)
  })

  it('survives a 30 s storm of 429s and completes', async () => {
    let stormed = false
    const result = await scan(memoryStorage(), () => {
      if (stormed) return
      stormed = true
      void r.proxy('l1', 'devnet_rpcStorm', [30_000])
      void r.proxy('l2', 'devnet_rpcStorm', [30_000])
    })
    expect(stormed).toBe(true)
    expect(result.l1.complete && result.l2.complete).toBe(true)
    expect(hashesOf(result.transfers)).toEqual(made)
  }, 120_000)

  it('a persistent error that is not about the range stops the scan within 3 requests, saying why', async () => {
    const message = 'the method eth_getLogs does not exist/is not available'
    await r.proxy('l1', 'devnet_setRpcProfile', [{ failLogs: { code: -32601, message } }])
    try {
      await resetStats()
      const result = await scan()
      expect(result.l1.complete).toBe(false)
      expect(result.l1.stopReason).toContain(message)
      expect((await stats('l1')).byMethod.eth_getLogs).toBeLessThanOrEqual(3)
      // the other layer is searched all the same
      expect(result.l2.complete).toBe(true)
    } finally {
      await r.proxy('l1', 'devnet_setRpcProfile', [{ failLogs: null }])
    }
  })
})
