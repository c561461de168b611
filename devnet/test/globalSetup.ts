import type { TestProject } from 'vitest/node'
import { startDevnet } from '../src/devnet'
import type { L1Deployment } from '../src/types'

/** What the devnet global setup hands to every test file (plain, serializable data). */
export type DevnetInfo = {
  l1Url: string
  l2: Record<number, { url: string; anvilUrl: string }>
  deployment: L1Deployment
  accounts: { address: `0x${string}`; privateKey: `0x${string}` }[]
}

declare module 'vitest' {
  export interface ProvidedContext {
    devnet: DevnetInfo
  }
}

/** Unusual ports so a developer's own node on 8545/3050 does not collide with the tests. */
export const TEST_PORTS = { l1: 28545, l2: { 270: 23050, 272: 23051 } } as const

export async function setup(project: TestProject) {
  const started = Date.now()
  const devnet = await startDevnet({
    l1Port: TEST_PORTS.l1,
    gatewayPorts: TEST_PORTS.l2,
    timing: 'instant',
    log: process.env.DEVNET_VERBOSE ? (line) => console.log(line) : undefined,
  })
  console.log(`devnet started in ${Date.now() - started} ms`)
  project.provide('devnet', {
    l1Url: devnet.l1.url,
    l2: Object.fromEntries(
      Object.values(devnet.l2).map((l2) => [l2.chainId, { url: l2.url, anvilUrl: l2.anvilUrl }]),
    ),
    deployment: devnet.deployment,
    accounts: devnet.accounts,
  })
  return async () => {
    await devnet.stop()
  }
}
