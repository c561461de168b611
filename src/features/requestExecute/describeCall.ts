import { type Hex, size, slice } from 'viem'
import { type CallFormCheck, type CallFormValues, functionKey } from '../../lib/checkCallForm'

/** What the L2 will run, as shown on the review and the progress screen. */
export type CallDescription = {
  /** `setGreeting(string)`, `Raw calldata`, or `No call`. */
  title: string
  /** ABI mode: each argument as typed, labelled `name (type)`. */
  args: { label: string; value: string }[]
  /** Raw mode: the 4-byte function selector. */
  selector?: Hex
  /** Calldata size in bytes. */
  bytes: number
}

/**
 * The call as the user will recognise it: the chosen function and the arguments they typed, or
 * the selector and size of raw calldata. `undefined` while the call does not encode.
 */
export function describeCall(
  form: Pick<CallFormValues, 'mode' | 'args'>,
  check: Pick<CallFormCheck, 'fn' | 'calldata'>,
): CallDescription | undefined {
  if (!check.calldata.ok) return undefined
  const data = check.calldata.value
  const bytes = size(data)
  if (form.mode === 'abi' && check.fn) {
    const fn = check.fn
    return {
      title: functionKey(fn),
      args: fn.inputs.map((input, i) => ({
        label: `${input.name || `argument ${i + 1}`} (${input.type})`,
        value: (form.args[i] ?? '').trim(),
      })),
      bytes,
    }
  }
  if (bytes === 0) return { title: 'No call', args: [], bytes }
  return { title: 'Raw calldata', args: [], selector: slice(data, 0, 4), bytes }
}
