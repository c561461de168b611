import type { Page } from '@playwright/test'
import { parseEther, parseUnits } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { DEVNET_TOKEN_ADDRESSES } from '../src/config/devnetTokens'
import { balanceOf, devnetRpc, devWallet, l1, l2Client } from './fixtures/chain'
import { snap } from './fixtures/screenshots'
import { expect, test } from './fixtures/test'
import { connectWallet, type E2EWallet } from './fixtures/wallet'

// Withdrawals through the wizard (L2 → L1), then finalization on L1, also from a fresh browser
// by pasted hash; what the page shows and what the chains record.

const { TUSD } = DEVNET_TOKEN_ADDRESSES
const ETH_ON_L2 = '0x000000000000000000000000000000000000800A'

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

async function withdrawThroughWizard(page: Page, amount: string, recipient: string) {
  await page.getByRole('textbox', { name: 'Amount' }).fill(amount)
  await page.getByRole('textbox', { name: /Recipient on/ }).fill(recipient)
  await page.getByRole('button', { name: 'Review withdrawal' }).click()
  await expect(page.getByTestId('withdraw-review')).toBeVisible()
}

test('withdraw ETH, wait until ready, finalize: the L1 recipient receives the amount', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 1)
  const me = wallet.address
  const to = freshRecipient()
  const l2Before = await balanceOf(l2Client(270), me)
  await expect(page.getByTestId('l2-balance')).toContainText('ETH on Ferry devnet')
  await snap(page, testInfo, 'eth-form')
  await withdrawThroughWizard(page, '0.75', to)
  await expect(page.getByTestId('fee-l2')).toContainText('ETH')
  await expect(page.getByTestId('withdraw-wait')).toContainText('can be claimed on Ferry devnet L1')
  await snap(page, testInfo, 'eth-review')
  await page.getByRole('button', { name: 'Withdraw', exact: true }).click()

  // the wallet was moved to the L2 for the withdrawal, then to the L1 for the finalization
  await expect(status(page)).toHaveAttribute('data-status', 'executed', { timeout: 20_000 })
  expect(wallet.chainId).toBe(270)
  const spentOnL2 = l2Before - (await balanceOf(l2Client(270), me))
  expect(spentOnL2).toBeGreaterThan(parseEther('0.75'))
  await snap(page, testInfo, 'eth-ready')
  expect(await balanceOf(l1, to)).toBe(0n)
  await page.getByRole('button', { name: 'Finalize on Ferry devnet L1' }).click()
  await expect(status(page)).toHaveAttribute('data-status', 'finalized', { timeout: 20_000 })
  await expect(status(page).getByText('The funds are on Ferry devnet L1.')).toBeVisible()
  await expect(page.getByRole('button', { name: /^Finalize/ })).toHaveCount(0)
  await snap(page, testInfo, 'eth-finalized')
  expect(wallet.chainId).toBe(9)
  expect(await balanceOf(l1, to)).toBe(parseEther('0.75'))
})

test('withdraw an ERC-20 and finalize it: the L1 token balance grows', async ({ page, wallet }) => {
  // TUSD on L2 first (a deposit made outside Ferry)
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
  await expect(page.getByRole('textbox', { name: 'Amount' })).not.toHaveValue('')
  const max = parseUnits(await page.getByRole('textbox', { name: 'Amount' }).inputValue(), 6)
  expect(max).toBeGreaterThanOrEqual(parseUnits('50', 6))
  await withdrawThroughWizard(page, '20', to)
  await page.getByRole('button', { name: 'Withdraw', exact: true }).click()
  await expect(status(page)).toHaveAttribute('data-status', 'executed', { timeout: 20_000 })
  await page.getByRole('button', { name: 'Finalize on Ferry devnet L1' }).click()
  await expect(status(page)).toHaveAttribute('data-status', 'finalized', { timeout: 20_000 })
  expect(await balanceOf(l1, to, TUSD)).toBe(parseUnits('20', 6))
})

