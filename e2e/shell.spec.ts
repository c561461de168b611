import type { Page } from '@playwright/test'
import { fileOf, requestedAny, walletSdkFiles } from './fixtures/bundle'
import { DESKTOP, PHONE, snap } from './fixtures/screenshots'
import { expect, test } from './fixtures/test'
import { connectWallet, E2E_WALLET_NAME, shortAddress } from './fixtures/wallet'

// The app shell: connecting through RainbowKit, the pair selector, the wrong-network notice,
// chains.json problems, themes and layouts. Every test also fails on any request leaving this
// machine and on console errors (fixtures/test.ts).

const footerIds = (page: Page) => ({
  l1: page.getByTestId('footer-l1-chain-id'),
  l2: page.getByTestId('footer-l2-chain-id'),
})

async function choosePair(page: Page, name: string) {
  await page.getByTestId('pair-selector').getByRole('button').click()
  await page.getByRole('menuitemradio', { name }).click()
}

async function chooseTheme(page: Page, theme: 'Light' | 'Dark' | 'System') {
  await page.getByTestId('theme-toggle').getByRole('button').click()
  await page.getByRole('menuitemradio', { name: theme }).click()
}

test('first load: the shell renders, no wallet SDK or RainbowKit is fetched', async ({
  page,
  network,
}, testInfo) => {
  await page.goto('./')
  await expect(page).toHaveURL(/\?pair=devnet-270#\/deposit$/)
  await expect(page).toHaveTitle(/Ferry/)
  await expect(page.getByRole('heading', { level: 1, name: 'Deposit' })).toBeVisible()
  await expect(page.getByTestId('selected-pair')).toHaveText('Ferry devnet')
  await expect(footerIds(page).l1).toHaveText('9')
  await expect(footerIds(page).l2).toHaveText('270')
  await expect(page.getByTestId('connect-gate')).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(walletSdkFiles().length).toBeGreaterThan(0)
  const lazy = [
    ...walletSdkFiles(),
    fileOf('src/wallets/RainbowKitModals.tsx'),
    fileOf('src/wallets/loadDevnetWallet.ts'),
  ]
  expect(requestedAny(network.allRequests, lazy)).toEqual([])
  await snap(page, testInfo, 'deposit-disconnected')
  await chooseTheme(page, 'Dark')
  await expect(page.locator('html')).toHaveClass(/dark/)
  await snap(page, testInfo, 'deposit-disconnected')
})

test('connect through RainbowKit: the header shows the account and the pair', async ({
  page,
  wallet,
  network,
}, testInfo) => {
  await page.goto('./#/deposit')
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^connect/i })
    .click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('button', { name: E2E_WALLET_NAME })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Devnet test wallet' })).toBeVisible()
  await snap(page, testInfo, 'connect-modal', { fullPage: false })
  await dialog.getByRole('button', { name: E2E_WALLET_NAME }).click()
  await expect(dialog).toBeHidden()

  await expect(page.getByTestId('header-address')).toHaveText(shortAddress(wallet.address))
  await expect(page.getByTestId('selected-pair')).toHaveText('Ferry devnet')
  // wagmi asks for permissions (the account picker of real wallets).
  expect(wallet.requests.map((r) => r.method)).toContain('wallet_requestPermissions')
  // The page needs L1 and the wallet starts there: no notice, the deposit slot shows.
  await expect(page.getByTestId('wrong-network')).toHaveCount(0)
  await snap(page, testInfo, 'deposit-connected')

  // Switching accounts in the wallet updates the header.
  wallet.switchAccount(1)
  await expect(page.getByTestId('header-address')).toHaveText(
    shortAddress(wallet.addresses[1] ?? ''),
  )

  // The connection survives a reload (wagmi reconnect), still without wallet SDKs.
  await page.reload()
  await expect(page.getByTestId('header-address')).toHaveText(
    shortAddress(wallet.addresses[1] ?? ''),
  )
  expect(requestedAny(network.allRequests, walletSdkFiles())).toEqual([])
})

