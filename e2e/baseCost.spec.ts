import type { Page } from '@playwright/test'
import { parseAbi, parseGwei } from 'viem'
import { DEVNET_DEFAULT_ADDRESSES } from '../devnet/src/addresses'
import { l1 } from './fixtures/chain'
import { snap } from './fixtures/screenshots'
import { expect, test } from './fixtures/test'

// The base cost calculator: the page's figure is Bridgehub.l2TransactionBaseCost for the same
// inputs, it follows the inputs, and bad input gets a message instead of a stale figure.

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
const field = (page: Page, name: string) => page.getByRole('textbox', { name })

test('the base cost equals Bridgehub.l2TransactionBaseCost and follows the inputs', async ({
  page,
}, testInfo) => {
  await page.goto('./#/base-cost')
  await field(page, 'L1 gas price (gwei)').fill('2.5')
  await field(page, 'L2 gas limit').fill('300000')
  const expected = await onChain(270, parseGwei('2.5'), 300_000n)
  await expect(result(page)).toHaveAttribute('data-wei', expected.toString())
  await expect(result(page)).toContainText('ETH')
  await snap(page, testInfo, 'result')

  for (const [gwei, limit] of [
    ['7', '1000000'],
    ['0.5', '72000000'],
    ['123.456789', '21000'],
  ] as const) {
    await field(page, 'L1 gas price (gwei)').fill(gwei)
    await field(page, 'L2 gas limit').fill(limit)
    const want = await onChain(270, parseGwei(gwei), BigInt(limit))
    await expect(result(page)).toHaveAttribute('data-wei', want.toString())
  }

  // the live price: cleared field, a figure for the current L1 fee
  await field(page, 'L1 gas price (gwei)').fill('')
  await expect(result(page)).toBeVisible()
  await expect(
    page.getByText(/Empty: the live price of Ferry devnet L1 \(now [\d.]+ gwei\)/),
  ).toBeVisible()
})

test('bad input gets a message and no figure', async ({ page }) => {
  await page.goto('./#/base-cost')
  await field(page, 'L1 gas price (gwei)').fill('0')
  await expect(page.getByText('Enter a gas price above 0 gwei')).toBeVisible()
  await expect(result(page)).toHaveCount(0)
  await field(page, 'L1 gas price (gwei)').fill('abc')
  await expect(page.getByText('Enter a number, e.g. 1.5')).toBeVisible()
  await field(page, 'L1 gas price (gwei)').fill('1')
  await field(page, 'L2 gas limit').fill('72000001')
  await expect(page.getByText('At most 72,000,000 gas')).toBeVisible()
  await expect(result(page)).toHaveCount(0)
  await field(page, 'L2 gas limit').fill('')
  await expect(page.getByText('Enter an L2 gas limit')).toBeVisible()

  // what was typed survives a reload
  await field(page, 'L2 gas limit').fill('654321')
  await page.reload()
  await expect(field(page, 'L1 gas price (gwei)')).toHaveValue('1')
  await expect(field(page, 'L2 gas limit')).toHaveValue('654321')
  await expect(result(page)).toBeVisible()
})

test('the L2 gas limit can come from an estimated call; chain 272 shows TST', async ({
  page,
}, testInfo) => {
  await page.goto('./?pair=devnet-272#/base-cost')
  await field(page, 'L1 gas price (gwei)').fill('3')
  await page.getByRole('combobox', { name: 'L2 gas limit from' }).selectOption('call')
  await field(page, 'Contract on Ferry devnet (TST gas)').fill(DEVNET_DEFAULT_ADDRESSES.testTarget)
  await field(page, 'ABI or function signature').fill('function incrementBy(uint256 by)')
  await field(page, 'by (uint256)').fill('5')
  const estimated = page.getByTestId('estimated-gas')
  await expect(estimated).toBeVisible({ timeout: 15_000 })
  const limit = BigInt(
    ((await estimated.textContent()) ?? '').split(':')[1]?.replace(/\D/g, '') ?? '0',
  )
  expect(limit).toBeGreaterThan(0n)
  await expect(result(page)).toHaveAttribute(
    'data-wei',
    (await onChain(272, parseGwei('3'), limit)).toString(),
  )
  await expect(result(page)).toContainText('TST')
  await snap(page, testInfo, 'estimated-272')
})
