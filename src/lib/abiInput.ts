import {
  type Abi,
  type AbiFunction,
  type AbiParameter,
  type Address,
  encodeFunctionData,
  getAddress,
  type Hex,
  isAddress,
  isHex,
  parseAbi,
  size,
} from 'viem'

// Parsing what a user pastes to describe an L2 call (a JSON ABI or human-readable signatures),
// and turning the text they type into each argument field into typed values for viem.

export type ParseAbiResult = { ok: true; functions: AbiFunction[] } | { ok: false; message: string }

/**
 * Accepts a JSON ABI (array, or an object with an `abi` array, as build tools emit) or one or
 * more human-readable signatures (`function transfer(address to, uint256 amount)`, one per
 * line; the `function` keyword is optional). Returns the non-view-only callable functions first.
 */
export function parseAbiInput(text: string): ParseAbiResult {
  const trimmed = text.trim()
  if (!trimmed) return { ok: false, message: 'Paste an ABI (JSON) or a function signature.' }
  let abi: Abi
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let json: unknown
    try {
      json = JSON.parse(trimmed)
    } catch (error) {
      return {
        ok: false,
        message: `This looks like JSON but does not parse: ${(error as Error).message}`,
      }
    }
    const list = Array.isArray(json)
      ? json
      : Array.isArray((json as { abi?: unknown }).abi)
        ? (json as { abi: unknown[] }).abi
        : undefined
    if (!list)
      return { ok: false, message: 'The JSON must be an ABI array (or have an "abi" array).' }
    abi = list as Abi
  } else {
    const lines = trimmed
      .split(/\n|;/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) =>
        /^(function|event|error|constructor)\b/.test(line) ? line : `function ${line}`,
      )
    try {
      abi = parseAbi(lines)
    } catch (error) {
      const detail = (error as { shortMessage?: string }).shortMessage ?? (error as Error).message
      return { ok: false, message: `Not a valid signature: ${detail}` }
    }
  }
  const functions = abi.filter(
    (item): item is AbiFunction =>
      typeof item === 'object' && item !== null && item.type === 'function',
  )
  if (functions.length === 0) return { ok: false, message: 'The ABI has no functions to call.' }
  for (const fn of functions)
    if (typeof fn.name !== 'string' || !Array.isArray(fn.inputs))
      return { ok: false, message: 'Every function in the ABI needs a name and an inputs list.' }
  const writes = functions.filter(
    (f) => f.stateMutability !== 'view' && f.stateMutability !== 'pure',
  )
  const reads = functions.filter(
    (f) => f.stateMutability === 'view' || f.stateMutability === 'pure',
  )
  return { ok: true, functions: [...writes, ...reads] }
}

export type CoerceResult = { ok: true; value: unknown } | { ok: false; message: string }

const INT = /^(u?)int(\d*)$/
const BYTES = /^bytes(\d+)$/

/**
 * The typed value of one argument from what the user typed. Scalars are typed as is (numbers in
 * decimal or 0x-hex, booleans as true/false); arrays and tuples as JSON (`[1, 2]`,
 * `["0x…", "0x…"]`, `{"a": 1}` or `[1, "x"]` for tuples). Messages name what is wrong.
 */
export function coerceArgument(param: AbiParameter, text: string): CoerceResult {
  return coerceValue(param, text.trim(), param.name || param.type)
}

