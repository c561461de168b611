import { defineConfig } from '@playwright/test'
import base from './playwright.config'

// Browser benchmarks (`npm run bench:paint`): the e2e setup (devnet, production build, Debian
// chromium), but the files in bench/ that print figures instead of asserting timings.
export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: '**/*.bench.ts',
  timeout: 180_000,
  reporter: [['list']],
})
