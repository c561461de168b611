import type { Page } from '@playwright/test'
import { encodeFunctionData, parseAbi } from 'viem'
import { DEVNET_DEFAULT_ADDRESSES } from '../devnet/src/addresses'
import { DEVNET_TOKEN_ADDRESSES } from '../src/config/devnetTokens'
import { balanceOf, l1, l2Client } from './fixtures/chain'
import { snap } from './fixtures/screenshots'
import { expect, test } from './fixtures/test'
import { connectWallet, type E2EWallet } from './fixtures/wallet'

// Request execute: an arbitrary L1→L2 call to the devnet's TestTarget contract, from an
// ABI-generated form and from raw calldata; a call that reverts on L2 shows its reason.

const target = DEVNET_DEFAULT_ADDRESSES.testTarget
const targetAbi = parseAbi([
  'function count() view returns (uint256)',
  'function greeting() view returns (string)',
  'function incrementBy(uint256 by)',
])
const read = <T>(functionName: 'count' | 'greeting', chainId: 270 | 272 = 270) =>
  l2Client(chainId).readContract({ address: target, abi: targetAbi, functionName }) as Promise<T>

async function open(page: Page, wallet: E2EWallet, account: number, pair = 'devnet-270') {
  wallet.switchAccount(account)
  await page.goto(`./?pair=${pair}#/request-execute`)
  await connectWallet(page)
  await expect(page.getByTestId('execute-form')).toBeVisible()
}

const field = (page: Page, name: string | RegExp) => page.getByRole('textbox', { name })
const progress = (page: Page) => page.getByTestId('execute-progress')

test('an ABI-generated form calls the L2 contract; its state changes', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 1)
  await field(page, /Contract on/).fill(target)
  await field(page, 'ABI or function signature').fill(
    'function setGreeting(string greeting)\nfunction incrementBy(uint256 by)',
  )
  await page.getByRole('combobox', { name: 'Function' }).selectOption('setGreeting(string)')
  const greeting = `gm from e2e ${Date.now()}`
  await field(page, 'greeting (string)').fill(greeting)
  await expect(
    page.getByText(/Empty uses the estimate \(zks_estimateGasL1ToL2\): [\d,]+ gas/),
  ).toBeVisible()
  await snap(page, testInfo, 'abi-form')
  await page.getByRole('button', { name: 'Review call' }).click()
  const review = page.getByTestId('execute-review')
  await expect(review.getByTestId('review-base-cost')).toContainText('ETH')
  await snap(page, testInfo, 'review')
  await review.getByRole('button', { name: 'Send call' }).click()
  await expect(progress(page)).toHaveAttribute('data-status', 'l2-success', { timeout: 20_000 })
  await expect(progress(page).getByText('Executed on L2')).toBeVisible()
  await snap(page, testInfo, 'success')
  expect(await read<string>('greeting')).toBe(greeting)
})

test('raw calldata; a rejected signature keeps the form and a retry goes through', async ({
  page,
  wallet,
}) => {
  await open(page, wallet, 2)
  const before = await read<bigint>('count')
  await field(page, /Contract on/).fill(target)
  await page.getByRole('combobox', { name: 'Call' }).selectOption('raw')
  await field(page, 'Calldata').fill('0xzz')
  await expect(page.getByText('Calldata must be hex: 0-9 and a-f only.')).toBeVisible()
  const data = encodeFunctionData({ abi: targetAbi, functionName: 'incrementBy', args: [7n] })
  await field(page, 'Calldata').fill(data)
  await page.getByRole('button', { name: 'Review call' }).click()
  wallet.rejectNext('eth_sendTransaction')
  await page.getByTestId('execute-review').getByRole('button', { name: 'Send call' }).click()
  await expect(page.getByText('Rejected in your wallet')).toBeVisible()
  await page.getByRole('button', { name: 'Back to the form' }).click()
  await expect(field(page, 'Calldata')).toHaveValue(data)
  await page.getByRole('button', { name: 'Review call' }).click()
  await page.getByTestId('execute-review').getByRole('button', { name: 'Send call' }).click()
  await expect(progress(page)).toHaveAttribute('data-status', 'l2-success', { timeout: 20_000 })
  expect(await read<bigint>('count')).toBe(before + 7n)
})

test('a call that reverts on L2 is reported as failed with its reason', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 3)
  await field(page, /Contract on/).fill(target)
  await field(page, 'ABI or function signature').fill('function fail(string reason)')
  await field(page, 'reason (string)').fill('nope, not today')
  // the estimate refuses a call that reverts: the page says so; a gas limit sends it anyway
  await expect(page.getByText('Could not estimate the L2 gas')).toBeVisible({ timeout: 15_000 })
  await field(page, 'L2 gas limit').fill('500000')
  await page.getByRole('button', { name: 'Review call' }).click()
  await page.getByTestId('execute-review').getByRole('button', { name: 'Send call' }).click()
  await expect(progress(page)).toHaveAttribute('data-status', 'l2-failed', { timeout: 20_000 })
  await expect(progress(page).getByTestId('revert-reason')).toHaveText('Reverted: nope, not today')
  await snap(page, testInfo, 'failed')
})

test('bad inputs get specific messages', async ({ page, wallet }) => {
  await open(page, wallet, 4)
  await field(page, /Contract on/).fill('0x12345')
  await expect(page.getByText(/An address has 40 hex characters/)).toBeVisible()
  await field(page, 'ABI or function signature').fill('function f(uint8 small)')
  await field(page, 'small (uint8)').fill('300')
  await expect(
    page
      .getByText(/small/)
      .filter({ hasText: /uint8|range|fit/ })
      .first(),
  ).toBeVisible()
  await field(page, 'L2 gas limit').fill('12x')
  await expect(
    page.getByText('Enter a whole number of gas units, digits only (e.g. 300000)'),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Review call' })).toBeDisabled()
  // a reload keeps what was typed
  await page.reload()
  await expect(field(page, 'small (uint8)')).toHaveValue('300')
})

test('chain 272: the base cost is paid in TST, approved first', async ({ page, wallet }) => {
  await open(page, wallet, 5, 'devnet-272')
  const me = wallet.address
  const before = await read<bigint>('count', 272)
  const tstBefore = await balanceOf(l1, me, DEVNET_TOKEN_ADDRESSES.TST)
  await field(page, /Contract on/).fill(target)
  await field(page, 'ABI or function signature').fill('function incrementBy(uint256 by)')
  await field(page, 'by (uint256)').fill('3')
  await page.getByRole('button', { name: 'Review call' }).click()
  const review = page.getByTestId('execute-review')
  await expect(review.getByTestId('review-base-cost')).toContainText('TST')
  await review.getByRole('button', { name: 'Start (2 transactions)' }).click()
  await expect(progress(page)).toHaveAttribute('data-status', 'l2-success', { timeout: 20_000 })
  expect(await read<bigint>('count', 272)).toBe(before + 3n)
  expect(await balanceOf(l1, me, DEVNET_TOKEN_ADDRESSES.TST)).toBeLessThan(tstBefore)
})
