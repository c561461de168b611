import type { Page, TestInfo } from '@playwright/test'
import {
  type Address,
  encodeFunctionData,
  type Hash,
  parseAbi,
  parseEther,
  toFunctionSelector,
} from 'viem'
import { DEVNET_DEFAULT_ADDRESSES } from '../devnet/facts'
import { balanceOf, l1, l2Client } from './fixtures/chain'
import { snap } from './fixtures/screenshots'
import { expect, test } from './fixtures/test'
import { connectWallet, type E2EWallet } from './fixtures/wallet'

// Request execute: arbitrary L1→L2 calls to the devnet's TestTarget contract (on chain 270 and
// 272), from an ABI-generated form and from raw calldata. What the page says is checked against
// what the chains recorded: the contract's state on L2, the L1 transaction's value and the
// balances that paid for it.

const target = DEVNET_DEFAULT_ADDRESSES.testTarget
const targetAbi = parseAbi([
  'function count() view returns (uint256)',
  'function greeting() view returns (string)',
  'function totalDeposits() view returns (uint256)',
  'function incrementBy(uint256 by)',
  'function deposit() payable',
])
const read = (
  functionName: 'count' | 'greeting' | 'totalDeposits',
  chainId: 270 | 272 = 270,
): Promise<unknown> =>
  l2Client(chainId).readContract({ address: target, abi: targetAbi, functionName })

async function open(page: Page, wallet: E2EWallet, account: number) {
  wallet.switchAccount(account)
  await page.goto('./?pair=devnet-270#/request-execute')
  await connectWallet(page)
  await expect(page.getByTestId('execute-form')).toBeVisible()
}

const field = (page: Page, name: string | RegExp) => page.getByRole('textbox', { name })
const progress = (page: Page) => page.getByTestId('execute-progress')
const review = (page: Page) => page.getByTestId('execute-review')

/** Full-page screenshots from the top (a scrolled page would draw the sticky header mid-page). */
async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0))
  await snap(page, testInfo, name)
}

/** The hash of the last transaction the wallet sent (answered eth_sendTransaction). */
function lastSentHash(wallet: E2EWallet): Hash {
  const sent = wallet.requests.filter((r) => r.method === 'eth_sendTransaction' && r.outcome?.ok)
  const outcome = sent.at(-1)?.outcome
  if (!outcome?.ok) throw new Error('the wallet sent nothing')
  return outcome.result as Hash
}

/** What a mined L1 transaction cost its sender in ETH: value + gas. */
async function ethSpent(hash: Hash) {
  const [tx, receipt] = await Promise.all([
    l1.getTransaction({ hash }),
    l1.getTransactionReceipt({ hash }),
  ])
  return {
    value: tx.value,
    gasUsed: receipt.gasUsed,
    total: tx.value + receipt.gasUsed * receipt.effectiveGasPrice,
  }
}

test('an ABI-generated form sets a value on the L2 contract; the page and the chain agree', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 1)
  const me = wallet.address as Address
  await shot(page, testInfo, 'empty-form')
  await field(page, /Contract on/).fill(target)
  await field(page, 'ABI or function signature').fill(
    'function setGreeting(string greeting)\nfunction incrementBy(uint256 by)',
  )
  await page.getByRole('combobox', { name: 'Function' }).selectOption('setGreeting(string)')
  const greeting = `gm from e2e ${Date.now()}`
  await field(page, 'greeting (string)').fill(greeting)
  await expect(page.getByTestId('encoded-calldata')).toContainText(
    toFunctionSelector('setGreeting(string)'),
  )
  await expect(
    page.getByText(/Empty uses the estimate \(zks_estimateGasL1ToL2\): [\d,]+ gas/),
  ).toBeVisible()
  await shot(page, testInfo, 'abi-form')
  await page.getByRole('button', { name: 'Review call' }).click()

  await expect(review(page).getByTestId('call-function')).toHaveText('setGreeting(string)')
  await expect(review(page).getByTestId('call-summary')).toContainText(greeting)
  await expect(review(page).getByTestId('review-gas-limit')).toHaveText(/^[\d,]+$/)
  await expect(review(page).getByTestId('review-base-cost')).toContainText('ETH')
  await expect(review(page).getByTestId('review-l2-value')).toHaveText('0 ETH')
  await expect(review(page).getByTestId('review-l1-gas')).toContainText('≈')
  const baseCost = BigInt(
    (await review(page)
      .getByTestId('review-base-cost')
      .locator('[data-wei]')
      .getAttribute('data-wei')) ?? '-1',
  )
  expect(baseCost).toBeGreaterThan(0n)
  const l1GasEstimate = Number(
    await review(page).getByTestId('review-l1-gas').locator('[data-gas]').getAttribute('data-gas'),
  )
  await shot(page, testInfo, 'review')
  const ethBefore = await balanceOf(l1, me)
  await review(page).getByRole('button', { name: 'Send call' }).click()

  await expect(progress(page)).toHaveAttribute('data-status', 'l2-success', { timeout: 20_000 })
  await expect(progress(page).getByText('Executed on L2')).toBeVisible()
  await expect(progress(page).getByText('L1 confirmed')).toBeVisible()
  await expect(progress(page).getByText('L2 success')).toBeVisible()
  await expect(progress(page).getByText('L2 transaction')).toBeVisible()
  await shot(page, testInfo, 'success')
  // the L2 contract holds the new value
  expect(await read('greeting')).toBe(greeting)
  // the L1 transaction carried exactly the base cost shown (L2 value 0), plus its gas
  const spent = await ethSpent(lastSentHash(wallet))
  expect(spent.value).toBe(baseCost)
  // the L1 gas estimate shown was close to what the transaction used
  expect(Number(spent.gasUsed)).toBeGreaterThan(l1GasEstimate * 0.8)
  expect(Number(spent.gasUsed)).toBeLessThan(l1GasEstimate * 1.2)
  expect(ethBefore - (await balanceOf(l1, me))).toBe(spent.total)

  // a reload comes back to the result; "New call" returns to the form as it was
  await page.reload()
  await expect(progress(page)).toHaveAttribute('data-status', 'l2-success')
  await expect(progress(page).getByTestId('call-function')).toHaveText('setGreeting(string)')
  await page.getByRole('button', { name: 'New call' }).click()
  await expect(field(page, 'greeting (string)')).toHaveValue(greeting)
})

