import type { Address, Hash } from 'viem'
import { parseAddressInput } from '../lib/address'
import {
  type DepositStatus,
  depositStatuses,
  type WithdrawalStatus,
  withdrawalStatuses,
} from './status'
import type { DepositRoute, DepositTransfer, TokenRef, Transfer, WithdrawalTransfer } from './types'

/** The part of `Storage` used here, so tests pass a Map-backed fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>

/** Where `storage` events arrive (`window` in the app). */
export type StorageEventTarget = {
  addEventListener(type: 'storage', listener: (event: Event) => void): void
  removeEventListener(type: 'storage', listener: (event: Event) => void): void
}

export type TransfersScope = { pairId: string; account: Address }

/** A stored entry that could not be read, and why (reported, never thrown). */
export type TransferIssue = { index: number; reason: string }

export type LoadTransfersResult = {
  /** Valid records of this pair and account, newest first. */
  transfers: Transfer[]
  issues: TransferIssue[]
}

export type SaveTransferResult =
  | { ok: true; transfers: Transfer[] }
  | { ok: false; transfers: Transfer[]; error: unknown }

const PREFIX = 'ferry:transfers:v1:'

/** `ferry:transfers:v1:<pairId>:<account lowercase>` */
export function transfersStorageKey({ pairId, account }: TransfersScope): string {
  return `${PREFIX}${pairId}:${account.toLowerCase()}`
}

// ---------------------------------------------------------------------------------------------
// Validation (hand-written: every field checked, unknown fields dropped, addresses checksummed)

type Check<T> = { ok: true; value: T } | { ok: false; reason: string }

export type ValidateTransferResult = Check<Transfer>

const invalid = (reason: string): { ok: false; reason: string } => ({ ok: false, reason })

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readAddress(value: unknown, field: string): Check<Address> {
  if (typeof value !== 'string') return invalid(`${field} is not a string`)
  const parsed = parseAddressInput(value)
  return parsed.ok ? parsed : invalid(`${field}: ${parsed.message}`)
}

function readHash(value: unknown, field: string): Check<Hash> {
  return typeof value === 'string' && /^0x[0-9a-fA-F]{64}$/.test(value)
    ? { ok: true, value: value.toLowerCase() as Hash }
    : invalid(`${field} is not a 32-byte hash`)
}

function readOptionalHash(value: unknown, field: string): Check<Hash | undefined> {
  return value === undefined || value === null
    ? { ok: true, value: undefined }
    : readHash(value, field)
}

function readChainId(value: unknown, field: string): Check<number> {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
    ? { ok: true, value }
    : invalid(`${field} is not a chain id`)
}

function readToken(value: unknown): Check<TokenRef> {
  if (!isRecord(value)) return invalid('token is not an object')
  if (value.kind === 'eth') return { ok: true, value: { kind: 'eth' } }
  if (value.kind !== 'erc20') return invalid('token.kind is neither eth nor erc20')
  const l1Address = readAddress(value.l1Address, 'token.l1Address')
  if (!l1Address.ok) return l1Address
  const { symbol, name, decimals } = value
  if (typeof symbol !== 'string' || typeof name !== 'string') {
    return invalid('token.symbol or token.name is not a string')
  }
  if (
    typeof decimals !== 'number' ||
    !Number.isInteger(decimals) ||
    decimals < 0 ||
    decimals > 255
  ) {
    return invalid('token.decimals is not an integer in 0–255')
  }
  return { ok: true, value: { kind: 'erc20', l1Address: l1Address.value, symbol, name, decimals } }
}

const depositRoutes: readonly DepositRoute[] = [
  'base-token',
  'erc20-to-eth-chain',
  'eth-to-custom-chain',
  'erc20-to-custom-chain',
]

function readOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
): Check<T | undefined> {
  if (value === undefined || value === null) return { ok: true, value: undefined }
  return allowed.includes(value as T)
    ? { ok: true, value: value as T }
    : invalid(`${field} "${String(value)}" is unknown`)
}

/**
 * Checks one stored value and returns a clean `Transfer` (known fields only, addresses
 * checksummed, hashes lowercase), or why it is not one. Never throws.
 */
