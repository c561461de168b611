import type { TestProject } from 'vitest/node'
import { startDevnet } from '../src/devnet'
import { REALISTIC_PROFILE } from '../src/rpcProfile/profile'
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
    /** A second devnet (chain 270 only) behind the realistic-RPC profile, 2,000 blocks deep. */
    realisticDevnet: DevnetInfo & { l1AnvilUrl: string; l2GatewayUrl: string }
  }
}

/** Unusual ports so a developer's own node on 8545/3050 does not collide with the tests. */
export const TEST_PORTS = { l1: 28545, l2: { 270: 23050, 272: 23051, 271: 23052 } } as const
export const REALISTIC_TEST_PORTS = { l1: 38545, l2: { 270: 33050 } } as const
/** Deep enough for a scan of more than 100 windows at the profile's 20-block L1 cap. */
export const REALISTIC_HISTORY_BLOCKS = 2_000

export async function setup(project: TestProject) {
  const started = Date.now()
  const log = process.env.DEVNET_VERBOSE ? (line: string) => console.log(line) : undefined
  const [devnet, realistic] = await Promise.all([
    startDevnet({ l1Port: TEST_PORTS.l1, gatewayPorts: TEST_PORTS.l2, timing: 'instant', log }),
    startDevnet({
      l1Port: REALISTIC_TEST_PORTS.l1,
      gatewayPorts: REALISTIC_TEST_PORTS.l2,
      chains: [270],
      timing: 'instant',
      rpcProfile: REALISTIC_PROFILE,
      historyBlocks: REALISTIC_HISTORY_BLOCKS,
      log,
    }),
  ])
  console.log(`devnets started in ${Date.now() - started} ms`)
  const realisticL2 = realistic.l2[270]
  if (!realisticL2) throw new Error('the realistic devnet has no chain 270')
  project.provide('realisticDevnet', {
    l1Url: realistic.l1.url,
    l1AnvilUrl: realistic.l1.anvilUrl,
    l2GatewayUrl: realisticL2.gatewayUrl,
    l2: { 270: { url: realisticL2.url, anvilUrl: realisticL2.anvilUrl } },
    deployment: realistic.deployment,
    accounts: realistic.accounts,
  })
  project.provide('devnet', {
    l1Url: devnet.l1.url,
    l2: Object.fromEntries(
      Object.values(devnet.l2).map((l2) => [l2.chainId, { url: l2.url, anvilUrl: l2.anvilUrl }]),
    ),
    deployment: devnet.deployment,
    accounts: devnet.accounts,
  })
  return async () => {
    await Promise.all([devnet.stop(), realistic.stop()])
  }
}
