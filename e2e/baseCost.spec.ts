import type { Page, TestInfo } from '@playwright/test'
import { parseAbi, parseGwei } from 'viem'
import { DEVNET_DEFAULT_ADDRESSES } from '../devnet/facts'
import { l1 } from './fixtures/chain'
import { snap } from './fixtures/screenshots'
import { expect, test } from './fixtures/test'

// The base cost calculator: the page's figure is Bridgehub.l2TransactionBaseCost for the same
// inputs (typed or live L1 gas price; typed or estimated L2 gas limit), it follows the inputs,
// and bad input gets a specific message instead of a figure for other inputs.

const bridgehubAbi = parseAbi([
  'function l2TransactionBaseCost(uint256, uint256, uint256, uint256) view returns (uint256)',
])
const onChain = (chainId: number, gasPrice: bigint, l2GasLimit: bigint) =>
  l1.readContract({
    address: DEVNET_DEFAULT_ADDRESSES.bridgehub,
    abi: bridgehubAbi,
    functionName: 'l2TransactionBaseCost',
    args: [BigInt(chainId), gasPrice, l2GasLimit, 800n],
  })

const result = (page: Page) => page.getByTestId('base-cost-result')
const gasPrice = (page: Page) => page.getByRole('textbox', { name: 'L1 gas price (gwei)' })
const gasLimit = (page: Page) => page.getByRole('textbox', { name: 'L2 gas limit (gas units)' })
const wei = async (page: Page) => BigInt((await result(page).getAttribute('data-wei')) ?? '-1')

/** Full-page screenshots from the top (a scrolled page would draw the sticky header mid-page). */
async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0))
  await snap(page, testInfo, name)
}

test('the base cost equals Bridgehub.l2TransactionBaseCost and follows the inputs', async ({
  page,
}, testInfo) => {
  await page.goto('./#/base-cost')
  await gasPrice(page).fill('2.5')
  await gasLimit(page).fill('300000')
  const expected = await onChain(270, parseGwei('2.5'), 300_000n)
  await expect(result(page)).toHaveAttribute('data-wei', expected.toString())
  await expect(result(page)).toContainText('ETH')
  const parts = page.getByTestId('base-cost-parts')
  await expect(parts.getByTestId('part-gas-price')).toHaveText('2.5 gwei')
  await expect(parts.getByTestId('part-pubdata')).toHaveText('800')
  await expect(parts.getByTestId('part-l2-gas-limit')).toHaveText('300,000')
  await expect(parts.getByTestId('part-l2-gas-price')).toContainText('gwei / gas')
  await shot(page, testInfo, 'result')

  let previous = expected
  for (const [gwei, limit] of [
    ['7', '1000000'],
    ['0.5', '72000000'],
    ['123.456789', '21000'],
    ['123.456789', '21001'],
  ] as const) {
    await gasPrice(page).fill(gwei)
    await gasLimit(page).fill(limit)
    const want = await onChain(270, parseGwei(gwei), BigInt(limit))
    expect(want).not.toBe(previous)
    // never the previous figure for the new inputs: absent while computing, then the new one
    if ((await result(page).count()) > 0) expect([want, -1n]).toContain(await wei(page))
    await expect(result(page)).toHaveAttribute('data-wei', want.toString())
    previous = want
  }

  // the live price: "Use live price" empties the field; the figure is for the price it shows
  await page.getByRole('button', { name: 'Use live price' }).click()
  await expect(gasPrice(page)).toHaveValue('')
  await expect(
    page.getByText(/Empty: the live price of Ferry devnet L1 \(now [\d.]+ gwei\)/),
  ).toBeVisible()
  await expect(page.getByTestId('part-gas-price')).toContainText('gwei')
  const live = BigInt((await result(page).getAttribute('data-gas-price')) ?? '0')
  expect(live).toBeGreaterThan(0n)
  expect(await wei(page)).toBe(await onChain(270, live, 21_001n))
  await shot(page, testInfo, 'live-price')
})

test('bad input gets a specific message and no figure; the inputs survive a reload', async ({
  page,
}, testInfo) => {
  await page.goto('./#/base-cost')
  await expect(result(page)).toBeVisible()
  const cases: [price: string, limit: string, message: string][] = [
    ['0', '300000', 'Enter a gas price above 0 gwei'],
    ['abc', '300000', 'Enter a number, e.g. 1.5'],
    ['-1', '300000', 'A gas price cannot be negative'],
    ['1.0000000001', '300000', 'At most 9 decimals: 1 gwei is 10⁹ wei'],
    ['1', '0', 'Enter a gas limit greater than 0'],
    ['1', '72000001', 'At most 72,000,000 gas'],
    ['1', '1.5', 'Enter a whole number of gas units, digits only (e.g. 300000)'],
    ['1', '', 'Enter an L2 gas limit'],
  ]
  for (const [price, limit, message] of cases) {
    await gasPrice(page).fill(price)
    await gasLimit(page).fill(limit)
    await expect(page.getByText(message, { exact: true })).toBeVisible()
    await expect(result(page)).toHaveCount(0)
    await expect(page.getByTestId('base-cost-empty')).toBeVisible()
  }
  await gasPrice(page).fill('-1')
  await shot(page, testInfo, 'bad-input')

  // what was typed survives a reload
  await gasPrice(page).fill('1')
  await gasLimit(page).fill('654321')
  await expect(result(page)).toHaveAttribute(
    'data-wei',
    (await onChain(270, parseGwei('1'), 654_321n)).toString(),
  )
  await page.reload()
  await expect(gasPrice(page)).toHaveValue('1')
  await expect(gasLimit(page)).toHaveValue('654321')
  await expect(result(page)).toBeVisible()
})

test('the L2 gas limit can come from an estimated call; chain 272 shows TST', async ({
  page,
}, testInfo) => {
  await page.goto('./?pair=devnet-272#/base-cost')
  await gasPrice(page).fill('3')
  await page.getByRole('radio', { name: 'Estimate a call' }).check()
  await page
    .getByRole('textbox', { name: 'Contract on Ferry devnet (TST gas)' })
    .fill(DEVNET_DEFAULT_ADDRESSES.testTarget)
  await page
    .getByRole('textbox', { name: 'ABI or function signature' })
    .fill('function incrementBy(uint256 by)')
  await page.getByRole('textbox', { name: 'by (uint256)' }).fill('5')
  const estimated = page.getByTestId('estimated-gas')
  await expect(estimated).toBeVisible({ timeout: 15_000 })
  const limit = BigInt((await estimated.getAttribute('data-gas')) ?? '0')
  await expect(estimated).toContainText(limit.toLocaleString('en-US'))
  expect(limit).toBeGreaterThan(0n)
  await expect(result(page)).toHaveAttribute(
    'data-wei',
    (await onChain(272, parseGwei('3'), limit)).toString(),
  )
  await expect(result(page)).toContainText('TST')
  await expect(page.getByTestId('part-l2-gas-price')).toContainText('TST / gas')
  await shot(page, testInfo, 'estimated-272')

  // a call that reverts cannot be estimated: a message, no figure
  await page
    .getByRole('textbox', { name: 'ABI or function signature' })
    .fill('function fail(string reason)')
  await page.getByRole('textbox', { name: 'reason (string)' }).fill('no')
  await expect(page.getByText('Could not estimate this call')).toBeVisible({ timeout: 15_000 })
  await expect(result(page)).toHaveCount(0)
})