export function validateTransfer(value: unknown): ValidateTransferResult {
  if (!isRecord(value)) return invalid('not an object')
  if (value.version !== 1) return invalid(`version ${String(value.version)} is not 1`)
  if (value.kind !== 'deposit' && value.kind !== 'withdrawal') return invalid('kind is unknown')
  if (typeof value.pairId !== 'string' || value.pairId === '') return invalid('pairId is missing')
  const account = readAddress(value.account, 'account')
  if (!account.ok) return account
  const recipient = readAddress(value.recipient, 'recipient')
  if (!recipient.ok) return recipient
  const l1ChainId = readChainId(value.l1ChainId, 'l1ChainId')
  if (!l1ChainId.ok) return l1ChainId
  const l2ChainId = readChainId(value.l2ChainId, 'l2ChainId')
  if (!l2ChainId.ok) return l2ChainId
  const token = readToken(value.token)
  if (!token.ok) return token
  if (typeof value.amount !== 'string' || !/^(0|[1-9]\d{0,77})$/.test(value.amount)) {
    return invalid('amount is not a decimal string')
  }
  const { createdAt } = value
  if (typeof createdAt !== 'number' || !Number.isSafeInteger(createdAt) || createdAt < 0) {
    return invalid('createdAt is not a timestamp')
  }
  const l1Hash = readOptionalHash(value.l1Hash, 'l1Hash')
  if (!l1Hash.ok) return l1Hash
  const l2Hash = readOptionalHash(value.l2Hash, 'l2Hash')
  if (!l2Hash.ok) return l2Hash
  const base = {
    version: 1 as const,
    pairId: value.pairId,
    account: account.value,
    l1ChainId: l1ChainId.value,
    l2ChainId: l2ChainId.value,
    token: token.value,
    amount: value.amount,
    recipient: recipient.value,
    createdAt,
  }

  if (value.kind === 'deposit') {
    if (!l1Hash.value) return invalid('a deposit has no l1Hash')
    const route = readOneOf(value.route, depositRoutes, 'route')
    if (!route.ok) return route
    if (!route.value) return invalid('a deposit has no route')
    const claimHash = readOptionalHash(value.claimHash, 'claimHash')
    if (!claimHash.ok) return claimHash
    const lastStatus = readOneOf<DepositStatus>(value.lastStatus, depositStatuses, 'lastStatus')
    if (!lastStatus.ok) return lastStatus
    const deposit: DepositTransfer = {
      ...base,
      kind: 'deposit',
      route: route.value,
      l1Hash: l1Hash.value,
      ...(l2Hash.value ? { l2Hash: l2Hash.value } : {}),
      ...(claimHash.value ? { claimHash: claimHash.value } : {}),
      ...(lastStatus.value ? { lastStatus: lastStatus.value } : {}),
    }
    return { ok: true, value: deposit }
  }

  if (!l2Hash.value) return invalid('a withdrawal has no l2Hash')
  const lastStatus = readOneOf<WithdrawalStatus>(value.lastStatus, withdrawalStatuses, 'lastStatus')
  if (!lastStatus.ok) return lastStatus
  const withdrawal: WithdrawalTransfer = {
    ...base,
    kind: 'withdrawal',
    l2Hash: l2Hash.value,
    ...(l1Hash.value ? { l1Hash: l1Hash.value } : {}),
    ...(lastStatus.value ? { lastStatus: lastStatus.value } : {}),
  }
  return { ok: true, value: withdrawal }
}

// ---------------------------------------------------------------------------------------------
// Load and save

function newestFirst(a: Transfer, b: Transfer): number {
  return b.createdAt - a.createdAt
}

type StoredList = { entries: unknown[] } | { entries: null; reason: string }

function readStored(storage: StorageLike, key: string): StoredList {
  let raw: string | null
  try {
    raw = storage.getItem(key)
  } catch {
    raw = null // storage disabled (privacy modes): behave as empty
  }
  if (raw === null) return { entries: [] }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return { entries: null, reason: 'stored value is not JSON' }
  }
  return Array.isArray(parsed)
    ? { entries: parsed }
    : { entries: null, reason: 'stored value is not a list' }
}

function inScope(transfer: Transfer, scope: TransfersScope): boolean {
  return (
    transfer.pairId === scope.pairId &&
    transfer.account.toLowerCase() === scope.account.toLowerCase()
  )
}

