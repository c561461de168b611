import type { Page, TestInfo } from '@playwright/test'
import { parseEther, parseUnits } from 'viem'
import { getL2HashFromPriorityOp } from 'viem/zksync'
import { DEVNET_DEFAULT_ADDRESSES } from '../devnet/facts'
import { balanceOf, devnetRpc, devWallet, l1, l2Client } from './fixtures/chain'
import { type SnapOptions, snap } from './fixtures/screenshots'
import { expect, test } from './fixtures/test'
import { connectWallet } from './fixtures/wallet'

// Failed deposits: made to fail on L2 through the deposit wizard's advanced L2 gas limit (above
// the L1 minimum, too low for the L2), detected, and claimed back on L1 — also by pasted hash
// from a fresh browser; the cases that cannot be claimed say why.

/** A screenshot of the page from its top (the sticky header stays where it belongs). */
async function shot(page: Page, testInfo: TestInfo, step: string, options?: SnapOptions) {
  await page.evaluate(() => window.scrollTo(0, 0))
  await snap(page, testInfo, step, options)
}

const { TUSD } = DEVNET_DEFAULT_ADDRESSES.tokens
/** Above the Mailbox's minimum for this request, below what the L2 needs (devnet-measured). */
const FAILING_L2_GAS_LIMIT = '262000'

test('a deposit that fails on L2 is shown as claimable and claimed back on L1', async ({
  page,
  wallet,
}, testInfo) => {
  wallet.switchAccount(1)
  await page.goto('./#/deposit')
  await connectWallet(page)
  const me = wallet.address
  const before = await balanceOf(l1, me, TUSD)

  await page.getByTestId('token-picker').getByRole('button').click()
  await page.getByRole('menuitemradio', { name: /^TUSD/ }).click()
  await page.getByRole('textbox', { name: 'Amount' }).fill('15')
  await page.getByText('Advanced settings').click()
  await page.getByRole('textbox', { name: 'L2 gas limit' }).fill(FAILING_L2_GAS_LIMIT)
  await page.getByRole('button', { name: 'Review deposit' }).click()
  await page.getByRole('button', { name: /^Start/ }).click()

  const progress = page.getByTestId('deposit-progress')
  await expect(progress).toHaveAttribute('data-status', 'l2-failed', { timeout: 20_000 })
  await expect(progress.getByText('Failed on L2')).toBeVisible()
  expect(await balanceOf(l1, me, TUSD)).toBe(before - parseUnits('15', 6))
  await shot(page, testInfo, 'deposit-failed')

  // the transfers list says the same
  await page.goto('./#/transfers')
  const row = page.locator('[data-testid="transfer-row"][data-status="l2-failed"]').first()
  await expect(row).toContainText('Failed on L2 (out of gas) — funds claimable on L1', {
    timeout: 20_000,
  })
  const failedHash = await row.getAttribute('data-hash')
  await row.getByRole('link', { name: 'Claim' }).click()

  const panel = page.getByTestId('claim-panel')
  await expect(panel).toHaveAttribute('data-state', 'claimable', { timeout: 20_000 })
  await expect(panel.getByTestId('claim-text')).toContainText('ran out of L2 gas')
  await shot(page, testInfo, 'claimable')
  await panel.getByRole('button', { name: 'Claim on Ferry devnet L1' }).click()
  await expect(panel).toHaveAttribute('data-state', 'claimed', { timeout: 20_000 })
  await expect(panel.getByRole('button', { name: /^Claim on/ })).toHaveCount(0)
  expect(await balanceOf(l1, me, TUSD)).toBe(before)
  await shot(page, testInfo, 'claimed')

  // never a second claim
  await page.reload()
  await expect(panel).toHaveAttribute('data-state', 'already-claimed', { timeout: 20_000 })
  await expect(panel.getByRole('button', { name: /^Claim on/ })).toHaveCount(0)

  // the list says it was claimed, and offers no claim
  await page.goto('./#/transfers')
  const claimedRow = page.locator(`[data-testid="transfer-row"][data-hash="${failedHash}"]`)
  await expect(claimedRow).toContainText('claimed back on L1', { timeout: 20_000 })
  await expect(claimedRow.getByRole('link', { name: 'Claim' })).toHaveCount(0)
})

