import { parseArgs } from 'node:util'
import { DEFAULT_GATEWAY_PORTS, DEFAULT_L1_PORT } from '../facts'
import { DEV_ACCOUNT_BALANCE_ETH } from './constants'
import { type Devnet, resolveTiming, startDevnet } from './devnet'
import { parseRpcProfile } from './rpcProfile/profile'
import type { BatchTiming } from './types'

const HELP = `Ferry devnet: a local L1 + zkSync-compatible L2s for development and tests.

Usage: npm run devnet -- [options]

  --l1-port <port>         L1 JSON-RPC port (default ${DEFAULT_L1_PORT})
  --l2-port <chain>=<port> gateway port of an L2 chain (defaults ${Object.entries(
    DEFAULT_GATEWAY_PORTS,
  )
    .map(([c, p]) => `${c}=${p}`)
    .join(', ')})
  --chains <ids>           comma-separated L2 chain ids to start (default 270,272)
  --host <ip>              interface to listen on (default 127.0.0.1)
  --timing <mode>          instant (default) | demo (ready to finalize after ~2 min)
  --seal <duration>        override: seal a batch this long after its first transaction
  --commit <duration>      override: delay before the batch commit on L1
  --prove <duration>       override: delay between commit and prove
  --execute <duration>     override: delay between prove and execute
  --l1-to-l2 <duration>    override: how long a deposit waits on L1 before the L2 runs it
  --rpc-profile <p>        serve the endpoints like real providers: "realistic" (capped eth_getLogs
                           with Infura/Era error shapes, HTTP 429 above 25 calls/s, 50 ms latency;
                           caps scaled to a devnet's depth) or a JSON profile (see devnet/README.md)
  --history-blocks <n>     mine n empty blocks on L1 and each L2 after deployment (a deep history)
  --l1-block-time <s>      seconds between L1 blocks, like a real L1 (default 1; 0 mines every
                           transaction at once)
  --verbose                print every priority request and batch
  -h, --help               this text

Durations: 500ms, 10s, 2m. Ctrl-C stops everything.`

export function parseDuration(text: string, flag: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim())
  if (!match) throw new Error(`${flag}: "${text}" is not a duration (examples: 500ms, 10s, 2m)`)
  const value = Number(match[1])
  const unit = match[2] ?? 'ms'
  const factor = unit === 'h' ? 3_600_000 : unit === 'm' ? 60_000 : unit === 's' ? 1000 : 1
  return Math.round(value * factor)
}

/** `npm run devnet` and `npm start`: L1 blocks a second apart, like a real L1 (tests: instant). */
export const DEFAULT_L1_BLOCK_TIME = 1

export function parseBlockTime(text: string): number {
  const seconds = Number(text)
  if (text.trim() === '' || !Number.isFinite(seconds) || seconds < 0 || seconds > 60)
    throw new Error(`--l1-block-time: "${text}" is not 0 to 60 seconds`)
  return seconds
}

function parsePort(text: string, flag: string): number {
  const port = Number(text)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`${flag}: "${text}" is not a port number (1-65535)`)
  return port
}

function printReady(devnet: Devnet) {
  const d = devnet.deployment
  const lines = [
    '',
    'Ferry devnet is running',
    '',
    `  L1  chain ${devnet.l1.chainId}   ${devnet.l1.url}`,
    ...Object.values(devnet.l2).map((l2) => {
      const chain = d.chains[l2.chainId]
      return `  L2  chain ${l2.chainId} ${l2.url}   base token ${chain?.baseTokenSymbol ?? '?'}`
    }),
    '',
    'L1 contracts',
    `  Bridgehub            ${d.bridgehub}`,
    `  L1AssetRouter        ${d.l1AssetRouter}`,
    `  L1Nullifier          ${d.l1Nullifier}`,
    `  L1NativeTokenVault   ${d.l1NativeTokenVault}`,
    ...Object.entries(d.tokens).map(([key, address]) => `  ${key.padEnd(20)} ${address}`),
    ...Object.values(d.chains).map(
      (c) => `  Diamond (chain ${c.chainId}) ${c.diamond}   test target on L2 ${c.testTarget}`,
    ),
    `  Bridge history starts at L1 block ${d.startBlock} (the Bridgehub's deployment), L2 block 0`,
    '',
    `Funded test accounts (${DEV_ACCOUNT_BALANCE_ETH} ETH on L1, ${DEV_ACCOUNT_BALANCE_ETH} base-token units on each L2, test tokens on L1)`,
    ...devnet.accounts.map((a, i) => `  (${i}) ${a.address}  ${a.privateKey}`),
    '',
    ...(devnet.l1.proxy
      ? [
          'Endpoints behave like real providers (--rpc-profile): eth_getLogs capped, HTTP 429 above the',
          'call rate, added latency; devnet_rpcStats on any endpoint reports what clients asked.',
          '',
        ]
      : []),
    `Batches: seal ${fmt(devnet.timing.sealIntervalMs)}, commit +${fmt(devnet.timing.commitDelayMs)}, prove +${fmt(devnet.timing.proveDelayMs)}, execute +${fmt(devnet.timing.executeDelayMs)}; L1→L2 requests run after ${fmt(devnet.timing.priorityDelayMs ?? 0)}`,
    'Press Ctrl-C to stop.',
    '',
  ]
  console.log(lines.join('\n'))
}

