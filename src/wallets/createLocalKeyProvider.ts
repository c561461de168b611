import {
  type AccessList,
  type Address,
  BaseError,
  type Chain,
  createWalletClient,
  defineChain,
  type Hex,
  hexToBigInt,
  hexToNumber,
  http,
  isAddressEqual,
  isHex,
  type LocalAccount,
  numberToHex,
  RpcRequestError,
  type TypedDataDefinition,
} from 'viem'

// An EIP-1193 provider whose keys live in memory (viem local accounts): it signs locally and
// forwards everything else to the current chain's JSON-RPC. Framework-free: the in-app
// "Devnet test wallet" runs it in the browser, the e2e wallet fixture runs it in Node.

/** A chain the wallet knows: where its JSON-RPC is, and optionally its viem definition. */
export type LocalKeyChain = { id: number; rpcUrl: string; chain?: Chain }

export type LocalKeyProviderParameters = {
  accounts: readonly LocalAccount[]
  chains: readonly LocalKeyChain[]
  /** Chain selected at start (default: the first). */
  chainId?: number
  /** Active account at start (default 0). */
  accountIndex?: number
  /** Whether the site is already authorized (then `eth_accounts` answers without a request). */
  authorized?: boolean
  /** Told whenever authorization, the active account or the chain changes (to persist them). */
  onStateChange?: (state: LocalKeyProviderState) => void
  fetch?: typeof fetch
}

export type LocalKeyProviderState = { authorized: boolean; accountIndex: number; chainId: number }

export type LocalKeyProviderEvent =
  | 'accountsChanged'
  | 'chainChanged'
  | 'connect'
  | 'disconnect'
  | 'message'

type Listener = (...args: never[]) => void

export type LocalKeyProvider = {
  request(args: { method: string; params?: unknown }): Promise<unknown>
  on(event: LocalKeyProviderEvent, listener: Listener): void
  removeListener(event: LocalKeyProviderEvent, listener: Listener): void
  /** Addresses of all accounts, by index. */
  readonly addresses: readonly Address[]
  getState(): LocalKeyProviderState
  /** Makes another account active (emits `accountsChanged` when authorized). */
  setAccountIndex(index: number): void
  /** Moves the wallet to another known chain (emits `chainChanged`), as a user would. */
  setChainId(chainId: number): void
}

/** An EIP-1193 error: what `request` rejects with. */
export class ProviderRpcError extends Error {
  override name = 'ProviderRpcError'
  readonly code: number
  readonly data: unknown
  constructor(code: number, message: string, data?: unknown) {
    super(message)
    this.code = code
    this.data = data
  }
}

export const USER_REJECTED = 4001
export const UNAUTHORIZED = 4100
export const UNSUPPORTED_METHOD = 4200
export const UNRECOGNIZED_CHAIN = 4902

type RpcTransaction = {
  from?: Address
  to?: Address | null
  data?: Hex
  input?: Hex
  value?: Hex
  gas?: Hex
  gasPrice?: Hex
  maxFeePerGas?: Hex
  maxPriorityFeePerGas?: Hex
  nonce?: Hex
  type?: Hex
  accessList?: AccessList
  chainId?: Hex
}

function paramsArray(params: unknown): unknown[] {
  return Array.isArray(params) ? params : params === undefined ? [] : [params]
}

function optionalBigInt(value: Hex | undefined): bigint | undefined {
  return value === undefined ? undefined : hexToBigInt(value)
}

/** Pulls the JSON-RPC error (code, data) out of a viem error so the caller sees the node's own. */
function toProviderError(error: unknown): ProviderRpcError {
  if (error instanceof ProviderRpcError) return error
  if (error instanceof BaseError) {
    const rpc = error.walk((e) => e instanceof RpcRequestError)
    if (rpc instanceof RpcRequestError)
      return new ProviderRpcError(rpc.code, rpc.details || rpc.shortMessage, rpc.data)
    const coded = error.walk((e) => typeof (e as { code?: unknown }).code === 'number') as {
      code: number
      data?: unknown
    } | null
    return new ProviderRpcError(coded?.code ?? -32603, error.shortMessage, coded?.data)
  }
  return new ProviderRpcError(-32603, error instanceof Error ? error.message : String(error))
}