test('a fresh browser claims a failed ERC-20 deposit by its L1 hash link (also found by its L2 hash)', async ({
  page,
  wallet,
}, testInfo) => {
  // made to fail on L2 outside Ferry, with viem: enough L2 gas for the L1 minimum, not for L2
  const owner = devWallet(2)
  const before = await balanceOf(l1, owner.account.address, TUSD)
  const l1Hash = await owner.l1.deposit({
    client: l2Client(270),
    token: TUSD,
    amount: parseUnits('9', 6),
    approveToken: true,
    l2GasLimit: BigInt(FAILING_L2_GAS_LIMIT),
  })
  const receipt = await l1.waitForTransactionReceipt({ hash: l1Hash })
  await devnetRpc('devnet_waitIdle')
  const l2Hash = getL2HashFromPriorityOp(receipt, DEVNET_DEFAULT_ADDRESSES.diamonds[270])
  expect(await balanceOf(l1, owner.account.address, TUSD)).toBe(before - parseUnits('9', 6))

  // any account can send the claim; the funds go back to the depositor
  wallet.switchAccount(3)
  await page.goto('./#/claim')
  await connectWallet(page)
  await page.getByRole('textbox', { name: 'Transaction hash' }).fill(l2Hash)
  await page.getByRole('button', { name: 'Look up' }).click()
  await expect(page).toHaveURL(new RegExp(`#/claim/${l2Hash}$`))
  const panel = page.getByTestId('claim-panel')
  await expect(panel).toHaveAttribute('data-state', 'claimable', { timeout: 20_000 })

  // the shareable link of the L1 deposit, opened as is
  await page.goto(`./#/claim/${l1Hash}`)
  await expect(page.getByTestId('lookup-kind')).toHaveText('Deposit')
  await expect(panel).toHaveAttribute('data-state', 'claimable', { timeout: 20_000 })
  await expect(panel).toContainText('Failed on L2 — funds claimable on L1')
  await expect(panel.getByTestId('claim-text')).toContainText('ran out of L2 gas')
  await shot(page, testInfo, 'claimable-by-link')
  await panel.getByRole('button', { name: 'Claim on Ferry devnet L1' }).click()
  await expect(panel).toHaveAttribute('data-state', 'claimed', { timeout: 20_000 })
  await expect(panel.getByText('L1 claim')).toBeVisible()
  await expect(panel.getByRole('button', { name: /^Claim on/ })).toHaveCount(0)
  await shot(page, testInfo, 'claimed-by-link')
  expect(wallet.chainId).toBe(9)
  expect(await balanceOf(l1, owner.account.address, TUSD)).toBe(before)
})

test('deposits that cannot be claimed say why', async ({ page, wallet }, testInfo) => {
  const owner = devWallet(4)
  const ok = await owner.l1.deposit({
    client: l2Client(270),
    token: '0x0000000000000000000000000000000000000000',
    amount: parseEther('0.01'),
  })
  // an ETH (base-token) deposit that fails on L2 is refunded there, not claimable on L1
  const failedEth = await owner.l1.deposit({
    client: l2Client(270),
    token: '0x0000000000000000000000000000000000000000',
    amount: parseEther('0.01'),
    to: DEVNET_DEFAULT_ADDRESSES.testTarget, // no payable fallback: the transfer reverts
    l2GasLimit: 400_000n,
  })
  for (const hash of [ok, failedEth]) await l1.waitForTransactionReceipt({ hash })
  await devnetRpc('devnet_waitIdle')

  wallet.switchAccount(4)
  await page.goto(`./#/claim/${ok}`)
  await connectWallet(page)
  const panel = page.getByTestId('claim-panel')
  await expect(panel).toHaveAttribute('data-state', 'succeeded', { timeout: 20_000 })
  await expect(panel).toContainText('Nothing to claim: the deposit succeeded')
  await expect(panel.getByRole('button', { name: /^Claim/ })).toHaveCount(0)
  await shot(page, testInfo, 'succeeded')

  await page.goto(`./#/claim/${failedEth}`)
  await expect(panel).toHaveAttribute('data-state', 'base-token', { timeout: 20_000 })
  await expect(panel).toContainText("It moved ETH, the chain's base token")
  await expect(panel).toContainText('refunded on Ferry devnet')
  await expect(panel.getByRole('button', { name: /^Claim/ })).toHaveCount(0)
  await shot(page, testInfo, 'eth-refunded-on-l2')

  const result = page.getByTestId('lookup-result')
  await page.goto(`./#/claim/0x${'12'.repeat(32)}`)
  await expect(result).toHaveAttribute('data-kind', 'not-found', { timeout: 20_000 })
  await expect(result).toContainText('Transaction not found')
  await expect(page.getByRole('button', { name: /^(Claim|Finalize) on/ })).toHaveCount(0)

  // a plain L2 transfer is neither a withdrawal nor a deposit
  const plain = await owner.l2.sendTransaction({ to: owner.account.address, value: 1n })
  await l2Client(270).waitForTransactionReceipt({ hash: plain })
  await page.goto(`./#/claim/${plain}`)
  await expect(result).toHaveAttribute('data-kind', 'other', { timeout: 20_000 })
  await expect(result).toContainText('Nothing to finalize or claim')

  // a link with a broken hash says what is wrong with it
  await page.goto('./#/claim/0x1234')
  await expect(page.getByText('The link holds no valid transaction hash')).toBeVisible()
})