test('switching the pair in the header changes the chains everywhere, and the link keeps it', async ({
  page,
}, testInfo) => {
  await page.goto('./#/deposit')
  await expect(footerIds(page).l2).toHaveText('270')
  await page.getByTestId('pair-selector').getByRole('button').click()
  await expect(page.getByRole('menu')).toBeVisible()
  // the selected pair's L2 was probed: an Era node (it answers Era's zks_* methods)
  await expect(page.getByRole('menuitemradio', { checked: true })).toContainText('Era chain')
  await snap(page, testInfo, 'pair-menu', { fullPage: false })
  await page.getByRole('menuitemradio', { name: /TST gas/ }).click()

  await expect(page.getByTestId('selected-pair')).toHaveText('Ferry devnet (TST gas)')
  await expect(footerIds(page).l1).toHaveText('9')
  await expect(footerIds(page).l2).toHaveText('272')
  await expect(page).toHaveURL(/\?pair=devnet-272#\/deposit$/)

  // Navigation keeps the pair; a reload and a shared link open it.
  await page.getByRole('link', { name: 'Transfers' }).first().click()
  await expect(page).toHaveURL(/\?pair=devnet-272#\/transfers$/)
  await page.reload()
  await expect(footerIds(page).l2).toHaveText('272')

  // Keyboard: the menu opens with ArrowDown, moves with arrows, picks with Enter.
  const trigger = page.getByTestId('pair-selector').getByRole('button')
  await trigger.focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitemradio', { name: /TST gas/ })).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await expect(footerIds(page).l2).toHaveText('270')
  await expect(trigger).toBeFocused()
})

test('works from a sub-path, like an IPFS gateway (relative assets, hash routes)', async ({
  page,
}) => {
  // Serve the same build under /ipfs/<cid>/ by rewriting to the root.
  await page.route('**/ipfs/bafyferry/**', async (route) => {
    const url = new URL(route.request().url())
    url.pathname = url.pathname.replace('/ipfs/bafyferry', '')
    await route.fulfill({ response: await route.fetch({ url: url.toString() }) })
  })
  await page.goto('./ipfs/bafyferry/#/transfers')
  await expect(page.getByRole('heading', { level: 1, name: 'Transfers' })).toBeVisible()
  await expect(page).toHaveURL(/\/ipfs\/bafyferry\/\?pair=devnet-270#\/transfers$/)
  await page.getByRole('link', { name: 'Deposit' }).first().click()
  await expect(page).toHaveURL(/\/ipfs\/bafyferry\/\?pair=devnet-270#\/deposit$/)
})

test('a link to an unknown pair falls back and says so', async ({ page }) => {
  await page.goto('./?pair=no-such-chain#/deposit')
  await expect(page.getByTestId('unknown-pair-banner')).toContainText('no-such-chain')
  await expect(page).toHaveURL(/\?pair=devnet-270#\/deposit$/)
})

test('wrong network: the notice offers the switch and the wallet switches', async ({
  page,
  wallet,
}, testInfo) => {
  wallet.setChain(270)
  await page.goto('./#/deposit')
  await connectWallet(page)
  expect(await wallet.request('eth_chainId')).toBe('0x10e')

  const notice = page.getByTestId('wrong-network')
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('Your wallet is on Ferry devnet (chain 270)')
  await snap(page, testInfo, 'wrong-network')

  // The user declines once: the notice says so and stays.
  wallet.rejectNext('wallet_switchEthereumChain')
  await notice.getByRole('button', { name: 'Switch to Ferry devnet L1' }).click()
  await expect(notice.getByText('Rejected in your wallet')).toBeVisible()
  expect(await wallet.request('eth_chainId')).toBe('0x10e')

  // Then accepts.
  await notice.getByRole('button', { name: 'Switch to Ferry devnet L1' }).click()
  await expect(notice).toBeHidden()
  expect(await wallet.request('eth_chainId')).toBe('0x9')
  expect(wallet.requests.filter((r) => r.method === 'wallet_switchEthereumChain')).toHaveLength(2)

  // Moving the wallet away again brings the notice back.
  wallet.setChain(272)
  await expect(notice).toContainText('Ferry devnet (TST gas) (chain 272)')
})

test('chains.json with errors: the banner lists each problem, built-in pairs keep working', async ({
  page,
}, testInfo) => {
  await page.route('**/chains.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        pairs: [
          {
            id: 'my-chain',
            name: 'My chain',
            l1: { chainId: 9 },
            l2: { chainId: 555, name: 'My ZK chain', rpcUrl: 'ftp://rpc.example' },
            tokens: [{ address: '0x1234', symbol: 'USDC', name: 'USD Coin', decimals: 99 }],
            withdrawalDelay: { text: 'about 3 hours', seconds: 10800 },
          },
          { id: 'devnet-270', name: 'Clash', l1: { chainId: 9 } },
        ],
      }),
    }),
  )
  await page.goto('./#/deposit')
  const banner = page.getByTestId('chains-json-banner')
  await expect(banner).toBeVisible()
  await expect(banner).toContainText('pairs[0].l2.rpcUrl: must be an http(s) URL')
  await expect(banner).toContainText(
    'pairs[0].tokens[0].address: must be a 0x-prefixed 20-byte hex address',
  )
  await expect(banner).toContainText('pairs[0].tokens[0].decimals: 99 is out of range')
  await expect(banner).toContainText('pairs[1].id: "devnet-270" is already used')
  await expect(banner).toContainText('pairs[1].l2: missing')
  await snap(page, testInfo, 'chains-json-banner')

  // The built-in pairs still work.
  await choosePair(page, 'Ferry devnet (TST gas)')
  await expect(footerIds(page).l2).toHaveText('272')
})

