import type { Address } from 'viem'
import { readStoredToken } from '../../bridge/tokens'
import type { StorageLike } from '../../lib/storage'
import { type DepositFormValues, initialDepositFormValues } from './depositReducer'

// What the user typed into the deposit form survives a reload (not a closed tab): it is kept in
// sessionStorage per pair and account, and checked field by field when read back.

export type DepositDraftScope = { pairId: string; account: Address }

const PREFIX = 'ferry:deposit-draft:v1:'
/** Longer text than any real amount, address or gas limit is not a draft worth restoring. */
const MAX_FIELD_LENGTH = 200

/** `ferry:deposit-draft:v1:<pairId>:<account lowercase>` */
export function depositDraftKey({ pairId, account }: DepositDraftScope): string {
  return `${PREFIX}${pairId}:${account.toLowerCase()}`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_FIELD_LENGTH ? value : undefined
}

/** Checks a parsed draft; anything unreadable gives `undefined` (start from an empty form). */
export function readDepositDraft(value: unknown): DepositFormValues | undefined {
  if (!isRecord(value) || value.version !== 1) return undefined
  const token = readStoredToken(value.token)
  const amount = text(value.amount)
  const recipient = text(value.recipient)
  const advanced = isRecord(value.advanced) ? value.advanced : undefined
  const l2GasLimit = text(advanced?.l2GasLimit)
  const refundRecipient = text(advanced?.refundRecipient)
  if (
    !token ||
    amount === undefined ||
    recipient === undefined ||
    l2GasLimit === undefined ||
    refundRecipient === undefined
  )
    return undefined
  return { token, amount, recipient, advanced: { l2GasLimit, refundRecipient } }
}

/** The saved draft of this pair and account, if there is a readable one. Never throws. */
export function loadDepositDraft(
  storage: StorageLike,
  scope: DepositDraftScope,
): DepositFormValues | undefined {
  try {
    const raw = storage.getItem(depositDraftKey(scope))
    return raw === null ? undefined : readDepositDraft(JSON.parse(raw))
  } catch {
    return undefined
  }
}

/** True when the form holds nothing the user typed (only the token may differ). */
export function isEmptyDraft(form: DepositFormValues): boolean {
  const empty = initialDepositFormValues(form.token)
  return (
    form.amount === empty.amount &&
    form.recipient === empty.recipient &&
    form.advanced.l2GasLimit === empty.advanced.l2GasLimit &&
    form.advanced.refundRecipient === empty.advanced.refundRecipient
  )
}

/** Saves the draft (silently does nothing when storage is unavailable or full). */
export function saveDepositDraft(
  storage: StorageLike,
  scope: DepositDraftScope,
  form: DepositFormValues,
): void {
  try {
    storage.setItem(depositDraftKey(scope), JSON.stringify({ version: 1, ...form }))
  } catch {
    // the draft is a convenience: losing it is acceptable
  }
}
