import { type Address, bytesToHex, type Hex } from 'viem'
import { mnemonicToAccount } from 'viem/accounts'
import {
  DEFAULT_GATEWAY_PORTS,
  DEFAULT_L1_PORT,
  DEV_ACCOUNT_COUNT,
  DEV_MNEMONIC,
  DEVNET_CHAINS,
  L1_CHAIN_ID,
} from '../facts'
import { assertPortFree, startAnvil } from './anvil'
import { loadArtifacts } from './compile'
import { L1_BASE_FEE, L2_GAS_PRICE } from './constants'
import { deployL1, deployL2 } from './deploy'
import { createGatewayHandlers } from './gateway/gateway'
import { createJsonRpcServer } from './jsonrpc/server'
import { createOperatorL1 } from './operator'
import { createRpc, hex } from './rpc'
import type { RpcProfile } from './rpcProfile/profile'
import { type RpcProxy, startRpcProxy } from './rpcProfile/rpcProxy'
import { Sequencer } from './sequencer/sequencer'
import type { BatchTiming, L1Deployment } from './types'

export type StartDevnetOptions = {
  /** L1 anvil port (default 8545). */
  l1Port?: number
  /** Gateway port per L2 chain id (defaults 3050 for 270, 3051 for 272). */
  gatewayPorts?: Partial<Record<number, number>>
  /** Which L2 chains to start (default: 270 and 272). */
  chains?: readonly number[]
  host?: string
  /** 'instant' (default, for tests), 'demo' (minutes, like a real chain) or explicit delays. */
  timing?: 'instant' | 'demo' | BatchTiming
  /** Progress/log lines (default: silent). */
  log?: (line: string) => void
  /**
   * Serve every public endpoint through a realistic-RPC proxy (capped `eth_getLogs`, HTTP 429
   * above a call rate, latency; rpcProfile/profile.ts). Default: none, endpoints answer anything.
   */
  rpcProfile?: RpcProfile
  /**
   * Empty blocks to mine on L1 and on each L2 once the contracts are deployed, so that the
   * bridge's history is deep (thousands, not millions: see rpcProfile/profile.ts). Default 0.
   */
  historyBlocks?: number
  /**
   * Seconds between L1 blocks (anvil's interval mining), like a real L1 where a transaction waits
   * for the next block. Default 0: every transaction is mined at once (fast tests).
   */
  l1BlockTime?: number
}

export type DevnetAccount = { address: Address; privateKey: Hex }

export type RunningL2 = {
  chainId: number
  /** The public JSON-RPC endpoint (the gateway, behind the realistic-RPC proxy if any). */
  url: string
  /** The gateway itself, never behind the proxy (devnet tooling). */
  gatewayUrl: string
  /** The realistic-RPC proxy in front of the gateway, when `rpcProfile` is set. */
  proxy?: RpcProxy
  /** The internal L2 anvil (tests only; clients must use `url`). */
  anvilUrl: string
}

export type Devnet = {
  /** `url`: the public endpoint (behind the proxy if any); `anvilUrl`: the L1 anvil itself. */
  l1: { chainId: number; url: string; anvilUrl: string; proxy?: RpcProxy }
  l2: Record<number, RunningL2>
  deployment: L1Deployment
  /** The funded dev accounts (anvil mnemonic, indexes 0..9), funded on L1 and every L2. */
  accounts: DevnetAccount[]
  timing: BatchTiming
  /** Change batch timing at run time (tests use it to walk through the stages). */
  setTiming: (timing: 'instant' | 'demo' | BatchTiming) => void
  /** Resolves when every chain has run all known priority requests and executed every batch. */
  waitIdle: (timeoutMs?: number) => Promise<void>
  stop: () => Promise<void>
}

export const INSTANT_TIMING: BatchTiming = {
  sealIntervalMs: 0,
  commitDelayMs: 0,
  proveDelayMs: 0,
  executeDelayMs: 0,
}

/** Roughly a real chain's rhythm, compressed to minutes: ready to finalize after ~2 minutes. */
export const DEMO_TIMING: BatchTiming = {
  sealIntervalMs: 10_000,
  commitDelayMs: 20_000,
  proveDelayMs: 30_000,
  executeDelayMs: 60_000,
  priorityDelayMs: 5_000,
}

export function resolveTiming(timing: StartDevnetOptions['timing']): BatchTiming {
  if (timing === undefined || timing === 'instant') return INSTANT_TIMING
  if (timing === 'demo') return DEMO_TIMING
  return timing
}

/**
 * Starts the whole devnet: L1 anvil, contracts, one L2 anvil + sequencer + gateway per chain.
 * Resolves once every endpoint answers and batch 1 (the L2 genesis deployment) is executed.
 */
