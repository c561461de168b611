import { type Transfer, transferId } from '../model/transfer'

/**
 * Saved (this browser) and discovered (chain logs) transfers as one list: one entry per
 * transfer (by its creating hash), the saved record enriched with what the chain knows (the L2
 * hash of a deposit), newest first.
 */
export function mergeTransfers(
  saved: readonly Transfer[],
  discovered: readonly Transfer[],
): Transfer[] {
  const byId = new Map<string, Transfer>()
  for (const transfer of discovered) byId.set(transferId(transfer), transfer)
  for (const transfer of saved) {
    const id = transferId(transfer)
    const found = byId.get(id)
    byId.set(id, found ? enrich(transfer, found) : transfer)
  }
  return [...byId.values()].sort((a, b) => b.createdAt - a.createdAt)
}

function enrich(saved: Transfer, found: Transfer): Transfer {
  if (saved.kind === 'deposit' && found.kind === 'deposit')
    return { ...saved, ...(saved.l2Hash || !found.l2Hash ? {} : { l2Hash: found.l2Hash }) }
  return saved
}