test('raw calldata with an L2 value; a rejected signature keeps the form and a retry goes through', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 2)
  const before = (await read('totalDeposits')) as bigint
  await field(page, /Contract on/).fill(target)
  await page.getByRole('radio', { name: 'Raw calldata' }).check()
  await field(page, 'Calldata').fill('0xzz')
  await expect(page.getByText('Calldata must be hex: 0-9 and a-f only.')).toBeVisible()
  const data = encodeFunctionData({ abi: targetAbi, functionName: 'deposit' })
  await field(page, 'Calldata').fill(data)
  await page.getByRole('textbox', { name: 'L2 value' }).fill('0.0005')
  await page.getByRole('button', { name: 'Review call' }).click()
  await expect(review(page).getByTestId('call-function')).toHaveText('Raw calldata')
  await expect(review(page).getByTestId('review-l2-value')).toHaveText('0.0005 ETH')

  wallet.rejectNext('eth_sendTransaction')
  await review(page).getByRole('button', { name: 'Send call' }).click()
  await expect(page.getByText('Rejected in your wallet')).toBeVisible()
  await shot(page, testInfo, 'rejected')
  await page.getByRole('button', { name: 'Back to the form' }).click()
  await expect(field(page, /Contract on/)).toHaveValue(target)
  await expect(field(page, 'Calldata')).toHaveValue(data)
  await expect(page.getByRole('textbox', { name: 'L2 value' })).toHaveValue('0.0005')
  // the wallet wandered off to the L2: sending moves it back to the L1 first
  wallet.setChain(270)
  await expect(page.getByTestId('wrong-network')).toBeVisible()
  await page.getByRole('button', { name: 'Review call' }).click()
  await review(page).getByRole('button', { name: 'Send call' }).click()
  await expect(progress(page)).toHaveAttribute('data-status', 'l2-success', { timeout: 20_000 })
  expect(wallet.chainId).toBe(9)
  expect(wallet.requests.map((r) => r.method)).toContain('wallet_switchEthereumChain')
  expect(await read('totalDeposits')).toBe(before + parseEther('0.0005'))
})

test('a call that reverts on L2 is reported as failed on L2, with its reason', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 3)
  await field(page, /Contract on/).fill(target)
  await field(page, 'ABI or function signature').fill('function fail(string reason)')
  await field(page, 'reason (string)').fill('nope, not today')
  // the estimate refuses a call that reverts: the page says so; a typed gas limit sends it anyway
  await expect(page.getByText('This call reverts on the L2')).toBeVisible({ timeout: 15_000 })
  await expect(page.getByText(/would revert it with "nope, not today"/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Review call' })).toBeDisabled()
  await shot(page, testInfo, 'estimate-failed')
  await field(page, 'L2 gas limit').fill('500000')
  await expect(page.getByTestId('estimate-failed')).toBeVisible()
  await page.getByRole('button', { name: 'Review call' }).click()
  await expect(review(page).getByTestId('review-gas-limit')).toHaveText('500,000')
  await review(page).getByRole('button', { name: 'Send call' }).click()
  await expect(progress(page)).toHaveAttribute('data-status', 'l2-failed', { timeout: 20_000 })
  await expect(progress(page).getByText('Failed on L2')).toBeVisible()
  await expect(progress(page).getByText('L2 failed')).toBeVisible()
  await expect(progress(page).getByTestId('revert-reason')).toHaveText('nope, not today')
  await shot(page, testInfo, 'failed')
})

