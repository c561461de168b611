import { defineConfig } from 'vitest/config'

// Two projects:
//  - unit:   no chain, plain data (parsers, reducers, step plans, status derivation, devnet pure libs)
//  - devnet: everything that talks to a running devnet; the global setup starts one on unusual ports
export default defineConfig({
  // the app's build-time flag (vite.config.ts): the tests see the devnet pairs
  define: { __DEVNET__: 'true' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'devnet/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/**/*.devnet.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'devnet',
          include: ['devnet/test/**/*.test.ts', 'src/**/*.devnet.test.{ts,tsx}'],
          globalSetup: ['devnet/test/globalSetup.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
