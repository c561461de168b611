import type { Page } from '@playwright/test'
import { parseEther, parseUnits } from 'viem'
import { DEVNET_DEFAULT_ADDRESSES } from '../devnet/facts'
import { balanceOf, l1, l2BalanceOfL1Token, l2Client } from './fixtures/chain'
import { snap } from './fixtures/screenshots'
import { expect, test } from './fixtures/test'
import { connectWallet, type E2EWallet } from './fixtures/wallet'

// Chain 272, whose base token is TST (an L1 ERC-20): the base token pays the L2 base cost and
// needs its own approval; ETH is a bridged token there.

const { TST, TUSD } = DEVNET_DEFAULT_ADDRESSES.tokens

async function open(page: Page, wallet: E2EWallet, account: number) {
  wallet.switchAccount(account)
  await page.goto('./?pair=devnet-272#/deposit')
  await connectWallet(page)
  await expect(page.getByTestId('selected-pair')).toHaveText('Ferry devnet (TST gas)')
  await expect(page.getByTestId('deposit-form')).toBeVisible()
}

async function chooseToken(page: Page, symbol: string) {
  await page.getByTestId('token-picker').getByRole('button').click()
  await page.getByRole('menuitemradio', { name: new RegExp(`^${symbol}`) }).click()
  await expect(page.getByTestId('selected-token')).toHaveText(symbol)
}

const progress = (page: Page) => page.getByTestId('deposit-progress')

test('base token with Max: the fee is kept aside and the deposit succeeds', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 2)
  const me = wallet.address
  const l2 = l2Client(272)
  const [tstBefore, l2Before] = [await balanceOf(l1, me, TST), await balanceOf(l2, me)]
  await chooseToken(page, 'TST')
  await page.getByRole('button', { name: 'Max' }).click()
  const amount = page.getByRole('textbox', { name: 'Amount' })
  await expect(amount).not.toHaveValue('')
  await expect(page.getByText(/Max keeps .* TST for the fees/)).toBeVisible()
  const maxAmount = parseEther(await amount.inputValue())
  expect(maxAmount).toBeLessThan(tstBefore)
  await page.getByRole('button', { name: 'Review deposit' }).click()
  const review = page.getByTestId('deposit-review')
  await expect(review.getByTestId('fee-base-cost')).toContainText('TST')
  const steps = review.getByTestId('review-steps').getByRole('listitem')
  // one approval: amount and L2 base cost together, as the base token
  await expect(steps).toHaveCount(2)
  await expect(steps.nth(0)).toContainText('the amount and the L2 base cost')
  await snap(page, testInfo, 'base-token-max-review')
  await review.getByRole('button', { name: 'Start (2 transactions)' }).click()
  await expect(progress(page)).toHaveAttribute('data-status', 'l2-success', { timeout: 20_000 })

  const tstAfter = await balanceOf(l1, me, TST)
  expect(tstAfter).toBeGreaterThanOrEqual(0n)
  // everything but the kept fee left L1; the amount (plus unused L2 gas) arrived on L2
  expect(tstBefore - tstAfter).toBeGreaterThan(maxAmount)
  expect((await balanceOf(l2, me)) - l2Before).toBeGreaterThanOrEqual(maxAmount)
})

test('ETH to a TST chain: the base cost is approved in TST, ETH arrives as a bridged token', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 3)
  const me = wallet.address
  const ethL2Before = await l2BalanceOfL1Token(
    me,
    '0x0000000000000000000000000000000000000001',
    272,
  )
  await page.getByRole('textbox', { name: 'Amount' }).fill('0.4')
  await page.getByRole('button', { name: 'Review deposit' }).click()
  const review = page.getByTestId('deposit-review')
  await expect(review.getByTestId('fee-base-cost')).toContainText('TST')
  const steps = review.getByTestId('review-steps').getByRole('listitem')
  await expect(steps.nth(0)).toContainText('Approve TST for the L2 fee')
  await snap(page, testInfo, 'eth-review')
  await review.getByRole('button', { name: /^Start|^Deposit$/ }).click()
  await expect(progress(page)).toHaveAttribute('data-status', 'l2-success', { timeout: 20_000 })
  const ethL2After = await l2BalanceOfL1Token(me, '0x0000000000000000000000000000000000000001', 272)
  expect(ethL2After - ethL2Before).toBe(parseEther('0.4'))
})

test('an ERC-20 to a TST chain: two approvals, then the deposit, shown as three steps', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 4)
  const me = wallet.address
  const [tusdBefore, l2Before] = [
    await balanceOf(l1, me, TUSD),
    await l2BalanceOfL1Token(me, TUSD, 272),
  ]
  await chooseToken(page, 'TUSD')
  await page.getByRole('textbox', { name: 'Amount' }).fill('12')
  await page.getByRole('button', { name: 'Review deposit' }).click()
  const review = page.getByTestId('deposit-review')
  const steps = review.getByTestId('review-steps').getByRole('listitem')
  await expect(steps).toHaveCount(3)
  await expect(steps.nth(0)).toContainText('Approve TST for the L2 fee')
  await expect(steps.nth(1)).toContainText('Approve TUSD')
  await expect(steps.nth(1)).toContainText('exactly 12 TUSD')
  await expect(steps.nth(2)).toContainText('Deposit')
  await expect(review.getByTestId('total-token')).toHaveText('12 TUSD')
  await snap(page, testInfo, 'erc20-three-steps')
  await review.getByRole('button', { name: 'Start (3 transactions)' }).click()
  await expect(progress(page)).toHaveAttribute('data-status', 'l2-success', { timeout: 20_000 })
  expect(await balanceOf(l1, me, TUSD)).toBe(tusdBefore - parseUnits('12', 6))
  expect(await l2BalanceOfL1Token(me, TUSD, 272)).toBe(l2Before + parseUnits('12', 6))
})
