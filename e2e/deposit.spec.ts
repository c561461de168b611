import type { Page } from '@playwright/test'
import { formatUnits, parseEther, parseUnits } from 'viem'
import { DEVNET_DEFAULT_ADDRESSES } from '../devnet/facts'
import { balanceOf, devnetRpc, l1, l2BalanceOfL1Token, l2Client } from './fixtures/chain'
import { snap } from './fixtures/screenshots'
import { expect, test } from './fixtures/test'
import { connectWallet, type E2EWallet } from './fixtures/wallet'

// The deposit wizard on the devnet (L1 9 → L2 270), through RainbowKit and the injected
// wallet: what the page shows, and what the chains record.

const { TUSD } = DEVNET_DEFAULT_ADDRESSES.tokens

async function open(page: Page, wallet: E2EWallet, account: number) {
  wallet.switchAccount(account)
  await page.goto('./#/deposit')
  await connectWallet(page)
  await expect(page.getByTestId('deposit-form')).toBeVisible()
}

async function chooseToken(page: Page, symbol: string) {
  await page.getByTestId('token-picker').getByRole('button').click()
  await page.getByRole('menuitemradio', { name: new RegExp(`^${symbol}`) }).click()
  await expect(page.getByTestId('selected-token')).toHaveText(symbol)
}

const amountField = (page: Page) => page.getByRole('textbox', { name: 'Amount' })
const reviewButton = (page: Page) => page.getByRole('button', { name: 'Review deposit' })
const progress = (page: Page) => page.getByTestId('deposit-progress')

test('deposit ETH: the review itemises the fees, progress reaches L2 success, the L2 balance grows', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 2)
  const me = wallet.address
  const l2 = l2Client(270)
  const [l1Before, l2Before] = [await balanceOf(l1, me), await balanceOf(l2, me)]
  await expect(page.getByTestId('l1-balance')).toContainText('ETH')
  await amountField(page).fill('1.25')
  await expect(reviewButton(page)).toBeEnabled()
  await snap(page, testInfo, 'eth-form')
  await reviewButton(page).click()

  const review = page.getByTestId('deposit-review')
  await expect(review.getByTestId('review-amount')).toHaveText('1.25 ETH')
  await expect(review.getByTestId('fee-l1')).toContainText('ETH')
  await expect(review.getByTestId('fee-base-cost')).toContainText('ETH')
  await expect(review.getByTestId('review-receive')).toHaveText('1.25 ETH')
  // ETH to an ETH chain: no approval, a single transaction
  await expect(review.getByTestId('review-steps').getByRole('listitem')).toHaveCount(1)
  await snap(page, testInfo, 'eth-review')
  await review.getByRole('button', { name: 'Deposit' }).click()

  await expect(progress(page)).toHaveAttribute('data-status', 'l2-success', { timeout: 20_000 })
  await expect(progress(page).getByText('Deposit complete')).toBeVisible()
  await expect(progress(page).getByText('L2 transaction')).toBeVisible()
  await snap(page, testInfo, 'eth-complete')

  // the amount, plus the refund of the L2 gas the deposit did not use (paid in the base cost)
  const received = (await balanceOf(l2, me)) - l2Before
  expect(received).toBeGreaterThanOrEqual(parseEther('1.25'))
  expect(received).toBeLessThan(parseEther('1.251'))
  const spent = l1Before - (await balanceOf(l1, me))
  expect(spent).toBeGreaterThan(parseEther('1.25'))
  expect(spent).toBeLessThan(parseEther('1.26'))
})

test('deposit an ERC-20: exact approval, then the deposit; the L2 token balance grows', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 3)
  const me = wallet.address
  const [l1Before, l2Before] = [await balanceOf(l1, me, TUSD), await l2BalanceOfL1Token(me, TUSD)]
  await chooseToken(page, 'TUSD')
  await expect(page.getByTestId('l1-balance')).toHaveText(
    `${Number(formatUnits(l1Before, 6)).toLocaleString('en-US')} TUSD`,
  )
  await amountField(page).fill('42.5')
  await reviewButton(page).click()
  const steps = page.getByTestId('review-steps').getByRole('listitem')
  await expect(steps).toHaveCount(2)
  await expect(steps.nth(0)).toContainText('Approve TUSD')
  await expect(steps.nth(0)).toContainText('exactly 42.5 TUSD')
  await snap(page, testInfo, 'erc20-review')
  await page.getByRole('button', { name: 'Start (2 transactions)' }).click()

  await expect(progress(page)).toHaveAttribute('data-status', 'l2-success', { timeout: 20_000 })
  await snap(page, testInfo, 'erc20-complete')
  expect(await balanceOf(l1, me, TUSD)).toBe(l1Before - parseUnits('42.5', 6))
  expect(await l2BalanceOfL1Token(me, TUSD)).toBe(l2Before + parseUnits('42.5', 6))
  // the approval was for the exact amount
  const approval = wallet.requests.find(
    (r) =>
      r.method === 'eth_sendTransaction' &&
      JSON.stringify(r.params).toLowerCase().includes('"data":"0x095ea7b3'),
  )
  expect(JSON.stringify(approval?.params)).toContain(parseUnits('42.5', 6).toString(16))
})

