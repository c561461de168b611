import type { Address } from 'viem'
import type { StorageLike } from '../../bridge/transfers'
import type { TokenRef } from '../../bridge/types'
import { parseAddressInput } from '../../lib/address'
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

/** A stored token, checked: ETH, or an ERC-20 with a valid address, names and decimals. */
export function readStoredToken(value: unknown): TokenRef | undefined {
  if (!isRecord(value)) return undefined
  if (value.kind === 'eth') return { kind: 'eth' }
  if (value.kind !== 'erc20' || typeof value.l1Address !== 'string') return undefined
  const address = parseAddressInput(value.l1Address)
  const symbol = text(value.symbol)
  const name = text(value.name)
  const { decimals } = value
  if (!address.ok || symbol === undefined || name === undefined) return undefined
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 255)
    return undefined
  return { kind: 'erc20', l1Address: address.value, symbol, name, decimals }
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
