import { seedEthTransfers } from '../e2e/fixtures/chain'
import { E2E_RPC } from '../e2e/fixtures/env'
import { expect, test } from '../e2e/fixtures/test'
import { connectWallet } from '../e2e/fixtures/wallet'

// Time to first paint of the transfers history on the devnet, for an account with 20 transfers
// (10 deposits, 10 withdrawals) that this browser has never seen: the list is rebuilt from L1
// and L2 logs through plain RPC. Prints the figures; asserts only that the list is complete.

const TRANSFERS = 20
const RUNS = 5

test('history: first paint and complete list for 20 transfers', async ({ page, wallet }) => {
  await seedEthTransfers(9, TRANSFERS / 2, TRANSFERS / 2)

  wallet.switchAccount(9)
  await page.goto('./#/deposit')
  await connectWallet(page)
  const rpcUrls = Object.values(E2E_RPC) as string[]
  let rpcCalls = 0
  page.on('request', (request) => {
    if (!rpcUrls.some((url) => request.url().startsWith(url))) return
    const body = request.postDataJSON() as unknown
    rpcCalls += Array.isArray(body) ? body.length : 1
  })

  const shell: number[] = []
  const connected: number[] = []
  const firstRow: number[] = []
  const complete: number[] = []
  const calls: number[] = []
  for (let run = 0; run < RUNS; run++) {
    // a browser that never saw these transfers: only the wallet connection is kept
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('ferry:transfers:')) localStorage.removeItem(key)
    })
    await page.goto('about:blank')
    rpcCalls = 0
    const started = Date.now()
    await page.goto('./#/transfers')
    await page.getByTestId('transfers-page').waitFor()
    shell.push(Date.now() - started)
    await page.getByTestId('header-address').waitFor()
    connected.push(Date.now() - started)
    const rows = page.getByTestId('transfer-row')
    await rows.first().waitFor()
    firstRow.push(Date.now() - started)
    await expect(rows).toHaveCount(TRANSFERS, { timeout: 30_000 })
    await expect(page.locator('[data-testid="transfer-row"][data-status="unknown"]')).toHaveCount(0)
    complete.push(Date.now() - started)
    calls.push(rpcCalls)
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  console.log(
    [
      '',
      `History of an account with ${TRANSFERS} transfers, fresh browser storage, devnet (${RUNS} runs):`,
      `  page shell painted:            median ${median(shell)} ms   (runs: ${shell.join(', ')})`,
      `  wallet reconnected:           median ${median(connected)} ms   (runs: ${connected.join(', ')})`,
      `  first row painted:            median ${median(firstRow)} ms   (runs: ${firstRow.join(', ')})`,
      `  all ${TRANSFERS} rows with their status: median ${median(complete)} ms   (runs: ${complete.join(', ')})`,
      `  JSON-RPC calls until then:    median ${median(calls)}   (page load to complete list, all chains)`,
      '',
    ].join('\n'),
  )
})