test('rejecting the approval: a clear message, the values stay, a retry succeeds', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 4)
  const me = wallet.address
  const l2Before = await l2BalanceOfL1Token(me, TUSD)
  await chooseToken(page, 'TUSD')
  await amountField(page).fill('7')
  await page.getByRole('textbox', { name: /Recipient on/ }).fill(me)
  await reviewButton(page).click()
  wallet.rejectNext('eth_sendTransaction')
  await page.getByRole('button', { name: 'Start (2 transactions)' }).click()

  const execution = page.getByTestId('deposit-execution')
  await expect(execution.getByText('Rejected in your wallet')).toBeVisible()
  await expect(execution.getByTestId('error-message')).toHaveText(
    'Nothing was sent. You can try again when you are ready.',
  )
  await snap(page, testInfo, 'approval-rejected')
  // back to the form: every value is still there
  await execution.getByRole('button', { name: 'Back to the form' }).click()
  await expect(amountField(page)).toHaveValue('7')
  await expect(page.getByTestId('selected-token')).toHaveText('TUSD')
  await expect(page.getByRole('textbox', { name: /Recipient on/ })).toHaveValue(me)
  // and a retry from the failed step goes through
  await reviewButton(page).click()
  wallet.rejectNext('eth_sendTransaction')
  await page.getByRole('button', { name: 'Start (2 transactions)' }).click()
  await execution.getByRole('button', { name: 'Retry approval' }).click()
  await expect(progress(page)).toHaveAttribute('data-status', 'l2-success', { timeout: 20_000 })
  expect(await l2BalanceOfL1Token(me, TUSD)).toBe(l2Before + parseUnits('7', 6))
})

test('reload while the deposit is pending: progress resumes and completes', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 5)
  const me = wallet.address
  const l2Before = await balanceOf(l2Client(270), me)
  await devnetRpc('devnet_setTiming', [{ priorityDelayMs: 10_000 }])
  try {
    await amountField(page).fill('0.5')
    await reviewButton(page).click()
    await page.getByTestId('deposit-review').getByRole('button', { name: 'Deposit' }).click()
    await expect(progress(page)).toHaveAttribute('data-status', 'l2-pending', { timeout: 10_000 })
    await snap(page, testInfo, 'pending')
    await page.reload()
    await expect(progress(page)).toBeVisible()
    await expect(progress(page).getByText('Picked up where you left off')).toBeVisible()
    await expect(progress(page)).toHaveAttribute('data-status', 'l2-success', { timeout: 20_000 })
  } finally {
    await devnetRpc('devnet_setTiming', [{ priorityDelayMs: 0 }])
  }
  const received = (await balanceOf(l2Client(270), me)) - l2Before
  expect(received).toBeGreaterThanOrEqual(parseEther('0.5'))
  expect(received).toBeLessThan(parseEther('0.501'))
  // a completed deposit is not picked up again: the next visit shows the form
  await page.reload()
  await expect(page.getByTestId('deposit-form')).toBeVisible()
})

test('wrong network: the page offers the switch; the deposit itself moves the wallet to L1', async ({
  page,
  wallet,
}, testInfo) => {
  wallet.setChain(270)
  await open(page, wallet, 6)
  const notice = page.getByTestId('wrong-network')
  await expect(notice).toContainText('This step needs')
  await snap(page, testInfo, 'wrong-network')
  await amountField(page).fill('0.1')
  await reviewButton(page).click()
  await page.getByTestId('deposit-review').getByRole('button', { name: 'Deposit' }).click()
  await expect(progress(page)).toHaveAttribute('data-status', 'l2-success', { timeout: 20_000 })
  expect(wallet.chainId).toBe(9)
  expect(wallet.requests.some((r) => r.method === 'wallet_switchEthereumChain')).toBe(true)
  await expect(notice).toHaveCount(0)
})

test('bad input gets a specific message as the user types; a reload keeps the draft', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 7)
  const amountError = page.getByTestId('deposit-form').locator('[id$="-error"]').first()
  await amountField(page).fill('0')
  await expect(amountError).toContainText(/greater than 0/i)
  await amountField(page).fill('100000000')
  await expect(amountError).toContainText(/balance/i)
  await chooseToken(page, 'TUSD')
  await amountField(page).fill('1.1234567')
  await expect(amountError).toContainText(/6 decimals/)
  await expect(reviewButton(page)).toBeDisabled()
  const recipient = page.getByRole('textbox', { name: /Recipient on/ })
  await recipient.fill('0x70997970c51812dc3a010c7d01b50e0d17dc79C8')
  await expect(page.getByText(/checksum/i)).toBeVisible()
  await page.getByText('Advanced settings').click()
  await page.getByRole('textbox', { name: 'L2 gas limit' }).fill('12x')
  await expect(page.getByText('Enter a whole number of gas units')).toBeVisible()
  await snap(page, testInfo, 'bad-input')

  // a contract recipient on L2 is flagged
  await recipient.fill('0x000000000000000000000000000000000000800A')
  await expect(page.getByText('The recipient is a contract on the L2')).toBeVisible()

  // nothing typed is lost on reload
  await page.reload()
  await expect(amountField(page)).toHaveValue('1.1234567')
  await expect(page.getByTestId('selected-token')).toHaveText('TUSD')
  await expect(recipient).toHaveValue('0x000000000000000000000000000000000000800A')
})

test('import a token by address: read on chain, then selectable', async ({ page, wallet }) => {
  await open(page, wallet, 8)
  await page.getByTestId('token-picker').getByRole('button').click()
  await page.getByRole('menuitem', { name: /Import a token by address/ }).click()
  const form = page.getByTestId('import-token')
  const field = form.getByRole('textbox')
  await field.fill(wallet.addresses[1] as string)
  await expect(form.getByText(/There is no contract at/)).toBeVisible()
  await field.fill('0x1234')
  await expect(form.locator('[id$="-error"]')).toBeVisible()
  await field.fill(TUSD)
  await expect(form.getByTestId('import-token-preview')).toHaveText('TUSD · Test USD · 6 decimals')
  await form.getByRole('button', { name: 'Import TUSD' }).click()
  await expect(page.getByTestId('selected-token')).toHaveText('TUSD')
  await expect(page.getByTestId('l1-balance')).toContainText('TUSD')
})
