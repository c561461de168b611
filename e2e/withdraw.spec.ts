import { readFileSync } from 'node:fs'
import type { Browser, Page, TestInfo } from '@playwright/test'
import { parseEther, parseUnits } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { DEVNET_DEFAULT_ADDRESSES } from '../devnet/facts'
import { formatAmount } from '../src/lib/format'
import { balanceOf, devnetRpc, devWallet, l1, l2Client } from './fixtures/chain'
import { E2E_APP_URL } from './fixtures/env'
import { guardNetwork, watchConsole } from './fixtures/network'
import { DESKTOP, type SnapOptions, snap } from './fixtures/screenshots'
import { expect, test } from './fixtures/test'
import { connectWallet, type E2EWallet, installWallet } from './fixtures/wallet'

// Withdrawals through the wizard (L2 → L1), then finalization on L1, also from a fresh browser
// by pasted hash; what the page shows and what the chains record.

/** A screenshot of the page from its top (the sticky header stays where it belongs). */
async function shot(page: Page, testInfo: TestInfo, step: string, options?: SnapOptions) {
  await page.evaluate(() => window.scrollTo(0, 0))
  await snap(page, testInfo, step, options)
}

const { TUSD } = DEVNET_DEFAULT_ADDRESSES.tokens
const ETH_ON_L2 = '0x000000000000000000000000000000000000800A'
const FINALIZE = 'Finalize on Ferry devnet L1'

/** A brand-new L1 address: its balance is exactly what a withdrawal brings. */
const freshRecipient = () => privateKeyToAccount(generatePrivateKey()).address

async function open(page: Page, wallet: E2EWallet, account: number, pair = 'devnet-270') {
  wallet.switchAccount(account)
  await page.goto(`./?pair=${pair}#/withdraw`)
  await connectWallet(page)
  await expect(page.getByTestId('withdraw-form')).toBeVisible()
}

async function chooseToken(page: Page, symbol: string) {
  await page.getByTestId('token-picker').getByRole('button').click()
  await page.getByRole('menuitemradio', { name: new RegExp(`^${symbol}`) }).click()
  await expect(page.getByTestId('selected-token')).toHaveText(symbol)
}

const status = (page: Page) => page.getByTestId('withdrawal-status')
const amountField = (page: Page) => page.getByRole('textbox', { name: 'Amount' })
const recipientField = (page: Page) => page.getByRole('textbox', { name: /Recipient on/ })
const sendButton = (page: Page) => page.getByRole('button', { name: /^(Withdraw \d|Try again)/ })

async function fillAndReview(page: Page, amount: string, recipient: string) {
  await amountField(page).fill(amount)
  await recipientField(page).fill(recipient)
  await page.getByRole('button', { name: 'Review withdrawal' }).click()
  await expect(page.getByTestId('withdraw-review')).toBeVisible()
}