export async function startDevnet(options: StartDevnetOptions = {}): Promise<Devnet> {
  const host = options.host ?? '127.0.0.1'
  const log = options.log ?? (() => {})
  const chainIds = options.chains ?? DEVNET_CHAINS.map((c) => c.chainId)
  const specs = chainIds.map((id) => {
    const spec = DEVNET_CHAINS.find((c) => c.chainId === id)
    if (!spec)
      throw new Error(
        `Unknown devnet chain ${id}: choose from ${DEVNET_CHAINS.map((c) => c.chainId).join(', ')}`,
      )
    return spec
  })
  const l1Port = options.l1Port ?? DEFAULT_L1_PORT
  const gatewayPorts = chainIds.map((id) => {
    const port = options.gatewayPorts?.[id] ?? DEFAULT_GATEWAY_PORTS[id]
    if (port === undefined) throw new Error(`No gateway port for chain ${id}`)
    return port
  })
  let timing = resolveTiming(options.timing)

  const profile = options.rpcProfile
  const historyBlocks = options.historyBlocks ?? 0
  // anvil keeps every block's state on disk (~380 KB a block): a deep history keeps few states
  const anvilHistoryArgs = historyBlocks > 0 ? ['--prune-history', '512'] : []

  // Fail fast, before starting anything, when a public port is taken.
  await assertPortFree(l1Port, 'L1 RPC', host)
  for (const [i, port] of gatewayPorts.entries())
    await assertPortFree(port, `L2 ${chainIds[i]} RPC`, host)

  const cleanups: (() => Promise<void>)[] = []
  const stopAll = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {})
  }
  try {
    const started = Date.now()
    const artifactsPromise = loadArtifacts()
    const l1BlockTime = options.l1BlockTime ?? 0
    if (!(l1BlockTime >= 0 && l1BlockTime <= 60))
      throw new Error(`l1BlockTime: ${l1BlockTime} is not 0 to 60 seconds`)
    const l1 = await startAnvil({
      chainId: L1_CHAIN_ID,
      port: profile ? 0 : l1Port,
      host,
      baseFee: L1_BASE_FEE,
      args: [
        ...anvilHistoryArgs,
        ...(l1BlockTime > 0 ? ['--block-time', String(l1BlockTime)] : []),
      ],
    })
    cleanups.push(l1.stop)
    const l2Anvils = await Promise.all(
      specs.map(async (spec) => {
        const anvil = await startAnvil({
          chainId: spec.chainId,
          port: 0,
          host,
          baseFee: L2_GAS_PRICE,
          args: ['--gas-limit', '1000000000', ...anvilHistoryArgs],
        })
        cleanups.push(anvil.stop)
        return anvil
      }),
    )
    const artifacts = await artifactsPromise
    log(`anvils up (${Date.now() - started} ms); deploying contracts…`)
    const deployment = await deployL1({ url: l1.url, artifacts, chains: specs })
    await Promise.all(
      l2Anvils.map((anvil, i) =>
        deployL2({
          url: anvil.url,
          artifacts,
          l1: deployment,
          chainId: chainIds[i] as number,
        }),
      ),
    )
    log(`contracts deployed (${Date.now() - started} ms)`)
    if (historyBlocks > 0) {
      const l1Rpc = createRpc(l1.url)
      await l1Rpc('anvil_mine', [hex(historyBlocks)])
      // empty blocks lower the base fee to nothing: end on a block at the usual fee, so that
      // wallets pricing from the latest block are not below the next one's
      await l1Rpc('anvil_setNextBlockBaseFeePerGas', [hex(L1_BASE_FEE)])
      await l1Rpc('evm_mine')
      log(`mined ${historyBlocks} blocks of history on L1 (${Date.now() - started} ms)`)
    }

    const operator = createOperatorL1(l1.url)
    const running: Record<number, RunningL2> = {}
    const sequencers: Sequencer[] = []
    for (const [i, anvil] of l2Anvils.entries()) {
      const chainId = chainIds[i] as number
      const chain = deployment.chains[chainId]
      if (!chain) throw new Error(`chain ${chainId} missing from the deployment`)
      const sequencer = new Sequencer({
        chain,
        l1Url: l1.url,
        l2AnvilUrl: anvil.url,
        operator,
        timing,
        log,
      })
      await sequencer.start()
      cleanups.push(() => sequencer.stop())
      sequencers.push(sequencer)
      if (historyBlocks > 0) await sequencer.mineEmptyBlocks(historyBlocks)
      const server = createJsonRpcServer({
        handlers: createGatewayHandlers({
          l1ChainId: L1_CHAIN_ID,
          deployment,
          chain,
          sequencer,
          anvil: createRpc(anvil.url),
          operator,
        }),
      })
      const port = gatewayPorts[i] as number
      await server.listen(profile ? 0 : port, host)
      cleanups.push(() => server.close())
      const gatewayUrl = `http://${host}:${server.port}`
      if (profile) {
        const proxy = await startRpcProxy({ upstream: gatewayUrl, profile: profile.l2, port, host })
        cleanups.push(() => proxy.close())
        running[chainId] = { chainId, url: proxy.url, gatewayUrl, anvilUrl: anvil.url, proxy }
      } else running[chainId] = { chainId, url: gatewayUrl, gatewayUrl, anvilUrl: anvil.url }
    }
    const l1Proxy = profile
      ? await startRpcProxy({ upstream: l1.url, profile: profile.l1, port: l1Port, host })
      : undefined
    if (l1Proxy) cleanups.push(() => l1Proxy.close())
    await Promise.all(sequencers.map((s) => s.waitIdle(60_000)))
    log(`devnet ready (${Date.now() - started} ms)`)

    return {
      l1: {
        chainId: L1_CHAIN_ID,
        url: l1Proxy?.url ?? l1.url,
        anvilUrl: l1.url,
        ...(l1Proxy ? { proxy: l1Proxy } : {}),
      },
      l2: running,
      deployment,
      accounts: devAccounts(),
      get timing() {
        return timing
      },
      setTiming: (next) => {
        timing = resolveTiming(next)
        for (const sequencer of sequencers) sequencer.setTiming(timing)
      },
      waitIdle: async (timeoutMs) => {
        await Promise.all(sequencers.map((s) => s.waitIdle(timeoutMs)))
      },
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}

/** The funded dev accounts (anvil's mnemonic, indexes 0..9). */
export function devAccounts(): DevnetAccount[] {
  return Array.from({ length: DEV_ACCOUNT_COUNT }, (_, index) => {
    const account = mnemonicToAccount(DEV_MNEMONIC, { addressIndex: index })
    const key = account.getHdKey().privateKey
    if (!key) throw new Error('could not derive a dev key')
    return { address: account.address, privateKey: bytesToHex(key) }
  })
}
