import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import path from 'node:path'
import { DEV_ACCOUNT_COUNT, DEV_MNEMONIC } from '../facts'
import { DEV_ACCOUNT_BALANCE_ETH } from './constants'

export type AnvilOptions = {
  chainId: number
  /** 0: any free port (anvil picks it; no race with other processes picking ports). */
  port: number
  host?: string
  /** Base fee of the first block, in wei. */
  baseFee?: bigint
  /** Extra CLI flags. */
  args?: string[]
}

export type AnvilInstance = {
  url: string
  port: number
  chainId: number
  process: ChildProcess
  stop: () => Promise<void>
}

/** Every anvil this process started: killed synchronously if the process exits without stop(). */
const running = new Set<ChildProcess>()
let exitHookInstalled = false
function killAllOnExit() {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL')
  })
}

/** Path of the anvil binary shipped by the `@foundry-rs/anvil` npm package for this platform. */
export function anvilBinaryPath(): string {
  const require = createRequire(import.meta.url)
  const arch = process.arch === 'x64' ? 'amd64' : process.arch
  const pkg = `@foundry-rs/anvil-${process.platform}-${arch}`
  try {
    const pkgJson = require.resolve(`${pkg}/package.json`)
    const bin = process.platform === 'win32' ? 'anvil.exe' : 'anvil'
    return path.join(path.dirname(pkgJson), 'bin', bin)
  } catch {
    throw new Error(
      `The anvil binary for ${process.platform}/${process.arch} is missing (${pkg}). ` +
        'Run `npm install` again; if your platform is not supported by @foundry-rs/anvil, install Foundry and put `anvil` on PATH.',
    )
  }
}

/** Fails with a clear message when something already listens on the port. */
export function assertPortFree(port: number, what: string, host = '127.0.0.1'): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        reject(
          new Error(
            `Port ${port} (${what}) is already in use. Stop whatever holds it or pick another port (see \`npm run devnet -- --help\`).`,
          ),
        )
      else reject(error)
    })
    server.listen(port, host, () => server.close(() => resolve()))
  })
}

/** Starts an anvil node with the dev mnemonic and waits until it answers JSON-RPC. */
export async function startAnvil(options: AnvilOptions): Promise<AnvilInstance> {
  const host = options.host ?? '127.0.0.1'
  if (options.port !== 0) await assertPortFree(options.port, `anvil chain ${options.chainId}`, host)
  const args = [
    '--host',
    host,
    '--port',
    String(options.port),
    '--chain-id',
    String(options.chainId),
    '--mnemonic',
    DEV_MNEMONIC,
    '--accounts',
    String(DEV_ACCOUNT_COUNT),
    '--balance',
    String(DEV_ACCOUNT_BALANCE_ETH),
    '--block-base-fee-per-gas',
    String(options.baseFee ?? 1_000_000_000n),
    ...(options.args ?? []),
  ]
  const child = spawn(anvilBinaryPath(), args, { stdio: ['ignore', 'pipe', 'pipe'] })
  killAllOnExit()
  running.add(child)
  child.once('exit', () => running.delete(child))
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  // Ready when *this* anvil says where it listens (its banner, then one line per request, which
  // is read and dropped so the pipe never fills). Probing the port instead could reach another
  // process's node that took the same port first.
  let banner = ''
  const listening = new Promise<number>((resolve) => {
    const onData = (chunk: Buffer) => {
      banner += chunk.toString()
      const match = /Listening on [^\s]*:(\d+)/.exec(banner)
      if (match) {
        banner = ''
        child.stdout?.off('data', onData)
        child.stdout?.resume()
        resolve(Number(match[1]))
      } else if (banner.length > 100_000) banner = banner.slice(-1_000)
    }
    child.stdout?.on('data', onData)
  })
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`anvil (chain ${options.chainId}) exited with code ${code}: ${stderr}`)),
    )
  })
  exited.catch(() => {})
  const port = await Promise.race([listening, exited])
  const url = `http://${host}:${port}`
  await Promise.race([waitForRpc(url), exited])

  let stopped: Promise<void> | undefined
  const stop = () => {
    stopped ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000)
      child.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
      child.kill('SIGTERM')
    })
    return stopped
  }
  return { url, port, chainId: options.chainId, process: child, stop }
}

async function waitForRpc(url: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now()
  for (;;) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
      })
      if (response.ok) return
    } catch {
      // not up yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`anvil at ${url} did not start in time`)
    await new Promise((r) => setTimeout(r, 50))
  }
}
