import { type Chain, defineChain, getAddress, isAddress } from 'viem'
import type { ChainPair, PairHistory, TokenListEntry } from '../bridge/pair'
import { ETH_TOKEN } from '../bridge/tokens'
import { PUBLIC_PAIRS } from './chains'
import { isHttpUrl } from './parseEnv'

// An operator adds ZK chains without rebuilding by serving a `chains.json` next to the app
// (see public/chains.example.json). It is fetched once at boot; a 404 means "no extra chains".
// A file with any problem adds no pair: the app shows every problem in a banner and the
// built-in pairs keep working.

export type RuntimeChains =
  /** No chains.json next to the app. */
  | { status: 'absent' }
  | { status: 'loaded'; pairs: ChainPair[] }
  /** The file exists but could not be used; each problem names its JSON path. */
  | { status: 'invalid'; problems: string[] }

export type ParseRuntimeChainsResult =
  | { ok: true; pairs: ChainPair[] }
  | { ok: false; problems: string[] }

const MAX_PAIRS = 50
const MAX_TOKENS = 200
const MAX_DECIMALS = 36
const MAX_DELAY_SECONDS = 365 * 24 * 60 * 60
const MAX_RPC_URLS = 5
/** The widest `eth_getLogs` window one may configure (blocks). */
const MAX_LOGS_WINDOW = 10_000_000
const PAIR_ID = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/

type Problems = string[]
type Json = Record<string, unknown>

function preview(value: unknown): string {
  if (value === undefined) return 'nothing'
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `${typeof value} ${preview(value)}`
}

function asObject(value: unknown, path: string, problems: Problems): Json | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json
  problems.push(`${path}: must be an object, got ${typeName(value)}`)
  return undefined
}

/** `object[key]` as an object; a problem when it is missing (`what` says what belongs there). */
function readObject(
  object: Json,
  key: string,
  path: string,
  problems: Problems,
  what: string,
): Json | undefined {
  if (object[key] === undefined) {
    problems.push(`${path}.${key}: missing (${what})`)
    return undefined
  }
  return asObject(object[key], `${path}.${key}`, problems)
}

/** Reports keys that are not in `allowed` (keys starting with `$`, like "$comment", are free). */
function checkKeys(object: Json, path: string, allowed: readonly string[], problems: Problems) {
  for (const key of Object.keys(object)) {
    if (key.startsWith('$') || allowed.includes(key)) continue
    problems.push(`${path}.${key}: unknown field (allowed: ${allowed.join(', ')})`)
  }
}

function readString(
  object: Json,
  key: string,
  path: string,
  problems: Problems,
  options: { required: boolean; max: number },
): string | undefined {
  const value = object[key]
  if (value === undefined) {
    if (options.required) problems.push(`${path}.${key}: missing (a text)`)
    return undefined
  }
  if (typeof value !== 'string') {
    problems.push(`${path}.${key}: must be a text, got ${typeName(value)}`)
    return undefined
  }
  if (value.trim() === '') {
    problems.push(`${path}.${key}: must not be empty`)
    return undefined
  }
  if (value.length > options.max) {
    problems.push(`${path}.${key}: must be at most ${options.max} characters`)
    return undefined
  }
  return value.trim()
}

function readInteger(
  object: Json,
  key: string,
  path: string,
  problems: Problems,
  options: { required: boolean; min: number; max: number; what: string },
): number | undefined {
  const value = object[key]
  if (value === undefined) {
    if (options.required) problems.push(`${path}.${key}: missing (${options.what})`)
    return undefined
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    problems.push(
      `${path}.${key}: must be a whole number (${options.what}), got ${typeName(value)}`,
    )
    return undefined
  }
  if (value < options.min || value > options.max) {
    problems.push(
      `${path}.${key}: ${value} is out of range (${options.min} to ${options.max}, ${options.what})`,
    )
    return undefined
  }
  return value
}

function readBoolean(object: Json, key: string, path: string, problems: Problems): boolean {
  const value = object[key]
  if (value === undefined) return false
  if (typeof value !== 'boolean') {
    problems.push(`${path}.${key}: must be true or false, got ${typeName(value)}`)
    return false
  }
  return value
}

