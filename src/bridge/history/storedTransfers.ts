import type { Address } from 'viem'
import type { StorageLike } from '../../lib/storage'
import type { Transfer } from '../model/transfer'
import { loadCursor } from './historyStore'

/** What earlier searches found for an account on a pair (deposits on L1, withdrawals on L2), from storage alone. */
export function storedTransfers(
  storage: StorageLike,
  p: { pairId: string; l1ChainId: number; l2ChainId: number; account: Address },
): Transfer[] {
  const found = [
    ...loadCursor(storage, { chainId: p.l1ChainId, account: p.account }).found,
    ...loadCursor(storage, { chainId: p.l2ChainId, account: p.account }).found,
  ]
  return found.filter((t) => t.pairId === p.pairId)
}