/** A second browser with empty storage and its own injected wallet (the "other device"). */
async function otherBrowser(browser: Browser, account: number) {
  const context = await browser.newContext({
    baseURL: E2E_APP_URL,
    viewport: DESKTOP,
    locale: 'en-US',
    timezoneId: 'UTC',
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  const network = await guardNetwork(page)
  const console = watchConsole(page)
  const wallet = await installWallet(page, { accountIndex: account })
  return {
    page,
    wallet,
    close: async () => {
      expect(network.outsideRequests, 'requests that left this machine').toEqual([])
      expect(console.errors, 'console errors').toEqual([])
      await context.close()
    },
  }
}

test('withdraw ETH: a rejection keeps the form, the retry is sent; ready; finalize brings the amount to L1', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 1)
  const me = wallet.address
  const to = freshRecipient()
  const l2Before = await balanceOf(l2Client(270), me)
  await expect(page.getByTestId('selected-token')).toHaveText('ETH')
  await expect(page.getByTestId('l2-balance')).toContainText('ETH on Ferry devnet')
  // every field says what is wrong as the user types
  await amountField(page).fill('100000')
  await expect(page.getByTestId('withdraw-form')).toContainText(/more than|exceeds|balance/i)
  await recipientField(page).fill('0x1234')
  await expect(
    page.getByText('An address has 40 hex characters after 0x; this has 4'),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Review withdrawal' })).toBeDisabled()
  await amountField(page).fill('')
  await recipientField(page).fill('')
  // the token menu shows each token's L2 balance
  await page.getByTestId('token-picker').getByRole('button').click()
  const menuBalance = (symbol: string) =>
    page.getByRole('menuitemradio', { name: new RegExp(`^${symbol}`) }).getByTestId('menu-balance')
  await expect(menuBalance('ETH')).toHaveText(formatAmount(l2Before, 18))
  // a token this account never bridged has no L2 contract yet: its balance is 0, not an error
  await expect(menuBalance('TUSD')).toHaveText(/^[\d,.]+$/)
  await shot(page, testInfo, 'token-menu', { fullPage: false })
  await page.keyboard.press('Escape')
  await shot(page, testInfo, 'eth-form')

  await fillAndReview(page, '0.75', to)
  await expect(page.getByTestId('review-amount')).toHaveText('0.75 ETH')
  await expect(page.getByTestId('fee-l2')).toContainText('ETH')
  await expect(page.getByTestId('arrives-l1')).toHaveText('0.75 ETH')
  await expect(page.getByTestId('withdraw-wait')).toHaveText(
    'Funds can be claimed on Ferry devnet L1 within a minute.',
  )
  await expect(page.getByTestId('switch-hint')).toContainText('switch to Ferry devnet')
  await shot(page, testInfo, 'eth-review')

  // rejected in the wallet: a clear message, nothing sent, the values kept
  wallet.rejectNext('eth_sendTransaction')
  await sendButton(page).click()
  await expect(page.getByText('Rejected in your wallet')).toBeVisible()
  await expect(page.getByTestId('withdraw-review')).toBeVisible()
  await shot(page, testInfo, 'eth-rejected')
  expect(await balanceOf(l2Client(270), me)).toBe(l2Before)
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(amountField(page)).toHaveValue('0.75')
  await expect(recipientField(page)).toHaveValue(to)
  await page.getByRole('button', { name: 'Review withdrawal' }).click()
  await sendButton(page).click()

  // the wallet was moved to the L2 for the withdrawal, then to the L1 for the finalization
  await expect(page.getByTestId('withdraw-sent')).toContainText('0.75 ETH')
  await expect(status(page)).toHaveAttribute('data-status', 'executed', { timeout: 20_000 })
  expect(wallet.chainId).toBe(270)
  const spentOnL2 = l2Before - (await balanceOf(l2Client(270), me))
  expect(spentOnL2).toBeGreaterThan(parseEther('0.75'))
  expect(spentOnL2).toBeLessThan(parseEther('0.76'))
  await expect(status(page).getByText('Ready: finalize it below.')).toBeVisible()
  await shot(page, testInfo, 'eth-ready')
  expect(await balanceOf(l1, to)).toBe(0n)
  await page.getByRole('button', { name: FINALIZE }).click()
  await expect(status(page)).toHaveAttribute('data-status', 'finalized', { timeout: 20_000 })
  await expect(status(page).getByText('The funds are on Ferry devnet L1.')).toBeVisible()
  await expect(status(page).getByText('L1 transaction')).toBeVisible()
  await expect(page.getByRole('button', { name: /^Finalize/ })).toHaveCount(0)
  await shot(page, testInfo, 'eth-finalized')
  expect(wallet.chainId).toBe(9)
  expect(await balanceOf(l1, to)).toBe(parseEther('0.75'))

  // a new withdrawal starts from an empty amount
  await page.getByRole('button', { name: 'New withdrawal' }).click()
  await expect(amountField(page)).toHaveValue('')
})

test('withdraw an ERC-20 and finalize it: the L1 token balance grows', async ({ page, wallet }) => {
  // TUSD on L2 first (a deposit made outside Ferry, with viem)
  const setup = devWallet(0)
  const deposit = await setup.l1.deposit({
    client: l2Client(270),
    token: TUSD,
    amount: parseUnits('50', 6),
    approveToken: true,
  })
  await l1.waitForTransactionReceipt({ hash: deposit })
  await devnetRpc('devnet_waitIdle')

  await open(page, wallet, 0)
  const to = freshRecipient()
  await chooseToken(page, 'TUSD')
  await expect(page.getByTestId('l2-balance')).toContainText('TUSD')
  await page.getByRole('button', { name: 'Max' }).click()
  await expect(amountField(page)).not.toHaveValue('')
  const max = parseUnits(await amountField(page).inputValue(), 6)
  expect(max).toBeGreaterThanOrEqual(parseUnits('50', 6))
  await fillAndReview(page, '20', to)
  await expect(page.getByTestId('review-amount')).toHaveText('20 TUSD')
  await expect(page.getByTestId('arrives-l1')).toHaveText('20 TUSD')
  await expect(page.getByTestId('fee-l2')).toContainText('ETH')
  await sendButton(page).click()
  await expect(status(page)).toHaveAttribute('data-status', 'executed', { timeout: 20_000 })
  await page.getByRole('button', { name: FINALIZE }).click()
  await expect(status(page)).toHaveAttribute('data-status', 'finalized', { timeout: 20_000 })
  expect(await balanceOf(l1, to, TUSD)).toBe(parseUnits('20', 6))
})

test('another browser finalizes by pasted L2 hash (a rejection first); a finalized one says so, no button', async ({
  page,
  wallet,
  browser,
}, testInfo) => {
  // sent through the wizard in this browser…
  await open(page, wallet, 2)
  const to = freshRecipient()
  await fillAndReview(page, '0.2', to)
  await sendButton(page).click()
  await expect(status(page)).toHaveAttribute('data-status', /executed|proven|committed|sealed/, {
    timeout: 20_000,
  })
  const hash = await page
    .getByTestId('withdrawal-link')
    .getAttribute('href')
    .then((href) => href?.split('/').at(-1) ?? '')
  expect(hash).toMatch(/^0x[0-9a-f]{64}$/)

  // …finalized from another one, with empty storage and another account
  const other = await otherBrowser(browser, 5)
  try {
    const p = other.page
    await p.goto('./#/claim')
    const field = p.getByRole('textbox', { name: 'Transaction hash' })
    await field.fill('0x1234')
    await expect(
      p.getByText('A transaction hash has 64 hex characters after 0x; this has 4'),
    ).toBeVisible()
    await field.fill(hash)
    await p.getByRole('button', { name: 'Look up' }).click()
    await expect(p).toHaveURL(new RegExp(`#/claim/${hash}$`))
    await expect(p.getByTestId('lookup-kind')).toHaveText('Withdrawal')
    await expect(status(p)).toHaveAttribute('data-status', 'executed', { timeout: 20_000 })
    // read from the chains without a wallet; finalizing needs one (any account)
    await expect(p.getByText('Connect a wallet to finalize')).toBeVisible()
    await expect(p.getByRole('button', { name: FINALIZE })).toHaveCount(0)
    await connectWallet(p)
    await expect(p.getByRole('button', { name: FINALIZE })).toBeVisible()
    await shot(p, testInfo, 'by-hash-ready')

    // rejected in the wallet: a clear message, and the button is still there
    other.wallet.rejectNext('eth_sendTransaction')
    await p.getByRole('button', { name: FINALIZE }).click()
    await expect(p.getByText('Rejected in your wallet')).toBeVisible()
    await shot(p, testInfo, 'by-hash-rejected')
    expect(await balanceOf(l1, to)).toBe(0n)
    await p.getByRole('button', { name: FINALIZE }).click()
    await expect(status(p)).toHaveAttribute('data-status', 'finalized', { timeout: 20_000 })
    await expect(p.getByText('Rejected in your wallet')).toHaveCount(0)
    expect(await balanceOf(l1, to)).toBe(parseEther('0.2'))
  } finally {
    await other.close()
  }

  // the first browser, reloaded, still shows its withdrawal and learns it was finalized
  // elsewhere: "Already finalized", no button; so does the withdrawal's own page
  await page.reload()
  await expect(status(page)).toHaveAttribute('data-status', 'finalized', { timeout: 20_000 })
  await expect(page.getByTestId('withdraw-sent')).toContainText('0.2 ETH')
  await expect(page.getByTestId('withdrawal-notice')).toContainText('Already finalized')
  await expect(page.getByRole('button', { name: /^Finalize/ })).toHaveCount(0)
  await page.goto(`./#/claim/${hash}`)
  await expect(status(page)).toHaveAttribute('data-status', 'finalized', { timeout: 20_000 })
  await expect(page.getByTestId('withdrawal-notice')).toContainText('Already finalized')
  await expect(page.getByRole('button', { name: /^Finalize/ })).toHaveCount(0)
  await shot(page, testInfo, 'by-hash-finalized')
})

test('finalized elsewhere while the page showed it ready: "Already finalized", no error', async ({
  page,
  wallet,
}) => {
  const someone = devWallet(7)
  const to = freshRecipient()
  const hash = await someone.l2.withdraw({ token: ETH_ON_L2, amount: parseEther('0.05'), to })
  await l2Client(270).waitForTransactionReceipt({ hash })
  await devnetRpc('devnet_waitIdle')
  wallet.switchAccount(5)
  await page.goto(`./#/claim/${hash}`)
  await connectWallet(page)
  const button = page.getByRole('button', { name: FINALIZE })
  await expect(button).toBeVisible({ timeout: 20_000 })
  // The tab goes to the background: status polling pauses (as in a real browser), so the page
  // still shows "ready" when the user comes back and clicks after someone else finalized it.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await page.waitForTimeout(1_500) // a poll already in flight settles first
  // someone else finalizes it meanwhile
  const other = devWallet(7)
  const finalize = await other.l1.finalizeWithdrawal({ client: l2Client(270), hash })
  await l1.waitForTransactionReceipt({ hash: finalize })
  await button.click()
  await expect(page.getByText('Already finalized', { exact: true })).toBeVisible()
  await expect(page.getByText('Could not finalize')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Finalize/ })).toHaveCount(0)
  expect(await balanceOf(l1, to)).toBe(parseEther('0.05'))
})

