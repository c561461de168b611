import type { AbiFunction, Address, Hex } from 'viem'
import { type AbiError, parseAbiErrors } from './abiErrors'
import { encodeCall, parseAbiInput, parseCalldataInput } from './abiInput'
import { parseAddressInput } from './address'
import { type AmountParseResult, parseAmountInput } from './amount'
import { type GasLimitParseResult, parseGasLimitInput } from './parseGasLimitInput'

/** How the call is given: an ABI with a generated form, or raw calldata. */
export type CallMode = 'abi' | 'raw'

/** What the user typed, as typed (kept in the draft as is). */
export type CallFormValues = {
  target: string
  mode: CallMode
  abi: string
  /** The chosen function's signature (`name(type,…)`) among the ABI's functions. */
  fn: string
  /** Argument texts, by position, for the chosen function. */
  args: string[]
  calldata: string
  l2Value: string
  l2GasLimit: string
  refundRecipient: string
}

export const emptyCallForm: CallFormValues = {
  target: '',
  mode: 'abi',
  abi: '',
  fn: '',
  args: [],
  calldata: '',
  l2Value: '',
  l2GasLimit: '',
  refundRecipient: '',
}

/** A stored call form (a draft), checked field by field; `undefined` when it is not one. */
export function readCallForm(stored: unknown): CallFormValues | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined
  const r = stored as Record<string, unknown>
  const text = (k: keyof CallFormValues) =>
    typeof r[k] === 'string' ? (r[k] as string).slice(0, 20_000) : ''
  return {
    target: text('target'),
    mode: r.mode === 'raw' ? 'raw' : 'abi',
    abi: text('abi'),
    fn: text('fn'),
    args: Array.isArray(r.args) ? r.args.filter((a): a is string => typeof a === 'string') : [],
    calldata: text('calldata'),
    l2Value: text('l2Value'),
    l2GasLimit: text('l2GasLimit'),
    refundRecipient: text('refundRecipient'),
  }
}

type Field<T> = { ok: true; value: T } | { ok: false; message: string }

export type CallFormCheck = {
  target: Field<Address>
  /** ABI mode: the ABI's callable functions (empty when it does not parse). */
  functions: AbiFunction[]
  abiError?: string
  /** ABI mode: the chosen function. */
  fn?: AbiFunction
  /** ABI mode: the custom errors the ABI declares (decode an L2 revert). */
  errorAbi: AbiError[]
  /** ABI mode: one message per argument that does not fit its type (undefined = fits). */
  argErrors: (string | undefined)[]
  calldata: Field<Hex>
  l2Value: AmountParseResult
  l2GasLimit: GasLimitParseResult
  refundRecipient: Field<Address | undefined>
  valid: boolean
}

/** `name(type,type)`: identifies a function among overloads. */
export function functionKey(fn: AbiFunction): string {
  return `${fn.name}(${fn.inputs.map((i) => i.type).join(',')})`
}

/**
 * Checks every field of an L1→L2 call as the user types: the L2 target, the call (each ABI
 * argument against its type, or raw calldata), the L2 value in the base token, the optional L2
 * gas limit and refund recipient. `calldata` is what will be sent when all is valid.
 */
export function checkCallForm(
  form: CallFormValues,
  baseToken: { symbol: string; decimals: number },
): CallFormCheck {
  const target: Field<Address> =
    form.target.trim() === ''
      ? { ok: false, message: 'Enter the L2 contract to call' }
      : parseAddressInput(form.target)
  let functions: AbiFunction[] = []
  let abiError: string | undefined
  let fn: AbiFunction | undefined
  let argErrors: (string | undefined)[] = []
  let calldata: Field<Hex>
  if (form.mode === 'abi') {
    const parsed = parseAbiInput(form.abi)
    if (parsed.ok) {
      functions = parsed.functions
      fn = functions.find((f) => functionKey(f) === form.fn) ?? functions[0]
    } else abiError = parsed.message
    if (!fn) calldata = { ok: false, message: abiError ?? 'The ABI has no function to call' }
    else {
      const encoded = encodeCall(fn, form.args)
      argErrors = fn.inputs.map((input, i) => {
        const one = encodeCall({ ...fn, inputs: [input] } as AbiFunction, [form.args[i] ?? ''])
        return one.ok ? undefined : one.errors[0]
      })
      calldata = encoded.ok
        ? { ok: true, value: encoded.data }
        : { ok: false, message: encoded.errors[0] ?? 'The arguments do not fit the function' }
    }
  } else {
    const raw = parseCalldataInput(form.calldata)
    calldata = raw.ok ? { ok: true, value: raw.data } : raw
  }
  const l2Value =
    form.l2Value.trim() === ''
      ? ({ ok: true, value: 0n } as const)
      : parseAmountInput(form.l2Value, { ...baseToken, allowZero: true })
  const l2GasLimit = parseGasLimitInput(form.l2GasLimit)
  const refundRecipient: Field<Address | undefined> =
    form.refundRecipient.trim() === ''
      ? { ok: true, value: undefined }
      : parseAddressInput(form.refundRecipient)
  return {
    target,
    functions,
    ...(abiError ? { abiError } : {}),
    ...(fn ? { fn } : {}),
    errorAbi: form.mode === 'abi' ? parseAbiErrors(form.abi) : [],
    argErrors,
    calldata,
    l2Value,
    l2GasLimit,
    refundRecipient,
    valid: target.ok && calldata.ok && l2Value.ok && l2GasLimit.ok && refundRecipient.ok,
  }
}