test('bad inputs get specific messages; a reload keeps what was typed', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 4)
  await field(page, /Contract on/).fill('0x12345')
  await expect(page.getByText(/An address has 40 hex characters/)).toBeVisible()
  await field(page, 'ABI or function signature').fill('function f(uint8 small, uint256[] list)')
  await field(page, 'small (uint8)').fill('300')
  await expect(page.getByText('small: out of range for uint8 (from 0 to 255)')).toBeVisible()
  await field(page, 'list (uint256[])').fill('[1, "x"]')
  await expect(page.getByText('list[1]: expected a whole number (decimal or 0x-hex)')).toBeVisible()
  await page.getByRole('textbox', { name: 'L2 value' }).fill('0.0000000000000000001')
  await expect(
    page.getByText('ETH has 18 decimals: use at most 18 digits after the point'),
  ).toBeVisible()
  await page.getByRole('textbox', { name: 'L2 value' }).fill('0.1')
  await expect(page.getByTestId('not-payable')).toContainText('f is not payable')
  await field(page, 'L2 gas limit').fill('12x')
  await expect(
    page.getByText('Enter a whole number of gas units, digits only (e.g. 300000)'),
  ).toBeVisible()
  await field(page, 'Refund recipient on the L2').fill('me')
  await expect(page.getByRole('button', { name: 'Review call' })).toBeDisabled()
  await shot(page, testInfo, 'bad-inputs')
  // an address without code on L2 is flagged
  await field(page, /Contract on/).fill(wallet.address)
  await expect(page.getByTestId('not-contract')).toBeVisible()
  // a reload keeps what was typed
  await page.reload()
  await expect(field(page, 'small (uint8)')).toHaveValue('300')
  await expect(field(page, 'L2 gas limit')).toHaveValue('12x')
  await page.getByRole('radio', { name: 'Raw calldata' }).check()
  await field(page, 'Calldata').fill('0x12')
  await expect(page.getByText('Calldata shorter than a 4-byte function selector.')).toBeVisible()
  await field(page, 'Calldata').fill('hello')
  await expect(page.getByText('Calldata starts with 0x.')).toBeVisible()
})

test('chain 272: the L2 cost is approved and paid in TST, exactly', async ({
  page,
  wallet,
}, testInfo) => {
  await open(page, wallet, 5)
  await page.getByTestId('pair-selector').getByRole('button').click()
  await page.getByRole('menuitemradio', { name: 'Ferry devnet (TST gas)' }).click()
  await expect(page.getByTestId('execute-form')).toBeVisible()
  const me = wallet.address as Address
  const before = (await read('count', 272)) as bigint
  const tstBefore = await balanceOf(l1, me, DEVNET_DEFAULT_ADDRESSES.tokens.TST)
  await field(page, 'Contract on Ferry devnet (TST gas)').fill(target)
  await field(page, 'ABI or function signature').fill(
    JSON.stringify(targetAbi.filter((item) => item.name === 'incrementBy')),
  )
  await field(page, 'by (uint256)').fill('3')
  await page.getByRole('button', { name: 'Review call' }).click()
  await expect(review(page).getByTestId('review-base-cost')).toContainText('TST')
  await expect(review(page).getByTestId('total-TST')).toBeVisible()
  await expect(review(page).getByTestId('total-ETH')).toContainText('ETH')
  await expect(review(page).getByTestId('review-steps')).toContainText(
    'Approve TST for the L2 cost',
  )
  const mintValue = BigInt(
    (await review(page).getByTestId('total-TST').getAttribute('data-wei')) ?? '-1',
  )
  await shot(page, testInfo, 'review-272')
  // the approval is rejected once: the step says so and is retried in place
  wallet.rejectNext('eth_sendTransaction')
  await review(page).getByRole('button', { name: 'Start (2 transactions)' }).click()
  await expect(page.getByText('Rejected in your wallet')).toBeVisible()
  await page.getByRole('button', { name: 'Retry approval' }).click()
  await expect(progress(page)).toHaveAttribute('data-status', 'l2-success', { timeout: 20_000 })
  await shot(page, testInfo, 'success-272')
  expect(await read('count', 272)).toBe(before + 3n)
  // the fee left the wallet in TST, exactly the reviewed amount; the L1 call carried no ETH
  expect(tstBefore - (await balanceOf(l1, me, DEVNET_DEFAULT_ADDRESSES.tokens.TST))).toBe(mintValue)
  expect((await ethSpent(lastSentHash(wallet))).value).toBe(0n)
  const approvals = wallet.requests.filter(
    (r) => r.method === 'eth_sendTransaction' && r.outcome?.ok,
  )
  expect(approvals).toHaveLength(2)
})
