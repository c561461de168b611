import { defineConfig } from '@playwright/test'
import { E2E_APP_ENV, E2E_APP_URL, E2E_DIST_DIR, E2E_PORTS } from './e2e/fixtures/env'

// E2E on Debian's chromium (never a Playwright browser download): `npm run test:e2e` runs
// scripts/ensure-chromium.ts first. The app is the production build (devnet pairs only, RPCs
// on the e2e ports) served by `vite preview`; the devnet is started by e2e/global-setup.ts.
// One worker: every test shares the one devnet.

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  outputDir: './test-results',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: E2E_APP_URL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    // Build with the e2e settings into a separate folder (dist/ stays the normal build), then serve.
    command: `npx vite build --outDir "${E2E_DIST_DIR}" --emptyOutDir --manifest --logLevel warn && npx vite preview --outDir "${E2E_DIST_DIR}" --port ${E2E_PORTS.app} --strictPort --host 127.0.0.1`,
    url: E2E_APP_URL,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { ...E2E_APP_ENV },
  },
})
