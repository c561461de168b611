import type { Address, Hex } from 'viem'
import { clip, JSON_RPC_INVALID_PARAMS, JsonRpcError } from './errors'

// A typed reader of positional JSON-RPC params for handlers: each getter returns the value or
// throws -32602 naming the argument and what was expected.

export const BLOCK_TAG_NAMES = [
  'latest',
  'earliest',
  'pending',
  'safe',
  'finalized',
  'committed',
  'l1_committed',
  'fast_finalized',
  'precommitted',
] as const

export type BlockTagName = (typeof BLOCK_TAG_NAMES)[number]

/** A block parameter: tag, number (hex quantity) or EIP-1898 object. */
export type BlockParam =
  | BlockTagName
  | Hex
  | { blockNumber: Hex }
  | { blockHash: Hex; requireCanonical?: boolean }

export type ParamOptions = { optional?: boolean }

/** Reads one positional parameter; `{ optional: true }` turns a missing or `null` value into `undefined`. */
export type ParamGetter<T> = {
  (index: number, name: string, options?: { optional?: false }): T
  (index: number, name: string, options: { optional: true }): T | undefined
  (index: number, name: string, options?: ParamOptions): T | undefined
}

export type ParamReader = {
  readonly length: number
  /** The value as sent (no check). */
  raw(index: number): unknown
  /** 32-byte hex (`0x` + 64 hex digits). */
  hash: ParamGetter<Hex>
  /** 20-byte hex (any case; the checksum is not enforced). */
  address: ParamGetter<Address>
  /** `0x`-prefixed hex bytes (even length, `0x` allowed). */
  hex: ParamGetter<Hex>
  /** Hex quantity (`0x1b4`), up to 256 bits. */
  quantity: ParamGetter<bigint>
  /** Non-negative safe integer, as a JSON number or a hex quantity string. */
  number: ParamGetter<number>
  /** Block tag name, hex block number, or `{ blockNumber }` / `{ blockHash, requireCanonical? }`. */
  blockTag: ParamGetter<BlockParam>
  object: ParamGetter<Record<string, unknown>>
  array: ParamGetter<unknown[]>
  bool: ParamGetter<boolean>
  string: ParamGetter<string>
  /** Throws -32602 if more than `count` params were sent. */
  atMost(count: number): ParamReader
}

const HASH = /^0x[0-9a-fA-F]{64}$/

const ADDRESS = /^0x[0-9a-fA-F]{40}$/

const HEX_BYTES = /^0x(?:[0-9a-fA-F]{2})*$/

const QUANTITY = /^0x[0-9a-fA-F]{1,64}$/

/**
 * A typed reader over positional JSON-RPC params. Each getter returns the value or throws a
 * `JsonRpcError(-32602)` naming the argument and what was expected, e.g.
 * `params(p).hash(0, 'transactionHash')`, `params(p).number(1, 'index', { optional: true })`.
 */
export function params(list: readonly unknown[]): ParamReader {
  const getter = <T>(
    expected: string,
    convert: (value: unknown) => T | undefined,
  ): ParamGetter<T> =>
    ((index: number, name: string, options?: ParamOptions): T | undefined => {
      const value = list[index]
      if (value === undefined || value === null) {
        if (options?.optional) return undefined
        throw invalidParams(
          `missing value for required argument ${index} (${name}): expected ${expected}`,
        )
      }
      const converted = convert(value)
      if (converted === undefined)
        throw invalidParams(
          `argument ${index} (${name}) must be ${expected}, got ${describeValue(value)}`,
        )
      return converted
    }) as ParamGetter<T>

  const matching = (pattern: RegExp) => (value: unknown) =>
    typeof value === 'string' && pattern.test(value) ? (value as Hex) : undefined

  const reader: ParamReader = {
    length: list.length,
    raw: (index) => list[index],
    hash: getter('a 32-byte hex hash', matching(HASH)),
    address: getter(
      'a 20-byte hex address',
      (value) => matching(ADDRESS)(value) as Address | undefined,
    ),
    hex: getter('0x-prefixed hex bytes', matching(HEX_BYTES)),
    quantity: getter('a hex quantity such as "0x1b4"', (value) =>
      typeof value === 'string' && QUANTITY.test(value) ? BigInt(value) : undefined,
    ),
    number: getter('a non-negative integer (JSON number or hex quantity)', (value) => {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && QUANTITY.test(value)
            ? Number(BigInt(value))
            : Number.NaN
      return Number.isSafeInteger(n) && n >= 0 ? n : undefined
    }),
    blockTag: getter(
      `a block tag (${BLOCK_TAG_NAMES.join(', ')}), a hex block number or {blockNumber}/{blockHash}`,
      toBlockParam,
    ),
    object: getter('an object', (value) =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : undefined,
    ),
    array: getter('an array', (value) => (Array.isArray(value) ? (value as unknown[]) : undefined)),
    bool: getter('a boolean', (value) => (typeof value === 'boolean' ? value : undefined)),
    string: getter('a string', (value) => (typeof value === 'string' ? value : undefined)),
    atMost(count) {
      if (list.length > count)
        throw invalidParams(`too many arguments: expected at most ${count}, got ${list.length}`)
      return reader
    },
  }
  return reader
}

function toBlockParam(value: unknown): BlockParam | undefined {
  if (typeof value === 'string') {
    if ((BLOCK_TAG_NAMES as readonly string[]).includes(value)) return value as BlockTagName
    return QUANTITY.test(value) ? (value as Hex) : undefined
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const object = value as Record<string, unknown>
  if (typeof object.blockNumber === 'string' && QUANTITY.test(object.blockNumber))
    return { blockNumber: object.blockNumber as Hex }
  if (typeof object.blockHash === 'string' && HASH.test(object.blockHash)) {
    const requireCanonical = object.requireCanonical
    if (requireCanonical !== undefined && typeof requireCanonical !== 'boolean') return undefined
    return requireCanonical === undefined
      ? { blockHash: object.blockHash as Hex }
      : { blockHash: object.blockHash as Hex, requireCanonical }
  }
  return undefined
}

function invalidParams(detail: string) {
  return new JsonRpcError(JSON_RPC_INVALID_PARAMS, `Invalid params: ${detail}`)
}

function describeValue(value: unknown): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return clip(text, 80)
}
