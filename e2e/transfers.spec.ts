import { parseEther } from 'viem'
import { DEVNET_DEFAULT_ADDRESSES } from '../devnet/facts'
import { devnetRpc, devWallet, l1, l2Client } from './fixtures/chain'
import { snap } from './fixtures/screenshots'
import { expect, test } from './fixtures/test'
import { connectWallet } from './fixtures/wallet'

// The transfers page rebuilds an account's history from chain logs (a fresh browser sees it),
// shows each transfer's live status, counts ready withdrawals in the header, and follows the
// connected account.

test('a fresh browser sees the account’s deposits and withdrawals from the chain, with status', async ({
  page,
  wallet,
}, testInfo) => {
  const me = devWallet(9)
  const l2 = l2Client(270)
  // made outside Ferry: nothing is saved in this browser
  const deposit = await me.l1.deposit({
    client: l2,
    token: '0x0000000000000000000000000000000000000000',
    amount: parseEther('0.3'),
  })
  const tokenDeposit = await me.l1.deposit({
    client: l2,
    token: DEVNET_DEFAULT_ADDRESSES.tokens.TST,
    amount: parseEther('3'),
    approveToken: true,
  })
  for (const hash of [deposit, tokenDeposit]) await l1.waitForTransactionReceipt({ hash })
  await devnetRpc('devnet_waitIdle')
  // block times have one-second resolution: let the withdrawal be visibly newer
  await new Promise((resolve) => setTimeout(resolve, 1_500))
  const withdrawal = await me.l2.withdraw({
    token: '0x000000000000000000000000000000000000800A',
    amount: parseEther('0.1'),
  })
  await l2.waitForTransactionReceipt({ hash: withdrawal })
  await devnetRpc('devnet_waitIdle')

  wallet.switchAccount(9)
  await page.goto('./#/transfers')
  await connectWallet(page)
  const rows = page.getByTestId('transfer-row')
  await expect(page.getByTestId('history-complete')).toBeVisible({ timeout: 20_000 })
  await expect(rows).toHaveCount(3)
  const row = (hash: string) =>
    page.locator(`[data-testid="transfer-row"][data-hash="${hash.toLowerCase()}"]`)
  await expect(row(deposit)).toHaveAttribute('data-status', 'l2-success')
  await expect(row(deposit)).toContainText('0.3 ETH')
  await expect(row(tokenDeposit)).toContainText('3 TST')
  await expect(row(tokenDeposit)).toContainText('Complete')
  await expect(row(withdrawal)).toHaveAttribute('data-status', 'executed')
  await expect(row(withdrawal)).toContainText('Ready to finalize')
  // newest first: the withdrawal came last
  await expect(rows.first()).toHaveAttribute('data-kind', 'withdrawal')
  // the header counts withdrawals ready to finalize
  await expect(
    page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /Transfers/ }),
  ).toContainText('1')
  await snap(page, testInfo, 'history')
  await expect(row(withdrawal).getByRole('link', { name: 'Finalize' })).toHaveAttribute(
    'href',
    new RegExp(`#/claim/${withdrawal}$`),
  )

  // another account: its own (empty) history, nothing of account 9 leaks
  wallet.switchAccount(1)
  await expect(page.getByTestId('history-complete')).toBeVisible({ timeout: 20_000 })
  await expect(row(withdrawal)).toHaveCount(0)
  await expect(row(deposit)).toHaveCount(0)
})