function coerceValue(param: AbiParameter, raw: unknown, label: string): CoerceResult {
  const type = param.type
  const array = /^(.*)\[(\d*)\]$/.exec(type)
  if (array) {
    const inner = { ...param, type: array[1] as string }
    const items = typeof raw === 'string' ? parseJson(raw) : raw
    if (!Array.isArray(items))
      return { ok: false, message: `${label}: expected a list like [a, b] for ${type}` }
    if (array[2] && items.length !== Number(array[2]))
      return {
        ok: false,
        message: `${label}: ${type} needs exactly ${array[2]} items, got ${items.length}`,
      }
    const out: unknown[] = []
    for (const [i, item] of items.entries()) {
      const r = coerceValue(inner as AbiParameter, item, `${label}[${i}]`)
      if (!r.ok) return r
      out.push(r.value)
    }
    return { ok: true, value: out }
  }
  if (type === 'tuple') {
    const components = (param as { components?: readonly AbiParameter[] }).components ?? []
    const value = typeof raw === 'string' ? parseJson(raw) : raw
    const list = Array.isArray(value)
      ? value
      : value && typeof value === 'object'
        ? components.map((c) => (value as Record<string, unknown>)[c.name ?? ''])
        : undefined
    if (!list || list.length !== components.length)
      return {
        ok: false,
        message: `${label}: expected ${components.length} fields (${components.map((c) => c.name || c.type).join(', ')})`,
      }
    const out: unknown[] = []
    for (const [i, component] of components.entries()) {
      const r = coerceValue(component, list[i], `${label}.${component.name || i}`)
      if (!r.ok) return r
      out.push(r.value)
    }
    return { ok: true, value: out }
  }
  const text = typeof raw === 'string' ? raw.trim() : raw
  if (type === 'address') {
    if (typeof text !== 'string' || !isAddress(text, { strict: false }))
      return { ok: false, message: `${label}: not an address (0x followed by 40 hex digits)` }
    if (/[a-f]/.test(text.slice(2)) && /[A-F]/.test(text.slice(2)) && !isAddress(text))
      return { ok: false, message: `${label}: the checksum does not match (check for a typo)` }
    return { ok: true, value: getAddress(text) as Address }
  }
  if (type === 'bool') {
    if (text === true || text === 'true') return { ok: true, value: true }
    if (text === false || text === 'false') return { ok: true, value: false }
    return { ok: false, message: `${label}: type true or false` }
  }
  if (type === 'string') {
    if (typeof text !== 'string') return { ok: false, message: `${label}: expected text` }
    return { ok: true, value: text }
  }
  if (type === 'bytes') {
    if (typeof text !== 'string' || !isHex(text, { strict: true }) || text.length % 2 !== 0)
      return {
        ok: false,
        message: `${label}: expected hex bytes like 0x1234 (an even number of digits)`,
      }
    return { ok: true, value: text as Hex }
  }
  const bytes = BYTES.exec(type)
  if (bytes) {
    const n = Number(bytes[1])
    if (typeof text !== 'string' || !isHex(text, { strict: true }) || text.length % 2 !== 0)
      return { ok: false, message: `${label}: expected ${n} bytes of hex (0x + ${2 * n} digits)` }
    if (size(text as Hex) !== n)
      return {
        ok: false,
        message: `${label}: ${type} needs exactly ${n} bytes, got ${size(text as Hex)}`,
      }
    return { ok: true, value: text as Hex }
  }
  const int = INT.exec(type)
  if (int) {
    const unsigned = int[1] === 'u'
    const bits = Number(int[2] || 256)
    const value =
      typeof text === 'number' && Number.isSafeInteger(text)
        ? BigInt(text)
        : typeof text === 'string'
          ? parseInteger(text)
          : undefined
    if (value === undefined)
      return { ok: false, message: `${label}: expected a whole number (decimal or 0x-hex)` }
    const min = unsigned ? 0n : -(2n ** BigInt(bits - 1))
    const max = unsigned ? 2n ** BigInt(bits) - 1n : 2n ** BigInt(bits - 1) - 1n
    if (value < min || value > max)
      return {
        ok: false,
        message: `${label}: out of range for ${type} (${unsigned ? 'from 0' : `from ${min}`} to ${max})`,
      }
    return { ok: true, value }
  }
  return { ok: false, message: `${label}: the type ${type} is not supported` }
}

function parseInteger(text: string): bigint | undefined {
  const t = text.replaceAll('_', '')
  if (/^-?\d+$/.test(t)) return BigInt(t)
  if (/^0x[0-9a-fA-F]+$/.test(t)) return BigInt(t)
  return undefined
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export type EncodeCallResult = { ok: true; data: Hex } | { ok: false; errors: string[] }

/** Calldata for a function from the texts typed into its argument fields. */
export function encodeCall(fn: AbiFunction, texts: readonly string[]): EncodeCallResult {
  const errors: string[] = []
  const args: unknown[] = []
  fn.inputs.forEach((input, i) => {
    const r = coerceArgument(input, texts[i] ?? '')
    if (r.ok) args.push(r.value)
    else errors.push(r.message)
  })
  if (errors.length > 0) return { ok: false, errors }
  try {
    return {
      ok: true,
      data: encodeFunctionData({ abi: [fn], functionName: fn.name, args } as never),
    }
  } catch (error) {
    return {
      ok: false,
      errors: [(error as { shortMessage?: string }).shortMessage ?? String(error)],
    }
  }
}

/** Raw calldata typed by the user: 0x-hex with whole bytes (empty `0x` is a plain transfer). */
export function parseCalldataInput(
  text: string,
): { ok: true; data: Hex } | { ok: false; message: string } {
  const t = text.trim()
  if (t === '' || t === '0x') return { ok: true, data: '0x' }
  if (!t.startsWith('0x')) return { ok: false, message: 'Calldata starts with 0x.' }
  if (!isHex(t, { strict: true }))
    return { ok: false, message: 'Calldata must be hex: 0-9 and a-f only.' }
  if (t.length % 2 !== 0)
    return { ok: false, message: 'Calldata must be whole bytes (an even number of hex digits).' }
  if (t.length > 2 && t.length < 10)
    return { ok: false, message: 'Calldata shorter than a 4-byte function selector.' }
  return { ok: true, data: t as Hex }
}