function validEntries(entries: readonly unknown[], scope: TransfersScope): LoadTransfersResult {
  const transfers: Transfer[] = []
  const issues: TransferIssue[] = []
  entries.forEach((entry, index) => {
    const checked = validateTransfer(entry)
    if (!checked.ok) issues.push({ index, reason: checked.reason })
    else if (!inScope(checked.value, scope)) {
      issues.push({ index, reason: 'belongs to another pair or account' })
    } else transfers.push(checked.value)
  })
  return { transfers: transfers.sort(newestFirst), issues }
}

/** The valid transfers of a pair and account, newest first, with what was dropped and why. */
export function loadTransfers(storage: StorageLike, scope: TransfersScope): LoadTransfersResult {
  const stored = readStored(storage, transfersStorageKey(scope))
  if (stored.entries === null)
    return { transfers: [], issues: [{ index: -1, reason: stored.reason }] }
  return validEntries(stored.entries, scope)
}

function sameHash(a: Hash | undefined, b: Hash | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase()
}

function isSameTransfer(a: Transfer, b: Transfer): boolean {
  return a.kind === b.kind && (sameHash(a.l1Hash, b.l1Hash) || sameHash(a.l2Hash, b.l2Hash))
}

/**
 * Inserts or updates (matched by kind and l1Hash/l2Hash) a transfer and writes at once. An update
 * merges: fields it leaves out keep their stored values, `createdAt` keeps the first. Entries it
 * cannot read are written back untouched (a newer app version's records survive an older tab).
 * A record that fails validation is a caller bug and throws; a failing write (quota, disabled
 * storage) is returned, so the UI can warn that the transfer lives only until the page closes.
 */
export function saveTransfer(storage: StorageLike, transfer: Transfer): SaveTransferResult {
  const checked = validateTransfer(transfer)
  if (!checked.ok) throw new Error(`Not a valid transfer: ${checked.reason}`)
  const incoming = checked.value
  const scope = { pairId: incoming.pairId, account: incoming.account }
  const key = transfersStorageKey(scope)
  const entries = readStored(storage, key).entries ?? []
  let merged = false
  const next = entries.map((entry) => {
    const stored = validateTransfer(entry)
    if (merged || !stored.ok || !inScope(stored.value, scope)) return entry
    if (!isSameTransfer(stored.value, incoming)) return entry
    merged = true
    return { ...(entry as object), ...incoming, createdAt: stored.value.createdAt }
  })
  if (!merged) next.push(incoming)
  const { transfers } = validEntries(next, scope)
  try {
    storage.setItem(key, JSON.stringify(next))
  } catch (error) {
    return { ok: false, transfers, error }
  }
  notifySameTab(storage, key)
  return { ok: true, transfers }
}

// ---------------------------------------------------------------------------------------------
// Change notifications: `storage` events for other tabs, a local registry for this tab

type Listener = { storage: StorageLike; key: string; notify: () => void }
const sameTabListeners = new Set<Listener>()

function notifySameTab(storage: StorageLike, key: string) {
  for (const listener of [...sameTabListeners]) {
    if (listener.storage === storage && listener.key === key) listener.notify()
  }
}

export type SubscribeTransfersParameters = TransfersScope & {
  storage: StorageLike
  /** Where other tabs' `storage` events arrive (`window`); omit for same-tab changes only. */
  target?: StorageEventTarget
  /** Called with the fresh list after any change, from this tab or another. */
  onChange: (result: LoadTransfersResult) => void
}

/**
 * Calls `onChange` whenever this pair and account's transfers change: after `saveTransfer` in
 * this tab, and on `storage` events from other tabs (including `localStorage.clear()`, whose
 * event has a null key). Returns the unsubscribe function.
 */
export function subscribeTransfers({
  storage,
  target,
  onChange,
  ...scope
}: SubscribeTransfersParameters): () => void {
  const key = transfersStorageKey(scope)
  const notify = () => onChange(loadTransfers(storage, scope))
  const listener: Listener = { storage, key, notify }
  sameTabListeners.add(listener)
  const onStorage = (event: Event) => {
    const changedKey = (event as { key?: unknown }).key
    const area = (event as { storageArea?: unknown }).storageArea
    if ((changedKey === key || changedKey === null) && (area == null || area === storage)) notify()
  }
  target?.addEventListener('storage', onStorage)
  return () => {
    sameTabListeners.delete(listener)
    target?.removeEventListener('storage', onStorage)
  }
}