function fmt(ms: number) {
  return ms >= 60_000 ? `${ms / 60_000}m` : ms >= 1000 ? `${ms / 1000}s` : `${ms}ms`
}

export async function main(argv = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'l1-port': { type: 'string' },
      'l2-port': { type: 'string', multiple: true },
      chains: { type: 'string' },
      host: { type: 'string' },
      timing: { type: 'string' },
      seal: { type: 'string' },
      commit: { type: 'string' },
      prove: { type: 'string' },
      execute: { type: 'string' },
      'l1-to-l2': { type: 'string' },
      'rpc-profile': { type: 'string' },
      'history-blocks': { type: 'string' },
      'l1-block-time': { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  })
  if (values.help) {
    console.log(HELP)
    return
  }
  const mode = values.timing ?? 'instant'
  if (mode !== 'instant' && mode !== 'demo')
    throw new Error(`--timing: "${mode}" is not a mode (instant or demo)`)
  const timing: BatchTiming = { ...resolveTiming(mode) }
  if (values.seal) timing.sealIntervalMs = parseDuration(values.seal, '--seal')
  if (values.commit) timing.commitDelayMs = parseDuration(values.commit, '--commit')
  if (values.prove) timing.proveDelayMs = parseDuration(values.prove, '--prove')
  if (values.execute) timing.executeDelayMs = parseDuration(values.execute, '--execute')
  if (values['l1-to-l2']) timing.priorityDelayMs = parseDuration(values['l1-to-l2'], '--l1-to-l2')

  const gatewayPorts: Record<number, number> = {}
  for (const entry of values['l2-port'] ?? []) {
    const [chain, port] = entry.split('=')
    if (!chain || !port) throw new Error(`--l2-port: "${entry}" must look like 270=3050`)
    gatewayPorts[Number(chain)] = parsePort(port, '--l2-port')
  }
  const chains = values.chains?.split(',').map((c) => {
    const id = Number(c.trim())
    if (!Number.isInteger(id)) throw new Error(`--chains: "${c}" is not a chain id`)
    return id
  })

  const historyBlocks = values['history-blocks'] ? Number(values['history-blocks']) : 0
  if (!Number.isInteger(historyBlocks) || historyBlocks < 0 || historyBlocks > 100_000)
    throw new Error(`--history-blocks: "${values['history-blocks']}" is not 0 to 100000`)
  const rpcProfile = values['rpc-profile'] ? parseRpcProfile(values['rpc-profile']) : undefined
  const l1BlockTime = parseBlockTime(values['l1-block-time'] ?? String(DEFAULT_L1_BLOCK_TIME))

  const started = Date.now()
  console.log('Starting the Ferry devnet…')
  const devnet = await startDevnet({
    ...(values['l1-port'] ? { l1Port: parsePort(values['l1-port'], '--l1-port') } : {}),
    gatewayPorts,
    ...(chains ? { chains } : {}),
    ...(values.host ? { host: values.host } : {}),
    timing,
    ...(rpcProfile ? { rpcProfile } : {}),
    ...(historyBlocks > 0 ? { historyBlocks } : {}),
    l1BlockTime,
    log: values.verbose ? (line) => console.log(line) : () => {},
  })
  printReady(devnet)
  console.log(`(started in ${((Date.now() - started) / 1000).toFixed(1)} s)`)

  let stopping = false
  const shutdown = async () => {
    if (stopping) return
    stopping = true
    console.log('\nStopping the devnet…')
    await devnet.stop()
    console.log('Stopped.')
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
  return devnet
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`devnet: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
}