test('a valid chains.json adds its pair to the menu', async ({ page }) => {
  await page.route('**/chains.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        version: 1,
        pairs: [
          {
            id: 'operator-chain',
            name: 'Operator chain',
            testnet: true,
            l1: { chainId: 9 },
            l2: { chainId: 999, name: 'Operator L2', rpcUrl: 'http://127.0.0.1:13050' },
            withdrawalDelay: { text: 'about 1 hour', seconds: 3600 },
          },
        ],
      }),
    }),
  )
  await page.goto('./#/deposit')
  await expect(page.getByTestId('chains-json-banner')).toHaveCount(0)
  await choosePair(page, 'Operator chain')
  await expect(footerIds(page).l2).toHaveText('999')
  await expect(page).toHaveURL(/\?pair=operator-chain#/)
})

test('the Devnet test wallet connects and switches accounts from the header', async ({
  page,
}, testInfo) => {
  await page.goto('./#/deposit')
  await connectWallet(page, 'Devnet test wallet')
  await expect(page.getByTestId('header-address')).toHaveText('0xf39F…2266')
  const menu = page.getByTestId('devnet-account-menu')
  await menu.getByRole('button').click()
  await expect(page.getByRole('menuitemradio', { name: /Account 0/ })).toHaveAttribute(
    'aria-checked',
    'true',
  )
  await snap(page, testInfo, 'devnet-wallet-menu', { fullPage: false })
  await page.getByRole('menuitemradio', { name: /Account 1/ }).click()
  await expect(page.getByTestId('header-address')).toHaveText('0x7099…79C8')

  // It persists: after a reload it reconnects with the same account.
  await page.reload()
  await expect(page.getByTestId('header-address')).toHaveText('0x7099…79C8')

  // Disconnect from its menu.
  await menu.getByRole('button').click()
  await page.getByRole('menuitem', { name: 'Disconnect' }).click()
  await expect(page.getByRole('banner').getByRole('button', { name: /^connect/i })).toBeVisible()
})

test('screenshots: every page in light and dark, desktop and 375 px', async ({
  page,
  wallet,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('./#/deposit')
  await connectWallet(page)
  for (const scheme of ['light', 'dark'] as const) {
    // "System" follows the OS: this also checks the system mode.
    await page.emulateMedia({ colorScheme: scheme })
    await chooseTheme(page, 'System')
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/)
    for (const route of ['transfers', 'withdraw', 'ui']) {
      await page.goto(`./#/${route}`)
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
      await snap(page, testInfo, route)
    }
  }
  // On a phone the theme switch is in the footer.
  await page.setViewportSize(PHONE)
  await expect(page.getByTestId('theme-toggle')).toBeHidden()
  await page.getByTestId('theme-switch').getByText('Light').click()
  await expect(page.locator('html')).not.toHaveClass(/dark/)
  await page.setViewportSize(DESKTOP)
  // The theme choice persists without a flash: the class is there before the app renders.
  await chooseTheme(page, 'Dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await page.reload({ waitUntil: 'commit' })
  await expect(page.locator('html')).toHaveClass(/dark/)
  expect(wallet.requests.length).toBeGreaterThan(0)
})
