import { type Address, type Hash, isAddress, isHash } from 'viem'
import { type AbiError, parseAbiErrors } from '../../lib/abiErrors'
import type { CallDescription } from './describeCall'

/** A sent call, kept for this tab so that a reload comes back to its progress. */
export type SentCall = {
  l1Hash: Hash
  target: Address
  call: CallDescription
  errorAbi: AbiError[]
}

export const sentCallKey = (pairId: string, account: Address) =>
  `ferry:request-execute-sent:v1:${pairId}:${account.toLowerCase()}`

const text = (value: unknown, max = 2_000) =>
  typeof value === 'string' ? value.slice(0, max) : undefined

/** A stored sent call, checked field by field; `undefined` when it is not one. */
export function readSentCall(stored: unknown): SentCall | null | undefined {
  if (stored === null) return null
  if (typeof stored !== 'object') return undefined
  const s = stored as Record<string, unknown>
  const call = s.call as Record<string, unknown> | null | undefined
  if (typeof s.l1Hash !== 'string' || !isHash(s.l1Hash)) return undefined
  if (typeof s.target !== 'string' || !isAddress(s.target, { strict: false })) return undefined
  if (typeof call !== 'object' || call === null) return undefined
  const title = text(call.title, 200)
  const bytes = typeof call.bytes === 'number' && Number.isSafeInteger(call.bytes) ? call.bytes : 0
  if (title === undefined) return undefined
  const args = Array.isArray(call.args)
    ? call.args.flatMap((a) => {
        const label = text((a as { label?: unknown } | null)?.label, 200)
        const value = text((a as { value?: unknown } | null)?.value)
        return label === undefined || value === undefined ? [] : [{ label, value }]
      })
    : []
  const selector =
    typeof call.selector === 'string' && /^0x[0-9a-fA-F]{8}$/.test(call.selector)
      ? (call.selector as `0x${string}`)
      : undefined
  return {
    l1Hash: s.l1Hash as Hash,
    target: s.target as Address,
    call: { title, args, bytes, ...(selector ? { selector } : {}) },
    errorAbi: Array.isArray(s.errorAbi) ? parseAbiErrors(JSON.stringify(s.errorAbi)) : [],
  }
}
