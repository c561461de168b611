import { useQueries } from '@tanstack/react-query'
import type { Address } from 'viem'
import { useConfig } from 'wagmi'
import { withdrawalTrigger } from '../bridge/model/progress'
import { isSettled } from '../bridge/model/status'
import type { WithdrawalTransfer } from '../bridge/model/transfer'
import type { ChainPair } from '../bridge/pair'
import { getWithdrawalStatusQueryOptions } from '../bridge/query/getWithdrawalStatus'
import { useChainProgress } from './useChainProgress'
import { useKnownTransfers } from './useKnownTransfers'

/**
 * How many of the account's withdrawals are ready to finalize (the header counts them), among
 * the transfers already known (no search of the chain for it). Reads every withdrawal not known
 * to be finalized; the queries are the ones the transfer list and status panels use, re-read as
 * their batches move on, never while ready.
 */
export function useReadyWithdrawalCount(parameters: { pair: ChainPair; account?: Address }) {
  const config = useConfig()
  const transfers = useKnownTransfers(parameters)
  const open = transfers.filter(
    (t): t is WithdrawalTransfer =>
      t.kind === 'withdrawal' && !isSettled(t.lastStatus, 'withdrawal'),
  )
  const { ready, waits } = useQueries({
    queries: open.map((transfer) =>
      getWithdrawalStatusQueryOptions(config, {
        pair: parameters.pair,
        l2Hash: transfer.l2Hash,
        transfer,
      }),
    ),
    combine: (results) => ({
      ready: results.filter((r) => r.data?.status === 'executed').length,
      waits: results.some(
        (r) => r.isError || (r.data !== undefined && withdrawalTrigger(r.data) !== undefined),
      ),
    }),
  })
  useChainProgress({ pair: parameters.pair, query: { enabled: waits } })
  return ready
}
