import { performance } from 'node:perf_hooks'
import {
  createPublicClient,
  createWalletClient,
  http,
  InvalidParamsRpcError,
  parseEther,
  RpcRequestError,
} from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { publicActionsL2, walletActionsL1, walletActionsL2 } from 'viem/zksync'
import { startDevnet } from '../devnet/src/devnet'
import { OPEN_PROFILE, REALISTIC_PROFILE } from '../devnet/src/rpcProfile/profile'
import type { RpcProxyStats } from '../devnet/src/rpcProfile/rpcProxy'
import { historyEventsAbi } from '../src/bridge/abis'
import { discoverTransfers } from '../src/bridge/actions/discoverTransfers'
import { scanLogs } from '../src/bridge/history/scanLogs'
import { L2_BASE_TOKEN_ADDRESS } from '../src/bridge/tokens'
import { PUBLIC_PAIRS, withRpcOverride } from '../src/config/chains'
import { DEVNET_PAIRS } from '../src/config/devnetPairs'
import { rpcTransport } from '../src/config/transport'
import { getLogsInRanges } from './reference/getLogsInRanges'

// `npm run bench:history` (part 1; part 2 is bench/rpcCalls.bench.ts): rebuilding an account's
// history from chain logs behind endpoints that behave like real providers — the devnet's
// realistic profile: eth_getLogs capped, HTTP 429 above 25 calls/s, 50 ms latency — with the
// landed-before scan (`getLogsInRanges`: the whole range, halves on any error, both in parallel,
// viem's default retries) and the new one (`discoverTransfers`), side by side in one run, at two
// depths; then both extrapolated to Ethereum mainnet (26.55M blocks, Infura's 10,000-block cap).
// Prints figures; exits non-zero only if the new scan misses a transfer.

const ports = { l1: 48645, l2: { 270: 43150, 272: 43151 } }
const HISTORY_BLOCKS = 2_100
/** The old scan gets this long before it is called unfinished. */
const OLD_TIMEOUT_MS = 90_000

const devnet = await startDevnet({
  l1Port: ports.l1,
  gatewayPorts: ports.l2,
  chains: [270],
  timing: 'instant',
  rpcProfile: OPEN_PROFILE,
  historyBlocks: HISTORY_BLOCKS,
  log: process.env.DEVNET_VERBOSE ? console.log : undefined,
})
const l2Devnet = devnet.l2[270]
if (!l2Devnet) throw new Error('no chain 270')
const rpc = { 9: devnet.l1.url, 270: l2Devnet.url }
const direct = { 9: devnet.l1.anvilUrl, 270: l2Devnet.gatewayUrl }
const pair = DEVNET_PAIRS['devnet-270']
const l1Chain = withRpcOverride(pair.l1, rpc)
const l2Chain = withRpcOverride(pair.l2, rpc)
const ETH = '0x0000000000000000000000000000000000000000'

// ---- an account with transfers of both deposit generations and withdrawals, at the head
const account = privateKeyToAccount(generatePrivateKey())
const funderKey = devnet.accounts[0]?.privateKey
if (!funderKey) throw new Error('no dev account')
const directL1 = createPublicClient({
  chain: withRpcOverride(pair.l1, direct),
  transport: http(),
  pollingInterval: 20,
})
const directL2 = createPublicClient({
  chain: withRpcOverride(pair.l2, direct),
  transport: http(),
  pollingInterval: 20,
}).extend(publicActionsL2())
const funder = createWalletClient({
  chain: directL1.chain,
  transport: http(),
  account: privateKeyToAccount(funderKey),
})
await directL1.waitForTransactionReceipt({
  hash: await funder.sendTransaction({ to: account.address, value: parseEther('50') }),
})
const l1Wallet = createWalletClient({
  chain: directL1.chain,
  transport: http(),
  account,
}).extend(walletActionsL1())
const l2Wallet = createWalletClient({
  chain: directL2.chain,
  transport: http(),
  account,
}).extend(walletActionsL2())
const gateway = (method: string, params: unknown[] = []) =>
  control(l2Devnet.gatewayUrl, method, params)