export function createLocalKeyProvider(parameters: LocalKeyProviderParameters): LocalKeyProvider {
  const { accounts } = parameters
  if (accounts.length === 0) throw new Error('createLocalKeyProvider: no accounts')
  const chains = new Map<number, LocalKeyChain>(parameters.chains.map((c) => [c.id, c]))
  const first = parameters.chains[0]
  if (!first) throw new Error('createLocalKeyProvider: no chains')
  let chainId =
    parameters.chainId !== undefined && chains.has(parameters.chainId)
      ? parameters.chainId
      : first.id
  let accountIndex =
    parameters.accountIndex !== undefined && accounts[parameters.accountIndex]
      ? parameters.accountIndex
      : 0
  let authorized = parameters.authorized ?? false
  const fetchFn = parameters.fetch ?? globalThis.fetch.bind(globalThis)
  const listeners = new Map<string, Set<Listener>>()
  let rpcId = 0

  const emit = (event: LocalKeyProviderEvent, ...args: unknown[]) => {
    for (const listener of [...(listeners.get(event) ?? [])])
      (listener as (...a: unknown[]) => void)(...args)
  }
  const notify = () => parameters.onStateChange?.({ authorized, accountIndex, chainId })
  const active = () => accounts[accountIndex] as LocalAccount
  const current = () => chains.get(chainId) as LocalKeyChain

  const assertAccount = (address: unknown) => {
    if (!authorized)
      throw new ProviderRpcError(UNAUTHORIZED, 'The site is not connected to this wallet.')
    if (
      typeof address !== 'string' ||
      !isHex(address) ||
      !isAddressEqual(address, active().address)
    )
      throw new ProviderRpcError(UNAUTHORIZED, `Unknown or inactive account ${String(address)}.`)
  }

  const forward = async (method: string, params: unknown): Promise<unknown> => {
    const response = await fetchFn(current().rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: ++rpcId, method, params: params ?? [] }),
    }).catch((error: unknown) => {
      throw new ProviderRpcError(
        -32603,
        `Chain ${chainId} RPC unreachable: ${error instanceof Error ? error.message : String(error)}`,
      )
    })
    const body = (await response.json().catch(() => undefined)) as
      | { result?: unknown; error?: { code: number; message: string; data?: unknown } }
      | undefined
    if (!body)
      throw new ProviderRpcError(-32603, `Chain ${chainId} RPC answered HTTP ${response.status}`)
    if (body.error) throw new ProviderRpcError(body.error.code, body.error.message, body.error.data)
    return body.result
  }

  const switchTo = (next: number) => {
    if (!chains.has(next))
      throw new ProviderRpcError(UNRECOGNIZED_CHAIN, `Unrecognized chain ID ${numberToHex(next)}.`)
    if (next === chainId) return
    chainId = next
    notify()
    emit('chainChanged', numberToHex(next))
  }

  const sendTransaction = async (tx: RpcTransaction): Promise<Hex> => {
    assertAccount(tx.from ?? active().address)
    const known = current()
    const chain =
      known.chain ??
      defineChain({
        id: known.id,
        name: `Chain ${known.id}`,
        nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
        rpcUrls: { default: { http: [known.rpcUrl] } },
      })
    if (tx.chainId !== undefined && hexToNumber(tx.chainId) !== chainId)
      throw new ProviderRpcError(
        -32602,
        `The transaction is for chain ${hexToNumber(tx.chainId)}, the wallet is on ${chainId}.`,
      )
    const client = createWalletClient({
      account: active(),
      chain,
      transport: http(known.rpcUrl, { fetchFn, retryCount: 0 }),
    })
    const common = {
      to: tx.to ?? undefined,
      data: tx.data ?? tx.input,
      value: optionalBigInt(tx.value),
      gas: optionalBigInt(tx.gas),
      nonce: tx.nonce === undefined ? undefined : hexToNumber(tx.nonce),
    }
    try {
      if (tx.gasPrice !== undefined || tx.type === '0x0')
        return await client.sendTransaction({
          ...common,
          type: 'legacy',
          gasPrice: optionalBigInt(tx.gasPrice),
        } as Parameters<typeof client.sendTransaction>[0])
      return await client.sendTransaction({
        ...common,
        maxFeePerGas: optionalBigInt(tx.maxFeePerGas),
        maxPriorityFeePerGas: optionalBigInt(tx.maxPriorityFeePerGas),
        accessList: tx.accessList,
      } as Parameters<typeof client.sendTransaction>[0])
    } catch (error) {
      throw toProviderError(error)
    }
  }

  const request = async ({ method, params }: { method: string; params?: unknown }) => {
    const args = paramsArray(params)
    switch (method) {
      case 'eth_requestAccounts':
        if (!authorized) {
          authorized = true
          notify()
          emit('connect', { chainId: numberToHex(chainId) })
        }
        return [active().address]
      case 'eth_accounts':
        return authorized ? [active().address] : []
      case 'eth_chainId':
        return numberToHex(chainId)
      case 'net_version':
        return String(chainId)
      case 'wallet_requestPermissions':
        authorized = true
        notify()
        return [
          {
            parentCapability: 'eth_accounts',
            caveats: [{ type: 'restrictReturnedAccounts', value: [active().address] }],
          },
        ]
      case 'wallet_getPermissions':
        return authorized
          ? [
              {
                parentCapability: 'eth_accounts',
                caveats: [{ type: 'restrictReturnedAccounts', value: [active().address] }],
              },
            ]
          : []
      case 'wallet_revokePermissions':
        if (authorized) {
          authorized = false
          notify()
          emit('accountsChanged', [])
        }
        return null
      case 'wallet_switchEthereumChain': {
        const [target] = args as [{ chainId?: Hex } | undefined]
        if (!target?.chainId || !isHex(target.chainId))
          throw new ProviderRpcError(-32602, 'wallet_switchEthereumChain: expected [{ chainId }]')
        switchTo(hexToNumber(target.chainId))
        return null
      }
      case 'wallet_addEthereumChain': {
        const [target] = args as [{ chainId?: Hex; rpcUrls?: string[] } | undefined]
        if (!target?.chainId || !isHex(target.chainId))
          throw new ProviderRpcError(
            -32602,
            'wallet_addEthereumChain: expected [{ chainId, rpcUrls }]',
          )
        const id = hexToNumber(target.chainId)
        if (!chains.has(id)) {
          const rpcUrl = target.rpcUrls?.find((url) => /^https?:\/\//.test(url))
          if (!rpcUrl)
            throw new ProviderRpcError(-32602, 'wallet_addEthereumChain: no http(s) RPC URL')
          chains.set(id, { id, rpcUrl })
        }
        switchTo(id)
        return null
      }
      case 'wallet_watchAsset':
        return true
      case 'eth_sendTransaction':
        return sendTransaction((args[0] ?? {}) as RpcTransaction)
      case 'personal_sign': {
        const [message, address] = args as [Hex | string, Address]
        assertAccount(address)
        return active().signMessage({
          message: isHex(message) ? { raw: message } : String(message),
        })
      }
      case 'eth_signTypedData_v4': {
        const [address, data] = args as [Address, string | object]
        assertAccount(address)
        const typed = (typeof data === 'string' ? JSON.parse(data) : data) as TypedDataDefinition
        return active().signTypedData(typed)
      }
      case 'eth_sign':
      case 'eth_signTransaction':
        throw new ProviderRpcError(UNSUPPORTED_METHOD, `${method} is not supported by this wallet.`)
      default:
        if (method.startsWith('wallet_'))
          throw new ProviderRpcError(
            UNSUPPORTED_METHOD,
            `${method} is not supported by this wallet.`,
          )
        return forward(method, params)
    }
  }

  return {
    request,
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>()
      listeners.set(event, set)
      set.add(listener)
    },
    removeListener(event, listener) {
      listeners.get(event)?.delete(listener)
    },
    addresses: accounts.map((a) => a.address),
    getState: () => ({ authorized, accountIndex, chainId }),
    setAccountIndex(index) {
      if (!accounts[index]) throw new Error(`No account ${index} (0..${accounts.length - 1})`)
      if (index === accountIndex) return
      accountIndex = index
      notify()
      if (authorized) emit('accountsChanged', [active().address])
    },
    setChainId(next) {
      if (!chains.has(next)) throw new Error(`Unknown chain ${next}`)
      switchTo(next)
    },
  }
}
