import type { Address, Hash } from 'viem'
import type { StorageLike } from '../../lib/storage'
import type { Transfer } from '../model/transfer'
import { validateTransfer } from '../transfers/schema'

// What a history scan learned, per chain and account, so that the next one scans only new blocks
// (and older ones it has not reached yet): the range each source has been scanned over, the
// transfers found, and the transactions that turned out not to be transfers. Versioned and checked
// when read back; anything unreadable is dropped and the scan starts over.

export type ScannedRange = { from: bigint; to: bigint }

export type HistoryCursor = {
  /** Per source id: every block of this range has been scanned for the account. */
  sources: Record<string, ScannedRange>
  found: Transfer[]
  /** L1 transactions whose logs matched but that are not deposits (request execute, failed). */
  skipped: Hash[]
}

export type HistoryScope = { chainId: number; account: Address }

const PREFIX = 'ferry:history:v1:'
const MAX_FOUND = 5_000

/** `ferry:history:v1:<chainId>:<account lowercase>` */
export function historyKey({ chainId, account }: HistoryScope): string {
  return `${PREFIX}${chainId}:${account.toLowerCase()}`
}

export const emptyCursor = (): HistoryCursor => ({ sources: {}, found: [], skipped: [] })

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isBlock = (v: unknown): v is string => typeof v === 'string' && /^(0|[1-9]\d{0,19})$/.test(v)
const isHash = (v: unknown): v is Hash => typeof v === 'string' && /^0x[0-9a-f]{64}$/.test(v)

/** A stored cursor, checked (`undefined` when unreadable). */
export function readCursor(value: unknown): HistoryCursor | undefined {
  if (!isRecord(value) || value.version !== 1) return undefined
  if (!isRecord(value.sources) || !Array.isArray(value.found) || !Array.isArray(value.skipped))
    return undefined
  const sources: Record<string, ScannedRange> = {}
  for (const [id, range] of Object.entries(value.sources)) {
    if (!isRecord(range) || !isBlock(range.from) || !isBlock(range.to)) return undefined
    const from = BigInt(range.from)
    const to = BigInt(range.to)
    if (from > to + 1n) return undefined
    sources[id] = { from, to }
  }
  const found: Transfer[] = []
  for (const entry of value.found.slice(0, MAX_FOUND)) {
    const checked = validateTransfer(entry)
    if (!checked.ok) return undefined
    found.push(checked.value)
  }
  if (!value.skipped.every(isHash)) return undefined
  return { sources, found, skipped: value.skipped }
}

/** The saved cursor of a chain and account, or an empty one. Never throws. */
export function loadCursor(storage: StorageLike, scope: HistoryScope): HistoryCursor {
  try {
    const raw = storage.getItem(historyKey(scope))
    return (raw === null ? undefined : readCursor(JSON.parse(raw))) ?? emptyCursor()
  } catch {
    return emptyCursor()
  }
}

/** Saves a cursor; a failing write (storage full or blocked) only costs a rescan later. */
export function saveCursor(storage: StorageLike, scope: HistoryScope, cursor: HistoryCursor) {
  const sources = Object.fromEntries(
    Object.entries(cursor.sources).map(([id, r]) => [
      id,
      { from: String(r.from), to: String(r.to) },
    ]),
  )
  try {
    storage.setItem(
      historyKey(scope),
      JSON.stringify({
        version: 1,
        sources,
        found: cursor.found.slice(0, MAX_FOUND),
        skipped: cursor.skipped,
      }),
    )
  } catch {
    // the history stays in memory for this page
  }
}