function readUrl(
  object: Json,
  key: string,
  path: string,
  problems: Problems,
  required: boolean,
): string | undefined {
  const value = object[key]
  if (value === undefined) {
    if (required) problems.push(`${path}.${key}: missing (an http(s) URL)`)
    return undefined
  }
  if (typeof value !== 'string' || !isHttpUrl(value)) {
    problems.push(`${path}.${key}: must be an http(s) URL, got ${preview(value)}`)
    return undefined
  }
  return value
}

/**
 * One RPC URL, or several in failover order (the first that answers is used; a failing one is
 * skipped for the next request).
 */
function readRpcUrls(object: Json, path: string, problems: Problems): string[] | undefined {
  const value = object.rpcUrl
  if (value === undefined) {
    problems.push(`${path}.rpcUrl: missing (an http(s) URL, or a list of them in failover order)`)
    return undefined
  }
  const list = Array.isArray(value) ? value : [value]
  if (list.length === 0) {
    problems.push(`${path}.rpcUrl: the list is empty (give at least one http(s) URL)`)
    return undefined
  }
  if (list.length > MAX_RPC_URLS) {
    problems.push(`${path}.rpcUrl: at most ${MAX_RPC_URLS} URLs, got ${list.length}`)
    return undefined
  }
  const urls: string[] = []
  for (const [i, url] of list.entries()) {
    const at = Array.isArray(value) ? `${path}.rpcUrl[${i}]` : `${path}.rpcUrl`
    if (typeof url !== 'string' || !isHttpUrl(url)) {
      problems.push(`${at}: must be an http(s) URL, got ${preview(url)}`)
      return undefined
    }
    if (urls.includes(url)) {
      problems.push(`${at}: ${url} is listed twice`)
      return undefined
    }
    urls.push(url)
  }
  return urls
}

function readOptionalAddress(object: Json, key: string, path: string, problems: Problems) {
  return object[key] === undefined
    ? undefined
    : readAddress(object[key], `${path}.${key}`, problems)
}

/** Multicall3 where the chain has one (`contracts.multicall3` of the viem chain). */
function multicallContracts(address: `0x${string}` | undefined) {
  return address ? { contracts: { multicall3: { address } } } : {}
}

/** Where the pair's bridge history starts and how its endpoints cap `eth_getLogs`. */
function readHistory(object: Json, path: string, problems: Problems): PairHistory | undefined {
  if (object.history === undefined) return undefined
  const at = `${path}.history`
  const history = asObject(object.history, at, problems)
  if (!history) return undefined
  checkKeys(history, at, ['l1StartBlock', 'l2StartBlock', 'l1LogsWindow', 'l2LogsWindow'], problems)
  const block = (key: string) =>
    readInteger(history, key, at, problems, {
      required: false,
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
      what: 'a block number',
    })
  const window = (key: string) =>
    readInteger(history, key, at, problems, {
      required: false,
      min: 1,
      max: MAX_LOGS_WINDOW,
      what: 'blocks per eth_getLogs',
    })
  const l1StartBlock = block('l1StartBlock')
  const l2StartBlock = block('l2StartBlock')
  const l1LogsWindow = window('l1LogsWindow')
  const l2LogsWindow = window('l2LogsWindow')
  return {
    l1StartBlock: BigInt(l1StartBlock ?? 0),
    l2StartBlock: BigInt(l2StartBlock ?? 0),
    ...(l1LogsWindow === undefined ? {} : { l1LogsWindow: BigInt(l1LogsWindow) }),
    ...(l2LogsWindow === undefined ? {} : { l2LogsWindow: BigInt(l2LogsWindow) }),
  }
}

function readChainId(object: Json, path: string, problems: Problems): number | undefined {
  return readInteger(object, 'chainId', path, problems, {
    required: true,
    min: 1,
    max: Number.MAX_SAFE_INTEGER,
    what: 'a chain id',
  })
}

type NativeCurrency = Chain['nativeCurrency']

function readNativeCurrency(object: Json, path: string, problems: Problems): NativeCurrency {
  const fallback = { name: 'Ether', symbol: 'ETH', decimals: 18 }
  if (object.nativeCurrency === undefined) return fallback
  const currency = asObject(object.nativeCurrency, `${path}.nativeCurrency`, problems)
  if (!currency) return fallback
  const at = `${path}.nativeCurrency`
  checkKeys(currency, at, ['name', 'symbol', 'decimals'], problems)
  const name = readString(currency, 'name', at, problems, { required: true, max: 64 })
  const symbol = readString(currency, 'symbol', at, problems, { required: true, max: 11 })
  const decimals = readInteger(currency, 'decimals', at, problems, {
    required: true,
    min: 0,
    max: MAX_DECIMALS,
    what: 'decimals',
  })
  return { name: name ?? '', symbol: symbol ?? '', decimals: decimals ?? 18 }
}

