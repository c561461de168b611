import type { Address, Hash } from 'viem'
import { ethToken, readStoredToken } from '../../bridge/tokens'
import type { WithdrawFormValues } from './validateWithdrawForm'

// What the user typed into the withdraw form survives a reload and a rejected or failed send:
// kept in sessionStorage per pair and account, checked when read back.

/** Longer text than any real amount or address is not a draft worth restoring. */
const MAX_FIELD_LENGTH = 200

/** `ferry:withdraw-draft:v1:<pairId>:<account lowercase>` */
export function withdrawDraftKey(pairId: string, account: Address): string {
  return `ferry:withdraw-draft:v1:${pairId}:${account.toLowerCase()}`
}

export const emptyWithdrawForm: WithdrawFormValues = { token: ethToken, amount: '', recipient: '' }

/** A stored draft, checked; anything odd gives `undefined` (start from an empty form). */
export function readWithdrawDraft(stored: unknown): WithdrawFormValues | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined
  const raw = stored as Record<string, unknown>
  const token = readStoredToken(raw.token)
  const { amount, recipient } = raw
  if (!token || typeof amount !== 'string' || typeof recipient !== 'string') return undefined
  if (amount.length > MAX_FIELD_LENGTH || recipient.length > MAX_FIELD_LENGTH) return undefined
  return { token, amount, recipient }
}

/** `ferry:withdraw-sent:v1:<pairId>:<account lowercase>`: the withdrawal this tab last sent. */
export function withdrawSentKey(pairId: string, account: Address): string {
  return `ferry:withdraw-sent:v1:${pairId}:${account.toLowerCase()}`
}

/** A stored L2 hash, checked (`null`: nothing sent, or unreadable). */
export function readSentHash(stored: unknown): Hash | null {
  return typeof stored === 'string' && /^0x[0-9a-fA-F]{64}$/.test(stored)
    ? (stored.toLowerCase() as Hash)
    : null
}
