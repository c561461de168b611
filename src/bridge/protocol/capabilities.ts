import { type Client, MethodNotFoundRpcError, numberToHex, zeroAddress, zeroHash } from 'viem'

// What a ZK chain's RPC can do, probed once: Era nodes answer the whole zks_* namespace, ZKsync
// OS servers only a few methods (real-networks.md §1). Behaviour is keyed on these answers,
// never on chain ids.

/** The optional zks_* methods Ferry can use when a chain has them. */
export type ZksCapabilities = {
  /** `zks_estimateGasL1ToL2`: the node estimates an L1→L2 request itself. */
  estimateGasL1ToL2: boolean
  /** `zks_getL1BatchDetails` / `zks_getBlockDetails`: batch stages and their times. */
  batchDetails: boolean
  /** `zks_getTransactionDetails`: a transaction's status and its batch's L1 transactions. */
  transactionDetails: boolean
}

/** How Ferry names a chain's kind to users (the network menu): from what it answered. */
export type ChainKind = 'era' | 'zksync-os'

export type ChainCapabilities = ZksCapabilities & { kind: ChainKind }

/** The probes, each a harmless call whose only interesting answer is "method not found". */
const PROBES: Record<keyof ZksCapabilities, { method: string; params: unknown[] }> = {
  estimateGasL1ToL2: {
    method: 'zks_estimateGasL1ToL2',
    params: [{ from: zeroAddress, to: zeroAddress, data: '0x', value: numberToHex(0) }],
  },
  batchDetails: { method: 'zks_getL1BatchDetails', params: [0] },
  transactionDetails: { method: 'zks_getTransactionDetails', params: [zeroHash] },
}

/** A method exists unless the node says it does not (-32601); any other answer means it does. */
export function isMethodMissing(error: unknown): boolean {
  let e: unknown = error
  for (let depth = 0; e instanceof Error && depth < 10; depth++) {
    if (e instanceof MethodNotFoundRpcError) return true
    if ((e as { code?: unknown }).code === MethodNotFoundRpcError.code) return true
    e = e.cause
  }
  return false
}

/** Names the kind from the capabilities: a node without Era's batch methods is a ZKsync OS one. */
export function chainKindOf(capabilities: ZksCapabilities): ChainKind {
  return capabilities.batchDetails && capabilities.transactionDetails ? 'era' : 'zksync-os'
}

/** Asks the chain's RPC which optional zks_* methods it has (three calls, one batch). */
export async function probeChainCapabilities(l2: Client): Promise<ChainCapabilities> {
  const entries = await Promise.all(
    (
      Object.entries(PROBES) as [keyof ZksCapabilities, (typeof PROBES)[keyof ZksCapabilities]][]
    ).map(async ([name, probe]) => {
      try {
        await l2.request({ method: probe.method, params: probe.params } as never)
        return [name, true] as const
      } catch (error) {
        if (isMethodMissing(error)) return [name, false] as const
        // any other refusal (bad params, a revert in the estimate) comes from a node that has it
        if (isRpcAnswer(error)) return [name, true] as const
        throw error
      }
    }),
  )
  const capabilities = Object.fromEntries(entries) as ZksCapabilities
  return { ...capabilities, kind: chainKindOf(capabilities) }
}

/** -32005: the provider's rate limit, which says nothing about the method. */
const LIMIT_EXCEEDED = -32005

/** The node answered the call itself with a JSON-RPC error (not a network failure or a limit). */
function isRpcAnswer(error: unknown): boolean {
  let e: unknown = error
  for (let depth = 0; e instanceof Error && depth < 10; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'number' && code < 0) return code !== LIMIT_EXCEEDED
    e = e.cause
  }
  return false
}

const cache = new WeakMap<Client, Promise<ChainCapabilities>>()

/**
 * The chain's capabilities, probed once per client (a failed probe is retried next time).
 * Capabilities change only with a node upgrade; a reload probes again.
 */
export function getChainCapabilities(l2: Client): Promise<ChainCapabilities> {
  const known = cache.get(l2)
  if (known) return known
  const probing = probeChainCapabilities(l2)
  cache.set(l2, probing)
  probing.catch(() => cache.delete(l2))
  return probing
}
