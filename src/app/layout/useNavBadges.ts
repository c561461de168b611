import type { NavId } from '../navItems'

/**
 * Counts shown next to nav items (e.g. transfers waiting for an action). The slot is wired;
 * the transfers feature fills it (e.g. `{ transfers: useTransfers(...).actionable.length }`).
 */
export function useNavBadges(): Partial<Record<NavId, number>> {
  return {}
}
