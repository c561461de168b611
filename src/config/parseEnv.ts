import { BUILT_IN_PAIR_IDS, type BuiltInPairId, isBuiltInPairId, PUBLIC_PAIR_IDS } from './pairIds'

/** The app's build-time settings, validated. See `docs` in README / env.ts for the variables. */
export type Env = {
  /** WalletConnect (Reown) project id; without it no WalletConnect-based wallet is offered. */
  walletConnectProjectId: string | undefined
  /** RPC URL per chain id, from `VITE_RPC_<chainId>`. */
  rpcOverrides: Readonly<Record<number, string>>
  /** The built-in pairs to offer, in order (`VITE_PAIRS`, default: the public pairs). */
  pairIds: readonly BuiltInPairId[]
  /** The pair selected when neither the URL nor a previous visit chose one (`VITE_DEFAULT_PAIR`). */
  defaultPairId: BuiltInPairId
}

/** Every problem found in the environment, one line each ("VITE_PAIRS: unknown pair …"). */
export class EnvError extends Error {
  override name = 'EnvError'
  readonly problems: readonly string[]
  constructor(problems: readonly string[]) {
    super(`Invalid Ferry configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.problems = problems
  }
}

const KNOWN_KEYS = ['VITE_WALLETCONNECT_PROJECT_ID', 'VITE_PAIRS', 'VITE_DEFAULT_PAIR'] as const
const RPC_KEY = /^VITE_RPC_(.*)$/

/** `true` when `value` parses as an absolute http: or https: URL. */
export function isHttpUrl(value: string): boolean {
  if (value.trim() !== value || value === '') return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

function readString(raw: Record<string, unknown>, key: string): string | undefined {
  const value = raw[key]
  if (value === undefined || value === null) return undefined
  const text = String(value).trim()
  return text === '' ? undefined : text
}

/**
 * Validates the `VITE_*` variables (as found in `import.meta.env` or Vite's `loadEnv`). Returns
 * the settings or throws an `EnvError` listing every problem. Pure: tests call it directly.
 */
export function parseEnv(raw: Record<string, unknown>): Env {
  const problems: string[] = []
  const known = BUILT_IN_PAIR_IDS.join(', ')

  for (const key of Object.keys(raw)) {
    if (!key.startsWith('VITE_')) continue
    if ((KNOWN_KEYS as readonly string[]).includes(key) || RPC_KEY.test(key)) continue
    problems.push(
      `${key}: unknown variable (Ferry reads ${KNOWN_KEYS.join(', ')} and VITE_RPC_<chainId>)`,
    )
  }

  let walletConnectProjectId = readString(raw, 'VITE_WALLETCONNECT_PROJECT_ID')
  if (walletConnectProjectId !== undefined && !/^[0-9a-fA-F]{32}$/.test(walletConnectProjectId)) {
    problems.push(
      `VITE_WALLETCONNECT_PROJECT_ID: expected the 32-character hexadecimal project id from the Reown (WalletConnect) dashboard, got "${walletConnectProjectId}"`,
    )
    walletConnectProjectId = undefined
  }

  const rpcOverrides: Record<number, string> = {}
  for (const key of Object.keys(raw).sort()) {
    const match = RPC_KEY.exec(key)
    if (!match) continue
    const suffix = match[1] ?? ''
    const chainId = Number(suffix)
    if (!/^[1-9][0-9]*$/.test(suffix) || !Number.isSafeInteger(chainId)) {
      problems.push(`${key}: the part after VITE_RPC_ must be a chain id (e.g. VITE_RPC_1)`)
      continue
    }
    const url = readString(raw, key)
    if (url === undefined) continue
    if (!isHttpUrl(url)) {
      problems.push(`${key}: must be an http(s) URL, got "${url}"`)
      continue
    }
    rpcOverrides[chainId] = url
  }

  let pairIds: BuiltInPairId[] = [...PUBLIC_PAIR_IDS]
  const pairsText = readString(raw, 'VITE_PAIRS')
  if (pairsText !== undefined) {
    const listed = pairsText.split(',').map((id) => id.trim())
    const valid: BuiltInPairId[] = []
    for (const id of listed) {
      if (id === '') {
        problems.push(`VITE_PAIRS: empty entry in "${pairsText}" (a comma list of pair ids)`)
      } else if (!isBuiltInPairId(id)) {
        problems.push(`VITE_PAIRS: unknown pair "${id}" (known: ${known})`)
      } else if (valid.includes(id)) {
        problems.push(`VITE_PAIRS: "${id}" is listed twice`)
      } else {
        valid.push(id)
      }
    }
    if (valid.length > 0) pairIds = valid
  }

  let defaultPairId = pairIds[0] as BuiltInPairId
  const defaultText = readString(raw, 'VITE_DEFAULT_PAIR')
  if (defaultText !== undefined) {
    if (!isBuiltInPairId(defaultText)) {
      problems.push(`VITE_DEFAULT_PAIR: unknown pair "${defaultText}" (known: ${known})`)
    } else if (!pairIds.includes(defaultText)) {
      problems.push(
        `VITE_DEFAULT_PAIR: "${defaultText}" is not one of the offered pairs (${pairIds.join(', ')}); add it to VITE_PAIRS`,
      )
    } else {
      defaultPairId = defaultText
    }
  }

  if (problems.length > 0) throw new EnvError(problems)
  return { walletConnectProjectId, rpcOverrides, pairIds, defaultPairId }
}