test('chain 272: the base token (TST) comes first and pays the fee; withdraw and finalize it', async ({
  page,
  wallet,
}) => {
  await open(page, wallet, 8, 'devnet-272')
  const to = freshRecipient()
  await expect(page.getByTestId('selected-token')).toHaveText('TST')
  await expect(page.getByText('The L2 fee is paid in TST too')).toBeVisible()
  await fillAndReview(page, '3', to)
  await expect(page.getByTestId('fee-l2')).toContainText('TST')
  await sendButton(page).click()
  await expect(status(page)).toHaveAttribute('data-status', 'executed', { timeout: 20_000 })
  await page.getByRole('button', { name: FINALIZE }).click()
  await expect(status(page)).toHaveAttribute('data-status', 'finalized', { timeout: 20_000 })
  expect(await balanceOf(l1, to, DEVNET_DEFAULT_ADDRESSES.tokens.TST)).toBe(parseEther('3'))
})

test('slow batches: ETA as a time and a countdown, an opt-in notification when ready, a calendar file', async ({
  page,
  wallet,
}, testInfo) => {
  test.setTimeout(120_000) // a few slow batches first
  // A browser Notification stand-in that records what the page does with it.
  await page.addInitScript(() => {
    const log = { requested: 0, shown: [] as { title: string; body?: string }[] }
    class RecordingNotification {
      static permission: NotificationPermission = 'default'
      static async requestPermission() {
        log.requested += 1
        RecordingNotification.permission = 'granted'
        return 'granted' as const
      }
      constructor(title: string, options?: NotificationOptions) {
        log.shown.push({ title, ...(options?.body ? { body: options.body } : {}) })
      }
    }
    Object.assign(window, { Notification: RecordingNotification, __notifications: log })
  })
  const notifications = () =>
    page.evaluate(
      () =>
        (window as unknown as { __notifications: { requested: number; shown: unknown[] } })
          .__notifications,
    )

  // batches now take ~10 s to be executed; a few of them teach the ETA the new pace
  await devnetRpc('devnet_setTiming', [{ executeDelayMs: 10_000 }])
  try {
    // one batch each: wait for each to be executed before the next (a busy sequencer would
    // otherwise seal them together, and a single slow sample does not move the median)
    const primer = devWallet(3)
    for (let i = 0; i < 3; i++) {
      const hash = await primer.l2.sendTransaction({ to: primer.account.address, value: 1n })
      await l2Client(270).waitForTransactionReceipt({ hash })
      await devnetRpc('devnet_waitIdle', [120_000])
    }

    await open(page, wallet, 2)
    await fillAndReview(page, '0.01', freshRecipient())
    await sendButton(page).click()
    const eta = page.getByTestId('withdrawal-eta')
    await expect(eta).toContainText(/Expected to be ready at .+ \(in \d+s\)/, { timeout: 15_000 })
    await expect(status(page).getByTestId('finalize-reason')).toContainText(
      'Batch not executed yet',
    )
    await shot(page, testInfo, 'eta-countdown')
    expect((await notifications()).requested).toBe(0) // never asked on load

    // the calendar file: RFC 5545, at the ETA, with the link to this withdrawal's page
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^ferry-withdrawal-[0-9a-f]{8}\.ics$/)
    const ics = readFileSync(await download.path(), 'utf8')
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
    const unfolded = ics.replace(/\r\n /g, '')
    expect(unfolded).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/)
    expect(unfolded).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/)
    expect(unfolded).toMatch(/\r\nSUMMARY:Finalize your withdrawal of 0\.01 ETH\r\n/)
    const hash = (await page.getByTestId('withdrawal-link').getAttribute('href'))?.split('/').at(-1)
    expect(unfolded).toContain(`#/claim/${hash}`)

    await page.getByRole('button', { name: 'Notify me when ready' }).click()
    await expect(page.getByRole('button', { name: 'You will be notified here' })).toBeDisabled()
    expect((await notifications()).requested).toBe(1)

    await expect(page.getByRole('button', { name: FINALIZE })).toBeVisible({ timeout: 30_000 })
    await expect(eta).toHaveCount(0)
    await expect
      .poll(async () => (await notifications()).shown)
      .toEqual([
        {
          title: 'Withdrawal ready to finalize',
          body: '0.01 ETH can now be claimed on Ferry devnet L1.',
        },
      ])
  } finally {
    await devnetRpc('devnet_setTiming', [{ executeDelayMs: 0 }])
  }
})