test('a fresh browser finalizes by pasted L2 hash; a finalized one cannot be finalized again', async ({
  page,
  wallet,
}, testInfo) => {
  const someone = devWallet(6)
  const to = freshRecipient()
  const hash = await someone.l2.withdraw({ token: ETH_ON_L2, amount: parseEther('0.2'), to })
  await l2Client(270).waitForTransactionReceipt({ hash })
  await devnetRpc('devnet_waitIdle')

  // another account, in a browser that never saw this withdrawal
  wallet.switchAccount(5)
  await page.goto('./#/claim')
  await connectWallet(page)
  const field = page.getByRole('textbox', { name: 'Transaction hash' })
  await field.fill('0x1234')
  await expect(
    page.getByText('A transaction hash has 64 hex characters after 0x; this has 4'),
  ).toBeVisible()
  await field.fill(hash)
  await page.getByRole('button', { name: 'Look up' }).click()
  await expect(page).toHaveURL(new RegExp(`#/claim/${hash}$`))
  await expect(status(page)).toHaveAttribute('data-status', 'executed', { timeout: 20_000 })
  await snap(page, testInfo, 'by-hash-ready')

  // rejected in the wallet: a clear message, and the button is still there
  wallet.rejectNext('eth_sendTransaction')
  await page.getByRole('button', { name: 'Finalize on Ferry devnet L1' }).click()
  await expect(page.getByText('Rejected in your wallet')).toBeVisible()
  await page.getByRole('button', { name: 'Finalize on Ferry devnet L1' }).click()
  await expect(status(page)).toHaveAttribute('data-status', 'finalized', { timeout: 20_000 })
  expect(await balanceOf(l1, to)).toBe(parseEther('0.2'))

  // the shareable page of a finalized withdrawal says so and offers nothing to click
  await page.reload()
  await expect(status(page)).toHaveAttribute('data-status', 'finalized', { timeout: 20_000 })
  await expect(page.getByRole('button', { name: /^Finalize/ })).toHaveCount(0)
  await snap(page, testInfo, 'by-hash-finalized')
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
  const button = page.getByRole('button', { name: 'Finalize on Ferry devnet L1' })
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
  expect(await balanceOf(l1, to)).toBe(parseEther('0.05'))
})

test('chain 272: withdraw the base token (TST) and finalize it', async ({ page, wallet }) => {
  await open(page, wallet, 8, 'devnet-272')
  const to = freshRecipient()
  await expect(page.getByTestId('selected-token')).toHaveText('ETH')
  await chooseToken(page, 'TST')
  await expect(page.getByText('The L2 fee is paid in TST too')).toBeVisible()
  await withdrawThroughWizard(page, '3', to)
  await expect(page.getByTestId('fee-l2')).toContainText('TST')
  await page.getByRole('button', { name: 'Withdraw', exact: true }).click()
  await expect(status(page)).toHaveAttribute('data-status', 'executed', { timeout: 20_000 })
  await page.getByRole('button', { name: 'Finalize on Ferry devnet L1' }).click()
  await expect(status(page)).toHaveAttribute('data-status', 'finalized', { timeout: 20_000 })
  expect(await balanceOf(l1, to, DEVNET_TOKEN_ADDRESSES.TST)).toBe(parseEther('3'))
})

test('slow batches: the ETA is shown as a time and a countdown until the withdrawal is ready', async ({
  page,
  wallet,
}, testInfo) => {
  // batches now take ~6 s to be executed; a few of them teach the ETA the new pace
  await devnetRpc('devnet_setTiming', [{ executeDelayMs: 6_000 }])
  try {
    const primer = devWallet(3)
    for (let i = 0; i < 3; i++) {
      const hash = await primer.l2.sendTransaction({ to: primer.account.address, value: 1n })
      await l2Client(270).waitForTransactionReceipt({ hash })
    }
    await devnetRpc('devnet_waitIdle', [120_000])

    await open(page, wallet, 2)
    await withdrawThroughWizard(page, '0.01', freshRecipient())
    await page.getByRole('button', { name: 'Withdraw', exact: true }).click()
    const eta = page.getByTestId('withdrawal-eta')
    await expect(eta).toContainText(/Expected to be ready at .+ \(in \d+s\)/, { timeout: 15_000 })
    await expect(status(page).getByTestId('finalize-reason')).toContainText(
      'Batch not executed yet',
    )
    await snap(page, testInfo, 'eta-countdown')
    await expect(page.getByRole('button', { name: 'Finalize on Ferry devnet L1' })).toBeVisible({
      timeout: 30_000,
    })
    await expect(eta).toHaveCount(0)
  } finally {
    await devnetRpc('devnet_setTiming', [{ executeDelayMs: 0 }])
  }
})
