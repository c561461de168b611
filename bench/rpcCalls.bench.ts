import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, symlinkSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { seedEthTransfers } from '../e2e/fixtures/chain'
import { E2E_APP_ENV, E2E_APP_URL, E2E_RPC } from '../e2e/fixtures/env'
import { expect, test } from '../e2e/fixtures/test'
import { connectWallet, installWallet } from '../e2e/fixtures/wallet'

// The JSON-RPC calls the page makes (counted in the browser: batch entries one by one, and the
// HTTP requests that carry them), for the same user actions on the same devnet, side by side:
// the app as it was before issue 10 (BEFORE_REF, built from git in this run) and as it is now.
// Prints the figures; asserts only that each action completed.

/** The last commit before issue 10 changed the app (history, polling, transports). */
const BEFORE_REF = '9c902d3'
const ACCOUNT = 8
const SETTLE_MS = 3_000
/** Idle time measured (two history refreshes' worth), reported per minute. */
const IDLE_MS = 120_000
const rpcUrls = Object.values(E2E_RPC) as string[]

type Count = { calls: number; requests: number }

/** Counts what a page sends to the RPCs from now on. */
function counter(page: Page) {
  let count: Count = { calls: 0, requests: 0 }
  page.on('request', (request) => {
    if (!rpcUrls.some((url) => request.url().startsWith(url))) return
    const body = request.postDataJSON() as unknown
    count.calls += Array.isArray(body) ? body.length : 1
    count.requests += 1
  })
  return {
    reset: () => {
      count = { calls: 0, requests: 0 }
    },
    read: (): Count => ({ ...count }),
  }
}

/**
 * Builds BEFORE_REF with the e2e settings (once: a git worktree outside the repository, sharing
 * its node_modules) and serves it.
 */
async function serveBefore(): Promise<{ url: string; close: () => void }> {
  const root = path.resolve(import.meta.dirname, '..')
  const tree = path.join(os.tmpdir(), 'ferry-bench', `before-${BEFORE_REF}`)
  const dist = path.join(tree, 'dist')
  if (!existsSync(path.join(dist, 'index.html'))) {
    if (!existsSync(tree)) {
      execFileSync('git', ['worktree', 'prune'], { cwd: root })
      execFileSync('git', ['worktree', 'add', '--detach', tree, BEFORE_REF], { cwd: root })
    }
    if (!existsSync(path.join(tree, 'node_modules')))
      symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'))
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: tree,
        env: { ...process.env, ...E2E_APP_ENV },
        stdio: 'inherit',
      },
    )
  }
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
    '.png': 'image/png',
  }
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = path.join(dist, pathname === '/' ? 'index.html' : pathname)
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404)
      res.end()
      return
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' })
    res.end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() }
}

type Figures = Record<string, Count>

async function measure(browser: Browser, appUrl: string): Promise<Figures> {
  const context = await browser.newContext({ baseURL: appUrl })
  const page = await context.newPage()
  const wallet = await installWallet(page)
  wallet.switchAccount(ACCOUNT)
  const count = counter(page)
  const figures: Figures = {}
  const settle = () => page.waitForTimeout(SETTLE_MS)

  // connect once: later loads reconnect by themselves
  await page.goto('./#/deposit')
  await connectWallet(page)

  // page load: the deposit page, wallet reconnecting, until it has settled
  await page.goto('about:blank')
  count.reset()
  await page.goto('./#/deposit')
  await expect(page.getByTestId('header-address')).toBeVisible()
  await expect(page.getByTestId('deposit-form')).toBeVisible()
  await settle()
  figures['page load (deposit page)'] = count.read()

  // an ETH deposit quote: from typing the amount to the review button enabled
  count.reset()
  await page.getByRole('textbox', { name: 'Amount' }).fill('0.5')
  await expect(page.getByRole('button', { name: 'Review deposit' })).toBeEnabled()
  await settle()
  figures['ETH deposit quote'] = count.read()

  // an ERC-20 review: pick TST, type the amount, open the review (approval and fees)
  await page.goto('about:blank')
  await page.goto('./#/deposit')
  await expect(page.getByTestId('deposit-form')).toBeVisible()
  await settle()
  count.reset()
  await page.getByTestId('token-picker').getByRole('button').click()
  await page.getByRole('menuitemradio', { name: /^TST/ }).click()
  await page.getByRole('textbox', { name: 'Amount' }).fill('2')
  await page.getByRole('button', { name: 'Review deposit' }).click()
  await expect(page.getByTestId('deposit-review').getByTestId('fee-l1')).toContainText('ETH')
  await settle()
  figures['ERC-20 deposit review'] = count.read()

  // the transfers page of an account with 20 transfers, in a browser that never saw them
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('ferry:transfers:') || key.startsWith('ferry:history:'))
        localStorage.removeItem(key)
  })
  await page.goto('about:blank')
  count.reset()
  await page.goto('./#/transfers')
  const rows = page.getByTestId('transfer-row')
  await expect(rows).toHaveCount(20, { timeout: 60_000 })
  await expect(page.locator('[data-testid="transfer-row"][data-status="unknown"]')).toHaveCount(0)
  await expect(page.locator('[data-testid="transfer-row"][data-status="executed"]')).toHaveCount(10)
  await settle()
  figures['20-row transfers page'] = count.read()

  // then idle on it, 10 withdrawals ready to finalize: calls per minute
  count.reset()
  await page.waitForTimeout(IDLE_MS)
  const idle = count.read()
  const perMinute = (n: number) => Math.round((n * 60_000) / IDLE_MS)
  figures['idle minute, 10 ready withdrawals'] = {
    calls: perMinute(idle.calls),
    requests: perMinute(idle.requests),
  }

  await context.close()
  return figures
}

test('JSON-RPC calls per user action, before and after issue 10', async ({ browser }) => {
  test.setTimeout(600_000)
  await seedEthTransfers(ACCOUNT, 10, 10)

  const before = await serveBefore()
  try {
    const old = await measure(browser, before.url)
    const now = await measure(browser, E2E_APP_URL)
    const cell = (c: Count | undefined) =>
      c ? `${String(c.calls).padStart(6)} (${c.requests} HTTP)`.padEnd(20) : ''.padEnd(20)
    const lines = Object.keys(now).map(
      (name) =>
        `  ${name.padEnd(36)} ${cell(old[name])} ${cell(now[name])} ${
          old[name] && now[name] && now[name].calls > 0
            ? `${(old[name].calls / now[name].calls).toFixed(1)}× fewer`
            : ''
        }`,
    )
    console.log(
      [
        '',
        `JSON-RPC calls the page makes, devnet pair (L1 9 ↔ L2 270), account with 10 deposits and 10 withdrawals ready`,
        `  ${'action'.padEnd(36)} ${`before (${BEFORE_REF})`.padEnd(20)} ${'now'.padEnd(20)}`,
        ...lines,
        `  (each figure ends ${SETTLE_MS / 1000} s after the action completed; the idle minute is the average of ${IDLE_MS / 60_000} minutes on the page)`,
        '',
      ].join('\n'),
    )
  } finally {
    before.close()
  }
})