function readAddress(value: unknown, path: string, problems: Problems) {
  if (typeof value !== 'string' || !isAddress(value, { strict: false })) {
    problems.push(`${path}: must be a 0x-prefixed 20-byte hex address, got ${preview(value)}`)
    return undefined
  }
  if (!isAddress(value, { strict: true })) {
    problems.push(
      `${path}: bad checksum in ${value} (write it all lowercase or correctly checksummed)`,
    )
    return undefined
  }
  return getAddress(value)
}

function explorers(url: string | undefined): Chain['blockExplorers'] {
  return url ? { default: { name: 'Explorer', url: url.replace(/\/+$/, '') } } : undefined
}

type KnownChain = { chain: Chain; role: 'l1' | 'l2'; owner: string; builtIn: boolean }

/**
 * Validates the parsed `chains.json` against the built-in pairs. Either every pair is valid and
 * returned, or nothing is and `problems` lists each issue as "<json path>: <what is wrong>".
 */
export function parseRuntimeChains(
  json: unknown,
  builtIn: readonly ChainPair[] = Object.values(PUBLIC_PAIRS),
): ParseRuntimeChainsResult {
  const problems: Problems = []
  const root = asObject(json, '(root)', problems)
  if (!root) return { ok: false, problems }
  checkKeys(root, '(root)', ['version', 'pairs'], problems)
  if (root.version !== undefined && root.version !== 1)
    problems.push(`version: only version 1 is understood, got ${preview(root.version)}`)
  if (!Array.isArray(root.pairs)) {
    problems.push(`pairs: must be an array of pairs, got ${typeName(root.pairs)}`)
    return { ok: false, problems }
  }
  if (root.pairs.length > MAX_PAIRS) {
    problems.push(`pairs: at most ${MAX_PAIRS} pairs, got ${root.pairs.length}`)
    return { ok: false, problems }
  }

  const pairIds = new Map<string, string>(builtIn.map((p) => [p.id, `built-in pair "${p.name}"`]))
  const known = new Map<number, KnownChain>()
  for (const pair of builtIn) {
    known.set(pair.l1.id, {
      chain: pair.l1,
      role: 'l1',
      owner: `built-in ${pair.l1.name}`,
      builtIn: true,
    })
    known.set(pair.l2.id, {
      chain: pair.l2,
      role: 'l2',
      owner: `built-in ${pair.l2.name}`,
      builtIn: true,
    })
  }

  const pairs: ChainPair[] = []
  for (const [index, entry] of root.pairs.entries()) {
    const path = `pairs[${index}]`
    const before = problems.length
    const object = asObject(entry, path, problems)
    if (!object) continue
    checkKeys(
      object,
      path,
      ['id', 'name', 'testnet', 'l1', 'l2', 'tokens', 'withdrawalDelay', 'history'],
      problems,
    )

    const id = readString(object, 'id', path, problems, { required: true, max: 40 })
    if (id !== undefined) {
      if (!PAIR_ID.test(id)) {
        problems.push(
          `${path}.id: "${id}" must use lowercase letters, digits and inner dashes only (e.g. "my-chain")`,
        )
      } else if (pairIds.has(id)) {
        problems.push(`${path}.id: "${id}" is already used by ${pairIds.get(id)}`)
      } else {
        pairIds.set(id, path)
      }
    }
    const name = readString(object, 'name', path, problems, { required: true, max: 60 })
    const testnet = readBoolean(object, 'testnet', path, problems)

    // ---- L1: a built-in L1 by chain id, or a full definition ----
    let l1: Chain | undefined
    const l1Object = readObject(object, 'l1', path, problems, 'an object with at least "chainId"')
    if (l1Object) {
      const at = `${path}.l1`
      const chainId = readChainId(l1Object, at, problems)
      const existing = chainId === undefined ? undefined : known.get(chainId)
      if (chainId !== undefined && existing?.role === 'l2') {
        problems.push(`${at}.chainId: ${chainId} is the L2 ${existing.owner}, not an L1`)
      } else if (existing?.builtIn) {
        checkKeys(l1Object, at, ['chainId'], problems)
        l1 = existing.chain
      } else if (chainId !== undefined) {
        checkKeys(
          l1Object,
          at,
          ['chainId', 'name', 'rpcUrl', 'explorerUrl', 'nativeCurrency', 'testnet', 'multicall3'],
          problems,
        )
        const l1Name = readString(l1Object, 'name', at, problems, { required: true, max: 60 })
        const rpcUrls = readRpcUrls(l1Object, at, problems)
        const explorerUrl = readUrl(l1Object, 'explorerUrl', at, problems, false)
        const nativeCurrency = readNativeCurrency(l1Object, at, problems)
        const l1Testnet = readBoolean(l1Object, 'testnet', at, problems)
        const multicall3 = readOptionalAddress(l1Object, 'multicall3', at, problems)
        if (l1Name !== undefined && rpcUrls !== undefined) {
          const defined = defineChain({
            id: chainId,
            name: l1Name,
            nativeCurrency,
            rpcUrls: { default: { http: rpcUrls } },
            blockExplorers: explorers(explorerUrl),
            testnet: l1Testnet,
            ...multicallContracts(multicall3),
          })
          if (existing) {
            // The same custom L1 in two pairs must be described the same way.
            if (
              existing.chain.rpcUrls.default.http.join(' ') !== rpcUrls.join(' ') ||
              existing.chain.name !== l1Name
            )
              problems.push(
                `${at}: chain ${chainId} is defined differently by ${existing.owner} (same chainId needs the same name and rpcUrl)`,
              )
            else l1 = existing.chain
          } else {
            l1 = defined
            known.set(chainId, { chain: defined, role: 'l1', owner: at, builtIn: false })
          }
        }
      }
    }

    // ---- L2: always a full definition ----
    let l2: ChainPair['l2'] | undefined
    const l2Object = readObject(
      object,
      'l2',
      path,
      problems,
      'an object with chainId, name and rpcUrl',
    )
    if (l2Object) {
      const at = `${path}.l2`
      checkKeys(
        l2Object,
        at,
        ['chainId', 'name', 'rpcUrl', 'explorerUrl', 'nativeCurrency', 'multicall3'],
        problems,
      )
      const chainId = readChainId(l2Object, at, problems)
      const l2Name = readString(l2Object, 'name', at, problems, { required: true, max: 60 })
      const rpcUrls = readRpcUrls(l2Object, at, problems)
      const multicall3 = readOptionalAddress(l2Object, 'multicall3', at, problems)
      const explorerUrl = readUrl(l2Object, 'explorerUrl', at, problems, false)
      const nativeCurrency = readNativeCurrency(l2Object, at, problems)
      let idOk = chainId !== undefined
      if (chainId !== undefined) {
        const existing = known.get(chainId)
        if (existing) {
          problems.push(`${at}.chainId: ${chainId} is already used by ${existing.owner}`)
          idOk = false
        } else if (l1 && l1.id === chainId) {
          problems.push(`${at}.chainId: must differ from the L1 chain id`)
          idOk = false
        }
      }
      if (idOk && chainId !== undefined && l2Name !== undefined && rpcUrls !== undefined) {
        l2 = defineChain({
          id: chainId,
          name: l2Name,
          nativeCurrency,
          rpcUrls: { default: { http: rpcUrls } },
          blockExplorers: explorers(explorerUrl),
          testnet,
          ...multicallContracts(multicall3),
        })
        known.set(chainId, { chain: l2, role: 'l2', owner: at, builtIn: false })
      }
    }

    // ---- tokens (ETH is always listed first) ----
    const tokens: TokenListEntry[] = [ETH_TOKEN]
    if (object.tokens !== undefined) {
      if (!Array.isArray(object.tokens)) {
        problems.push(`${path}.tokens: must be an array, got ${typeName(object.tokens)}`)
      } else if (object.tokens.length > MAX_TOKENS) {
        problems.push(`${path}.tokens: at most ${MAX_TOKENS} tokens, got ${object.tokens.length}`)
      } else {
        for (const [tokenIndex, tokenEntry] of object.tokens.entries()) {
          const at = `${path}.tokens[${tokenIndex}]`
          const token = asObject(tokenEntry, at, problems)
          if (!token) continue
          checkKeys(token, at, ['address', 'symbol', 'name', 'decimals'], problems)
          let address: TokenListEntry['address'] | undefined
          if (token.address === undefined)
            problems.push(`${at}.address: missing (the token's L1 address)`)
          else address = readAddress(token.address, `${at}.address`, problems)
          const symbol = readString(token, 'symbol', at, problems, { required: true, max: 11 })
          const tokenName = readString(token, 'name', at, problems, { required: true, max: 64 })
          const decimals = readInteger(token, 'decimals', at, problems, {
            required: true,
            min: 0,
            max: MAX_DECIMALS,
            what: 'decimals',
          })
          if (address !== undefined) {
            const duplicate = tokens.findIndex(
              (t) => t.address.toLowerCase() === address.toLowerCase(),
            )
            if (duplicate === 0)
              problems.push(`${at}.address: ETH is always listed; remove this entry`)
            else if (duplicate > 0)
              problems.push(`${at}.address: ${address} is listed twice in ${path}.tokens`)
          }
          if (
            address !== undefined &&
            symbol !== undefined &&
            tokenName !== undefined &&
            decimals !== undefined
          )
            tokens.push({ address, symbol, name: tokenName, decimals })
        }
      }
    }

    // ---- withdrawal delay ----
    let withdrawalDelay: ChainPair['withdrawalDelay'] | undefined
    if (object.withdrawalDelay === undefined) {
      problems.push(
        `${path}.withdrawalDelay: missing (e.g. { "text": "about 3 hours", "seconds": 10800 })`,
      )
    } else {
      const at = `${path}.withdrawalDelay`
      const delay = asObject(object.withdrawalDelay, at, problems)
      if (delay) {
        checkKeys(delay, at, ['text', 'seconds'], problems)
        const text = readString(delay, 'text', at, problems, { required: true, max: 80 })
        const seconds = readInteger(delay, 'seconds', at, problems, {
          required: true,
          min: 0,
          max: MAX_DELAY_SECONDS,
          what: 'seconds',
        })
        if (text !== undefined && seconds !== undefined) withdrawalDelay = { text, seconds }
      }
    }

    const history = readHistory(object, path, problems)

    if (
      problems.length === before &&
      id !== undefined &&
      name !== undefined &&
      l1 &&
      l2 &&
      withdrawalDelay
    )
      pairs.push({
        id,
        name,
        l1,
        l2,
        tokens,
        withdrawalDelay,
        ...(history ? { history } : {}),
        testnet,
        devnet: false,
        source: 'runtime',
      })
  }

  return problems.length > 0 ? { ok: false, problems } : { ok: true, pairs }
}

