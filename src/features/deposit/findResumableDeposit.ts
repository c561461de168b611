import type { Hash } from 'viem'
import type { DepositTransfer, Transfer } from '../../bridge/model/transfer'
import type { StorageLike } from '../../lib/storage'

const DISMISSED_KEY = 'ferry:deposit-dismissed:v1'

/**
 * The deposit the Deposit page picks up after a reload: the newest saved deposit still in flight
 * (L1 or L2 pending, as last seen), unless the user already closed its progress in this session.
 * Failed deposits waiting for a claim are not resumed: the Transfers page lists them.
 */
export function findResumableDeposit(
  transfers: readonly Transfer[],
  dismissed: ReadonlySet<string> = new Set(),
): DepositTransfer | undefined {
  return transfers.find(
    (t): t is DepositTransfer =>
      t.kind === 'deposit' &&
      (t.lastStatus === undefined ||
        t.lastStatus === 'l1-pending' ||
        t.lastStatus === 'l2-pending') &&
      !dismissed.has(t.l1Hash.toLowerCase()),
  )
}

/** L1 hashes (lowercase) of deposits whose progress the user closed in this session. */
export function loadDismissedDeposits(storage: StorageLike): Set<string> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(DISMISSED_KEY) ?? '[]')
    return new Set(
      Array.isArray(parsed)
        ? parsed.filter((h): h is string => typeof h === 'string' && /^0x[0-9a-f]{64}$/.test(h))
        : [],
    )
  } catch {
    return new Set()
  }
}

/** Remembers (for this session) that the user closed this deposit's progress. */
export function dismissDeposit(storage: StorageLike, l1Hash: Hash): void {
  const next = [...loadDismissedDeposits(storage), l1Hash.toLowerCase()].slice(-100)
  try {
    storage.setItem(DISMISSED_KEY, JSON.stringify([...new Set(next)]))
  } catch {
    // storage unavailable: it may show again after a reload
  }
}
