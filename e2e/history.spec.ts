import { createWalletClient, http, parseEther } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { walletActionsL1 } from 'viem/zksync'
import { REALISTIC_PROFILE } from '../devnet/src/rpcProfile/profile'
import { withRpcOverride } from '../src/config/chains'
import { devnetL1 } from '../src/config/devnetPairs'
import { devnetRpc, devWallet, l1, l2Client } from './fixtures/chain'
import { E2E_RPC } from './fixtures/env'
import { snap } from './fixtures/screenshots'
import { expect, test } from './fixtures/test'
import { connectWallet } from './fixtures/wallet'

// The transfers page behind endpoints that behave like real providers: the devnet's proxies
// switched to the realistic profile (eth_getLogs capped at 20 blocks on L1 and 200 on L2, HTTP
// 429 above 25 calls/s, 50 ms latency) over a history more than 60 windows deep.

type LogsCall = { outcome: string }
type Stats = { calls: number; byMethod: Record<string, number>; logs: LogsCall[] }

const endpoints = [E2E_RPC[9], E2E_RPC[270]] as const

/** A control method of the proxy in front of an endpoint (not counted, never limited). */
async function proxy(url: string, method: string, params: unknown[] = []) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  })
  return ((await response.json()) as { result: unknown }).result
}
const realistic = (on: boolean) =>
  on
    ? Promise.all([
        proxy(E2E_RPC[9], 'devnet_setRpcProfile', [REALISTIC_PROFILE.l1]),
        proxy(E2E_RPC[270], 'devnet_setRpcProfile', [REALISTIC_PROFILE.l2]),
      ])
    : Promise.all(endpoints.map((url) => proxy(url, 'devnet_resetRpcProfile')))
const resetStats = () => Promise.all(endpoints.map((url) => proxy(url, 'devnet_resetRpcStats')))
const getLogsAnswered = async () => {
  let n = 0
  for (const url of endpoints) {
    const stats = (await proxy(url, 'devnet_rpcStats')) as Stats
    n += stats.logs.filter((l) => l.outcome !== 'rate-limited').length
  }
  return n
}

test.afterEach(() => realistic(false))

test('a fresh browser shows the history found behind capped, rate-limited RPCs; another address; a reload resumes', async ({
  page,
  wallet,
  consoleErrors,
}, testInfo) => {
  test.setTimeout(120_000)
  // the browser logs each HTTP 429 the rate limit answers; the app handles them
  consoleErrors.expect(/status of 429 \(Too Many Requests\)/)
  const l2 = l2Client(270)
  const me = devWallet(6)
  // made outside Ferry (nothing saved in this browser), before and after a stretch of blocks
  const deposit = await me.l1.deposit({
    client: l2,
    token: '0x0000000000000000000000000000000000000000',
    amount: parseEther('0.2'),
  })
  await l1.waitForTransactionReceipt({ hash: deposit })
  await devnetRpc('devnet_waitIdle')
  const withdrawal = await me.l2.withdraw({
    token: '0x000000000000000000000000000000000000800A',
    amount: parseEther('0.05'),
  })
  await l2.waitForTransactionReceipt({ hash: withdrawal })
  await devnetRpc('devnet_waitIdle')

  // another account, with one deposit
  const other = privateKeyToAccount(generatePrivateKey())
  await l1.waitForTransactionReceipt({
    hash: await me.l1.sendTransaction({ to: other.address, value: parseEther('1') }),
  })
  const otherDeposit = await createWalletClient({
    account: other,
    chain: withRpcOverride(devnetL1, E2E_RPC),
    transport: http(E2E_RPC[9]),
  })
    .extend(walletActionsL1())
    .deposit({
      client: l2,
      token: '0x0000000000000000000000000000000000000000',
      amount: parseEther('0.4'),
    })
  await l1.waitForTransactionReceipt({ hash: otherDeposit })
  await devnetRpc('devnet_waitIdle')

  wallet.switchAccount(6)
  await page.goto('./#/')
  await connectWallet(page)
  await realistic(true)
  await resetStats()
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: /Transfers/ })
    .click()

  // a progress bar while it searches, the newest transfers listed as they are found
  const bar = page.getByRole('progressbar', { name: 'History searched' })
  await expect(bar).toBeVisible()
  await snap(page, testInfo, 'searching', { bothThemes: false })
  const row = (hash: string) =>
    page.locator(`[data-testid="transfer-row"][data-hash="${hash.toLowerCase()}"]`)
  // then how far back it looked
  await expect(page.getByTestId('history-searched')).toContainText(/Searched back to .*20\d\d/, {
    timeout: 60_000,
  })
  await expect(bar).toHaveCount(0)
  await expect(row(deposit)).toHaveAttribute('data-status', 'l2-success')
  await expect(row(withdrawal)).toHaveAttribute('data-status', 'executed')
  await expect(page.getByTestId('history-incomplete')).toHaveCount(0)
  await snap(page, testInfo, 'searched')
  const firstRun = await getLogsAnswered()
  // every window of the capped L1 history was asked once or close to it, none split by a 429
  const l1Head = await l1.getBlockNumber()
  expect(firstRun).toBeGreaterThanOrEqual(Number(l1Head / 20n))

  // another address, read-only
  await page.getByLabel('Look up an address').fill(other.address)
  await page.getByRole('button', { name: 'Look up' }).click()
  await expect(page.getByTestId('viewing-address')).toContainText(other.address)
  await expect(page.getByTestId('history-searched')).toBeVisible({ timeout: 60_000 })
  await expect(row(otherDeposit)).toBeVisible()
  await expect(row(otherDeposit)).toContainText('0.4 ETH')
  await expect(row(deposit)).toHaveCount(0)

  // back to the account, reloaded: the search resumes from where it got, new blocks only
  await page.getByRole('link', { name: 'Back to your transfers' }).click()
  await resetStats()
  await page.reload()
  await expect(page.getByTestId('history-searched')).toBeVisible({ timeout: 30_000 })
  await expect(row(deposit)).toBeVisible()
  await expect(row(withdrawal)).toBeVisible()
  expect(await getLogsAnswered()).toBeLessThanOrEqual(4)
})
