import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Abi, Hex } from 'viem'

/** One compiled contract. `bytecode` is the creation code, `deployedBytecode` the runtime code. */
export type Artifact = { abi: Abi; bytecode: Hex; deployedBytecode: Hex }

/** Every contract under devnet/contracts, by contract name (names are unique across files). */
export type Artifacts = Record<string, Artifact>

const devnetDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** Solidity sources: `devnet/contracts/{common,l1,l2}/**.sol`. */
export const CONTRACTS_DIR = path.join(devnetDir, 'contracts')
/** Compiled output cache (gitignored). */
export const ARTIFACTS_CACHE_DIR = path.join(devnetDir, '.cache')

/** solc settings; part of the cache key. */
export const COMPILER_SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  viaIR: false,
  outputSelection: {
    '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] },
  },
} as const

type SolcOutput = {
  errors?: { severity: 'error' | 'warning' | 'info'; formattedMessage: string }[]
  contracts?: Record<
    string,
    Record<
      string,
      { abi: Abi; evm: { bytecode: { object: string }; deployedBytecode: { object: string } } }
    >
  >
}

type Solc = {
  version: () => string
  compile: (
    input: string,
    callbacks?: { import: (p: string) => { contents: string } | { error: string } },
  ) => string
}

let pending: Promise<Artifacts> | undefined

/**
 * Compiles every `.sol` under devnet/contracts with the npm `solc` (solc-js) and returns the artifacts.
 * The output is cached in `devnet/.cache/artifacts-<sha256 of sources + settings + compiler>.json`;
 * a cache hit prints nothing, a compile prints one line. Compile errors throw with solc's messages.
 * Concurrent calls in one process share one compilation.
 */
export function loadArtifacts(): Promise<Artifacts> {
  pending ??= load().catch((error: unknown) => {
    pending = undefined
    throw error
  })
  return pending
}

async function load(): Promise<Artifacts> {
  const sources = await readSources()
  const require = createRequire(import.meta.url)
  const solcVersion = (require('solc/package.json') as { version: string }).version
  const key = cacheKey(sources, solcVersion)
  const cacheFile = path.join(ARTIFACTS_CACHE_DIR, `artifacts-${key}.json`)
  try {
    return JSON.parse(await readFile(cacheFile, 'utf8')) as Artifacts
  } catch {
    // cache miss: compile below
  }

  const started = Date.now()
  process.stdout.write('compiling devnet contracts…')
  let artifacts: Artifacts
  try {
    const solc = require('solc') as Solc
    artifacts = compileSources(solc, sources)
  } catch (error) {
    process.stdout.write(' failed\n')
    throw error
  }
  process.stdout.write(` ${((Date.now() - started) / 1000).toFixed(1)} s\n`)

  await mkdir(ARTIFACTS_CACHE_DIR, { recursive: true })
  const tmp = `${cacheFile}.${process.pid}.tmp`
  await writeFile(tmp, JSON.stringify(artifacts))
  await rename(tmp, cacheFile)
  await pruneCache(path.basename(cacheFile))
  return artifacts
}

/** Removes cached outputs of older sources (best effort). */
async function pruneCache(keep: string) {
  const files = await readdir(ARTIFACTS_CACHE_DIR).catch(() => [] as string[])
  await Promise.all(
    files
      .filter((file) => /^artifacts-[0-9a-f]{64}\.json$/.test(file) && file !== keep)
      .map((file) => rm(path.join(ARTIFACTS_CACHE_DIR, file), { force: true })),
  )
}

/** All sources by their path relative to devnet/contracts (forward slashes), sorted. */
async function readSources(): Promise<Record<string, string>> {
  const entries = await readdir(CONTRACTS_DIR, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.sol'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
  const sources: Record<string, string> = {}
  for (const file of files) {
    const unit = path.relative(CONTRACTS_DIR, file).split(path.sep).join('/')
    sources[unit] = await readFile(file, 'utf8')
  }
  return sources
}

function cacheKey(sources: Record<string, string>, solcVersion: string): string {
  const hash = createHash('sha256')
  hash.update(`solc ${solcVersion}\n${JSON.stringify(COMPILER_SETTINGS)}\n`)
  for (const [unit, content] of Object.entries(sources)) {
    hash.update(`${unit}\n${content.length}\n${content}\n`)
  }
  return hash.digest('hex')
}

function compileSources(solc: Solc, sources: Record<string, string>): Artifacts {
  const input = {
    language: 'Solidity',
    sources: Object.fromEntries(
      Object.entries(sources).map(([unit, content]) => [unit, { content }]),
    ),
    settings: COMPILER_SETTINGS,
  }
  const findImports = (unit: string) => {
    const file = path.resolve(CONTRACTS_DIR, unit)
    if (!file.startsWith(CONTRACTS_DIR + path.sep))
      return { error: `import outside contracts: ${unit}` }
    try {
      return { contents: readFileSync(file, 'utf8') }
    } catch {
      return { error: `file not found: ${unit}` }
    }
  }
  const output = JSON.parse(
    solc.compile(JSON.stringify(input), { import: findImports }),
  ) as SolcOutput
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error')
  if (errors.length > 0) {
    throw new Error(
      `solc ${solc.version()} failed to compile devnet/contracts:\n${errors.map((e) => e.formattedMessage).join('\n')}`,
    )
  }
  const artifacts: Artifacts = {}
  const origin: Record<string, string> = {}
  for (const [unit, contracts] of Object.entries(output.contracts ?? {})) {
    for (const [name, contract] of Object.entries(contracts)) {
      if (origin[name] !== undefined)
        throw new Error(`contract name ${name} is defined twice (${origin[name]} and ${unit})`)
      origin[name] = unit
      artifacts[name] = {
        abi: contract.abi,
        bytecode: `0x${contract.evm.bytecode.object}`,
        deployedBytecode: `0x${contract.evm.deployedBytecode.object}`,
      }
    }
  }
  return artifacts
}