export type LoadRuntimeChainsParameters = {
  /** Default: `chains.json` next to the page (works under any sub-path). */
  url?: string | URL
  fetch?: typeof fetch
  timeoutMs?: number
  builtIn?: readonly ChainPair[]
}

/** Fetches and validates `chains.json`. Never throws: failures become `status: 'invalid'`. */
export async function loadRuntimeChains(
  parameters: LoadRuntimeChainsParameters = {},
): Promise<RuntimeChains> {
  const url = parameters.url ?? new URL('chains.json', document.baseURI)
  const fetchFn = parameters.fetch ?? fetch
  let response: Response
  try {
    response = await fetchFn(url, {
      headers: { accept: 'application/json' },
      cache: 'no-cache',
      signal: AbortSignal.timeout(parameters.timeoutMs ?? 5_000),
    })
  } catch (error) {
    return {
      status: 'invalid',
      problems: [`could not be loaded (${error instanceof Error ? error.message : String(error)})`],
    }
  }
  if (response.status === 404 || response.status === 410) return { status: 'absent' }
  if (!response.ok)
    return {
      status: 'invalid',
      problems: [`the server answered HTTP ${response.status}`],
    }
  // A static host that answers every path with the app's index.html has no chains.json.
  if ((response.headers.get('content-type') ?? '').includes('text/html'))
    return { status: 'absent' }

  let json: unknown
  try {
    json = JSON.parse(await response.text())
  } catch (error) {
    return {
      status: 'invalid',
      problems: [`not valid JSON (${error instanceof Error ? error.message : String(error)})`],
    }
  }
  const result = parseRuntimeChains(json, parameters.builtIn)
  return result.ok
    ? { status: 'loaded', pairs: result.pairs }
    : { status: 'invalid', problems: result.problems }
}
