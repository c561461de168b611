import { useAccount } from 'wagmi'
import { useReadyWithdrawalCount } from '../../hooks/useReadyWithdrawalCount'
import type { NavId } from '../navItems'
import { useChainPair } from '../useChainPair'

/** Counts shown next to nav items: withdrawals of the connected account ready to finalize. */
export function useNavBadges(): Partial<Record<NavId, number>> {
  const { pair } = useChainPair()
  const { address } = useAccount()
  const ready = useReadyWithdrawalCount({ pair, account: address })
  return ready > 0 ? { transfers: ready } : {}
}
