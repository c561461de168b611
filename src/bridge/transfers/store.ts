import type { Address, Hash } from 'viem'
import type { StorageLike } from '../../lib/storage'
import type { Transfer } from '../model/transfer'
import { validateTransfer } from './schema'

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
