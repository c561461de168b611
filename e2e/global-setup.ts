import type { FullConfig } from '@playwright/test'
import { DEVNET_DEFAULT_ADDRESSES, TEST_TOKENS } from '../devnet/facts'
import { startDevnet } from '../devnet/src/devnet'
import { OPEN_PROFILE } from '../devnet/src/rpcProfile/profile'
import { E2E_HISTORY_BLOCKS, E2E_PORTS } from './fixtures/env'

// One devnet for the whole run (workers: 1), on the e2e ports; instant batches. Its endpoints
// sit behind the realistic-RPC proxies, open (they change nothing) until a test switches them to
// the realistic profile (e2e/history.spec.ts), and its history is E2E_HISTORY_BLOCKS deep.
// biome-ignore lint/style/noDefaultExport: Playwright loads the default export
export default async function globalSetup(_config: FullConfig) {
  const started = Date.now()
  const devnet = await startDevnet({
    l1Port: E2E_PORTS.l1,
    gatewayPorts: E2E_PORTS.gateways,
    timing: 'instant',
    rpcProfile: OPEN_PROFILE,
    historyBlocks: E2E_HISTORY_BLOCKS,
    log: process.env.DEVNET_VERBOSE ? (line) => console.log(`[devnet] ${line}`) : undefined,
  }).catch((error: unknown) => {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\nIs another e2e run going on? Run this one with FERRY_E2E_OFFSET=<1..1000> to use other ports.`,
    )
  })
  console.log(
    `devnet up in ${Date.now() - started} ms: L1 ${devnet.l1.url}, L2 ${Object.values(devnet.l2)
      .map((l2) => `${l2.chainId} ${l2.url}`)
      .join(', ')}`,
  )
  for (const token of TEST_TOKENS) {
    const deployed = devnet.deployment.tokens[token.key]
    if (deployed.toLowerCase() !== DEVNET_DEFAULT_ADDRESSES.tokens[token.key].toLowerCase())
      console.warn(
        `warning: devnet/facts.ts has ${DEVNET_DEFAULT_ADDRESSES.tokens[token.key]} for ${token.key}, the devnet deployed ${deployed}`,
      )
  }
  return async () => {
    await devnet.stop()
  }
}
