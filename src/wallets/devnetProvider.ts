import { type Address, type Chain, numberToHex } from 'viem'
import type {
  LocalKeyProvider,
  LocalKeyProviderEvent,
  LocalKeyProviderState,
} from './createLocalKeyProvider'

// The EIP-1193 provider behind the "Devnet test wallet". It is a thin shim: the keys (derived
// from the anvil dev mnemonic) and the signing code load on the first request that needs them,
// so the wallet costs nothing on the first page load, and not at all when the user never
// picks it. Its state (connected, active account, chain) survives reloads in localStorage.

const STORAGE_KEY = 'ferry.devnetWallet'

type Listener = (...args: never[]) => void

export type DevnetWalletSnapshot = {
  /** The dev accounts (0..9) once the keys are loaded, else undefined. */
  addresses: readonly Address[] | undefined
  accountIndex: number
  authorized: boolean
}

export type DevnetProvider = {
  request(args: { method: string; params?: unknown }): Promise<unknown>
  on(event: LocalKeyProviderEvent, listener: Listener): void
  removeListener(event: LocalKeyProviderEvent, listener: Listener): void
  /** Makes dev account `index` active (emits `accountsChanged`). */
  setAccountIndex(index: number): Promise<void>
  getSnapshot(): DevnetWalletSnapshot
  subscribe(callback: () => void): () => void
}

function readStored(): Partial<LocalKeyProviderState> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')
    if (typeof value !== 'object' || value === null) return {}
    const { authorized, accountIndex, chainId } = value as Record<string, unknown>
    return {
      authorized: authorized === true,
      accountIndex: typeof accountIndex === 'number' ? accountIndex : 0,
      chainId: typeof chainId === 'number' ? chainId : undefined,
    }
  } catch {
    return {}
  }
}

function store(state: LocalKeyProviderState) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state))
  } catch {
    // private mode: state just does not persist
  }
}

let instance: DevnetProvider | undefined

/** The one devnet wallet provider of this page, over the given chains. */
export function getDevnetProvider(chains: readonly Chain[]): DevnetProvider {
  instance ??= createDevnetProvider(chains)
  return instance
}

function createDevnetProvider(chains: readonly Chain[]): DevnetProvider {
  const stored = readStored()
  const firstChain = chains[0]
  if (!firstChain) throw new Error('The devnet wallet needs at least one chain')
  let state: LocalKeyProviderState = {
    authorized: stored.authorized ?? false,
    accountIndex: stored.accountIndex ?? 0,
    chainId: chains.some((c) => c.id === stored.chainId)
      ? (stored.chainId as number)
      : firstChain.id,
  }
  const listeners = new Map<LocalKeyProviderEvent, Set<Listener>>()
  const subscribers = new Set<() => void>()
  let snapshot: DevnetWalletSnapshot = {
    addresses: undefined,
    accountIndex: state.accountIndex,
    authorized: state.authorized,
  }
  const publish = (next: Partial<DevnetWalletSnapshot>) => {
    snapshot = { ...snapshot, ...next }
    for (const callback of subscribers) callback()
  }

  let loading: Promise<LocalKeyProvider> | undefined
  const load = () => {
    loading ??= import('./loadDevnetWallet').then(({ loadDevnetWallet }) => {
      const provider = loadDevnetWallet({
        chains,
        state,
        onStateChange: (next) => {
          state = next
          store(next)
          publish({ accountIndex: next.accountIndex, authorized: next.authorized })
        },
      })
      for (const event of ['accountsChanged', 'chainChanged', 'connect', 'disconnect'] as const)
        provider.on(event, ((...args: unknown[]) => {
          for (const listener of [...(listeners.get(event) ?? [])])
            (listener as (...a: unknown[]) => void)(...args)
        }) as Listener)
      publish({ addresses: provider.addresses })
      return provider
    })
    return loading
  }

  // Answers that need no keys, so wagmi's reconnect on page load does not load them.
  const answerWithoutKeys = (method: string): { answer: unknown } | undefined => {
    if (loading) return undefined
    if (method === 'eth_chainId') return { answer: numberToHex(state.chainId) }
    if (method === 'net_version') return { answer: String(state.chainId) }
    if (!state.authorized && (method === 'eth_accounts' || method === 'wallet_getPermissions'))
      return { answer: [] }
    if (!state.authorized && method === 'wallet_revokePermissions') return { answer: null }
    return undefined
  }

  return {
    async request(args) {
      const quick = answerWithoutKeys(args.method)
      if (quick) return quick.answer
      return (await load()).request(args)
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>()
      listeners.set(event, set)
      set.add(listener)
    },
    removeListener(event, listener) {
      listeners.get(event)?.delete(listener)
    },
    async setAccountIndex(index) {
      ;(await load()).setAccountIndex(index)
    },
    getSnapshot: () => snapshot,
    subscribe(callback) {
      subscribers.add(callback)
      // A connected devnet wallet shows its account list: load the keys.
      if (state.authorized) void load()
      return () => subscribers.delete(callback)
    },
  }
}