await gateway('devnet_setPreV26Events', [true])
for (let i = 0; i < 2; i++) {
  const hash = await l1Wallet.deposit({ client: directL2, token: ETH, amount: parseEther('1') })
  await directL1.waitForTransactionReceipt({ hash })
}
await gateway('devnet_setPreV26Events', [false])
for (let i = 0; i < 3; i++) {
  const hash = await l1Wallet.deposit({ client: directL2, token: ETH, amount: parseEther('1') })
  await directL1.waitForTransactionReceipt({ hash })
}
await devnet.waitIdle()
for (let i = 0; i < 3; i++) {
  const hash = await l2Wallet.withdraw({ token: ETH, amount: parseEther('0.1') })
  await directL2.waitForTransactionReceipt({ hash })
}
await devnet.waitIdle()
const MADE = 8

// ---- the proxies' control methods
async function control(url: string, method: string, params: unknown[] = []) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  })
  return ((await response.json()) as { result: unknown }).result
}
const both = (method: string, params: unknown[] = []) =>
  Promise.all([control(rpc[9], method, params), control(rpc[270], method, params)])
const statsOf = async () =>
  Promise.all([
    control(rpc[9], 'devnet_rpcStats') as Promise<RpcProxyStats>,
    control(rpc[270], 'devnet_rpcStats') as Promise<RpcProxyStats>,
  ])
const setProfile = (l1Cap: number, l2Cap: number) =>
  Promise.all([
    control(rpc[9], 'devnet_setRpcProfile', [
      { ...REALISTIC_PROFILE.l1, maxLogsBlockRange: l1Cap },
    ]),
    control(rpc[270], 'devnet_setRpcProfile', [
      { ...REALISTIC_PROFILE.l2, maxLogsBlockRange: l2Cap },
    ]),
  ])

