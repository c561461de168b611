import { type Abi, parseAbi } from 'viem'

/** A custom error of an ABI (`error Name(type name)`). */
export type AbiError = Extract<Abi[number], { type: 'error' }>

/**
 * The custom errors declared in what the user pasted (JSON ABI items of type `error`, or
 * `error Name(type name)` lines), so that a revert on L2 decodes to `Name(args)`. Anything that
 * does not parse is skipped: the call itself is checked by `parseAbiInput`.
 */
export function parseAbiErrors(text: string): AbiError[] {
  const trimmed = text.trim()
  if (trimmed === '') return []
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let json: unknown
    try {
      json = JSON.parse(trimmed)
    } catch {
      return []
    }
    const list: unknown = Array.isArray(json) ? json : (json as { abi?: unknown } | null)?.abi
    if (!Array.isArray(list)) return []
    return list.filter(
      (item): item is AbiError =>
        typeof item === 'object' &&
        item !== null &&
        (item as { type?: unknown }).type === 'error' &&
        typeof (item as { name?: unknown }).name === 'string' &&
        Array.isArray((item as { inputs?: unknown }).inputs),
    )
  }
  const errors: AbiError[] = []
  for (const line of trimmed.split(/\n|;/)) {
    const signature = line.trim()
    if (!/^error\s/.test(signature)) continue
    try {
      errors.push(...(parseAbi([signature]) as readonly AbiError[]))
    } catch {
      // not a valid error signature: ignored here
    }
  }
  return errors
}
