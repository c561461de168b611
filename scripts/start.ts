import { parseArgs } from 'node:util'
import { createServer } from 'vite'
import { DEFAULT_GATEWAY_PORTS, DEFAULT_L1_PORT } from '../devnet/facts'
import { DEFAULT_L1_BLOCK_TIME } from '../devnet/src/cli'
import { startDevnet } from '../devnet/src/devnet'
import { REALISTIC_PROFILE } from '../devnet/src/rpcProfile/profile'

// `npm start`: the devnet (L1 + both L2s) and Ferry's dev server pointed at it, with the
// "Devnet test wallet" so the app is usable without a browser extension.

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    demo: { type: 'boolean' },
    realistic: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
})

if (values.help) {
  console.log(`Usage: npm start -- [--port <app port>] [--demo] [--realistic]

  --port        port of the Ferry app (default 5180)
  --demo        batches take minutes, like a real chain (default: instant)
  --realistic   endpoints behave like real providers (capped eth_getLogs, HTTP 429, latency)
                over a history 2,000 blocks deep (devnet --rpc-profile realistic --history-blocks 2000)

L1 blocks come every ${DEFAULT_L1_BLOCK_TIME} s, like a real L1 (devnet --l1-block-time).

Devnet ports: L1 ${DEFAULT_L1_PORT}, L2 gateways ${Object.values(DEFAULT_GATEWAY_PORTS).join(', ')}.
For other devnet ports run \`npm run devnet -- --help\` and \`npm run dev\` yourself.`)
  process.exit(0)
}

const appPort = Number(values.port ?? 5180)
console.log('Starting the Ferry devnet…')
const devnet = await startDevnet({
  timing: values.demo ? 'demo' : 'instant',
  l1BlockTime: DEFAULT_L1_BLOCK_TIME,
  ...(values.realistic ? { rpcProfile: REALISTIC_PROFILE, historyBlocks: 2_000 } : {}),
})
const env = {
  VITE_RPC_9: devnet.l1.url,
  ...Object.fromEntries(Object.values(devnet.l2).map((l2) => [`VITE_RPC_${l2.chainId}`, l2.url])),
  VITE_PAIRS: Object.keys(devnet.l2)
    .map((id) => `devnet-${id}`)
    .join(','),
  VITE_DEFAULT_PAIR: 'devnet-270',
}
Object.assign(process.env, env)

let server: Awaited<ReturnType<typeof createServer>> | undefined
try {
  server = await createServer({ server: { port: appPort, strictPort: true, host: '127.0.0.1' } })
  await server.listen()
} catch (error) {
  await devnet.stop()
  console.error(
    `Could not start the app on port ${appPort}: ${error instanceof Error ? error.message : error}. ` +
      'Use `npm start -- --port <free port>`.',
  )
  process.exit(1)
}

const url = `http://127.0.0.1:${appPort}/`
console.log(`
Ferry is running on the devnet:  ${url}

  Open it, click "Connect wallet" and pick "Devnet test wallet" (funded on L1 and both L2s),
  or add the networks to your own wallet:
    L1  chain ${devnet.l1.chainId}  ${devnet.l1.url}
${Object.values(devnet.l2)
  .map((l2) => `    L2  chain ${l2.chainId}  ${l2.url}`)
  .join('\n')}
  and import a dev account key (printed by \`npm run devnet\`).

Batches are ${values.demo ? 'slow (demo timing: ready to finalize after ~2 minutes)' : 'instant'}. Ctrl-C stops everything.
`)

let stopping = false
const shutdown = async () => {
  if (stopping) return
  stopping = true
  console.log('\nStopping…')
  await server?.close()
  await devnet.stop()
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