/** Waits until no call reaches the endpoints for a second. */
async function quiet() {
  let last = -1
  for (;;) {
    const calls = (await statsOf()).reduce((n, st) => n + st.calls, 0)
    if (calls === last) return
    last = calls
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
}

type Run = {
  complete: boolean
  found: number
  stopReason?: string | undefined
  ms: number
  getLogs: number
  /** L1 eth_getLogs the endpoint answered (429s apart). */
  l1Answered: number
  refused429: number
  calls: number
  maxInFlight: number
}

async function measure(
  run: () => Promise<{ complete: boolean; found: number; stopReason?: string | undefined }>,
): Promise<Run> {
  await both('devnet_resetRpcStats')
  const started = performance.now()
  const outcome = await run()
  const ms = performance.now() - started
  const stats = await statsOf()
  const logs = stats.flatMap((s) => s.logs)
  return {
    ...outcome,
    ms,
    getLogs: logs.length,
    l1Answered: (stats[0]?.logs ?? []).filter((l) => l.outcome !== 'rate-limited').length,
    refused429: logs.filter((l) => l.outcome === 'rate-limited').length,
    calls: stats.reduce((n, s) => n + s.calls, 0),
    maxInFlight: Math.max(...stats.map((s) => s.maxInFlight)),
  }
}

/** The scan as landed before: v26 deposit events on L1, base-token withdrawals on L2, from 0. */
async function oldScan(head: { l1: bigint; l2: bigint }) {
  const l1 = createPublicClient({ chain: l1Chain, transport: http() })
  const l2 = createPublicClient({ chain: l2Chain, transport: http() })
  const [event] = historyEventsAbi.baseTokenDepositV26
  const [withdrawal] = historyEventsAbi.baseTokenWithdrawal
  if (!event || !withdrawal) throw new Error('ABI')
  const work = Promise.all([
    getLogsInRanges({
      client: l1,
      address: devnet.deployment.l1AssetRouter,
      event,
      args: { chainId: 270n, from: account.address },
      fromBlock: 0n,
      toBlock: head.l1,
    }),
    getLogsInRanges({
      client: l2,
      address: L2_BASE_TOKEN_ADDRESS,
      event: withdrawal,
      args: { _l2Sender: account.address },
      fromBlock: 0n,
      toBlock: head.l2,
    }),
  ]).then(
    ([deposits, withdrawals]) => ({ complete: true, found: deposits.length + withdrawals.length }),
    () => ({ complete: false, found: 0 }),
  )
  const timeout = new Promise<{ complete: boolean; found: number }>((resolve) =>
    setTimeout(() => resolve({ complete: false, found: 0 }), OLD_TIMEOUT_MS),
  )
  const result = await Promise.race([work, timeout])
  return { result, settled: work }
}

async function newScan(l1Cap: number, l2Cap: number) {
  const l1 = createPublicClient({
    chain: l1Chain,
    transport: rpcTransport(l1Chain.rpcUrls.default.http),
    batch: { multicall: true },
  })
  const l2 = createPublicClient({
    chain: l2Chain,
    transport: rpcTransport(l2Chain.rpcUrls.default.http),
    batch: { multicall: true },
  })
  const history = await discoverTransfers({
    l1,
    l2,
    pairId: pair.id,
    account: account.address,
    windows: { l1: { initial: BigInt(l1Cap) }, l2: { initial: BigInt(l2Cap) } },
    // the whole history in one run (the page searches 300 windows, then offers "Search older")
    depthWindows: 1_000_000,
  })
  return {
    complete: history.l1.complete && history.l2.complete,
    found: history.transfers.length,
    stopReason: history.l1.stopReason ?? history.l2.stopReason,
  }
}

const heads = {
  l1: await directL1.getBlockNumber({ cacheTime: 0 }),
  l2: await directL2.getBlockNumber({ cacheTime: 0 }),
}
const depths = [
  { l1Cap: 20, l2Cap: 200 },
  { l1Cap: 4, l2Cap: 40 },
]
const rows: { windows: bigint; cap: number; old: Run; now: Run }[] = []
for (const { l1Cap, l2Cap } of depths) {
  const windows = (heads.l1 + 1n + BigInt(l1Cap) - 1n) / BigInt(l1Cap)
  await setProfile(l1Cap, l2Cap)
  let leftover: Promise<unknown> = Promise.resolve()
  const old = await measure(async () => {
    const { result, settled } = await oldScan(heads)
    leftover = settled
    return result
  })
  // what the old scan still has in flight (it gives up on the first failed branch, the others
  // run on) ends quickly without the limits: wait until the endpoints are quiet
  await both('devnet_resetRpcProfile')
  await leftover
  await quiet()
  await setProfile(l1Cap, l2Cap)
  const now = await measure(() => newScan(l1Cap, l2Cap))
  rows.push({ windows, cap: l1Cap, old, now })
  await both('devnet_resetRpcProfile')
}
await devnet.stop()

// ---- extrapolation to Ethereum mainnet: 26.55M blocks, Infura's 10,000-block cap
const MAINNET_HEAD = 26_550_000n
const INFURA_CAP = 10_000n

/** The old strategy's request tree, exactly: one request per node, halves until it fits. */
function oldModel(from: bigint, to: bigint): { requests: number; widest: number } {
  let level: [bigint, bigint][] = [[from, to]]
  let requests = 0
  let widest = 0
  while (level.length > 0) {
    requests += level.length
    widest = Math.max(widest, level.length)
    const next: [bigint, bigint][] = []
    for (const [a, b] of level) {
      if (b - a + 1n <= INFURA_CAP) continue
      const middle = a + (b - a) / 2n
      next.push([a, middle], [middle + 1n, b])
    }
    level = next
  }
  return { requests, widest }
}

/** The new scan's policy against a modelled Infura (instant answers, its range error). */
async function newModel(from: bigint, to: bigint): Promise<number> {
  const result = await scanLogs({
    fromBlock: from,
    toBlock: to,
    initialWindow: INFURA_CAP,
    fetchRange: async (a, b) => {
      if (b - a + 1n > INFURA_CAP)
        throw new InvalidParamsRpcError(
          new RpcRequestError({
            body: {},
            error: { code: -32602, message: `query exceeds limit of ${INFURA_CAP}` },
            url: 'https://mainnet.infura.io',
          }),
        )
      return []
    },
  })
  return result.progress.requests
}

const fromZero = oldModel(0n, MAINNET_HEAD)
const newFromZero = await newModel(0n, MAINNET_HEAD)
const eraStart = PUBLIC_PAIRS['era-mainnet'].history?.l1StartBlock ?? 16_500_000n
const newFromEra = await newModel(eraStart, MAINNET_HEAD)
const ideal = Number((MAINNET_HEAD + INFURA_CAP - 1n) / INFURA_CAP)

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const runCell = (r: Run) =>
  `${String(r.getLogs).padStart(6)} getLogs (${r.refused429} 429s), ${String(r.calls).padStart(6)} calls, ${s(r.ms).padStart(7)}, ≤${r.maxInFlight} HTTP in flight, ${r.complete ? `complete, ${r.found} found` : `NOT complete${r.stopReason ? ` (${r.stopReason})` : ''}`}`
console.log(`
History scan behind the realistic profile (eth_getLogs capped, HTTP 429 above 25 calls/s, 50 ms),
an account with ${MADE} transfers (2 pre-v26 deposits, 3 v26 deposits, 3 withdrawals); devnet L1 ${heads.l1 + 1n} blocks, L2 ${heads.l2 + 1n}
${rows
  .map(
    (r) => `
  L1 cap ${r.cap} blocks: ${r.windows} windows
    before  ${runCell(r.old)}${r.old.complete || r.old.ms < OLD_TIMEOUT_MS ? '' : ` (stopped after ${OLD_TIMEOUT_MS / 1000} s)`}
    now     ${runCell(r.now)}
    now: ${r.now.l1Answered} L1 eth_getLogs answered for ${r.windows} windows (${(r.now.l1Answered / Number(r.windows)).toFixed(2)} per window); ${(r.old.getLogs / Math.max(1, r.now.getLogs)).toFixed(1)}× fewer requests than before${r.old.complete ? `, ${(r.old.ms / Math.max(1, r.now.ms)).toFixed(1)}× the speed` : ', and complete'}`,
  )
  .join('\n')}

Extrapolated to Ethereum mainnet, 0 → ${MAINNET_HEAD.toLocaleString('en-US')} at Infura's ${INFURA_CAP.toLocaleString('en-US')}-block cap (${ideal.toLocaleString('en-US')} windows), one event filter
  before  ${fromZero.requests.toLocaleString('en-US')} eth_getLogs per refresh (modelled exactly), up to ${fromZero.widest.toLocaleString('en-US')} in flight, on every refresh
  now     ${newFromZero.toLocaleString('en-US')} eth_getLogs once (the policy run against a modelled Infura), ≤3 in flight; ≥ ${s((newFromZero / 25) * 1000)} at 25 calls/s
          from the Era pair's start block (${eraStart.toLocaleString('en-US')}): ${newFromEra.toLocaleString('en-US')} eth_getLogs, ≥ ${s((newFromEra / 25) * 1000)} at 25 calls/s
          then about 1 per refresh (only new blocks: the cursor is kept)
  from the measured runs: ${rows.map((r) => (r.now.l1Answered / Number(r.windows)).toFixed(2)).join(' and ')} L1 getLogs per window → about ${rows.map((r) => Math.round((r.now.l1Answered / Number(r.windows)) * ideal).toLocaleString('en-US')).join(' and ')} for the whole chain
`)
if (rows.some((r) => !r.now.complete || r.now.found !== MADE)) process.exit(1)
