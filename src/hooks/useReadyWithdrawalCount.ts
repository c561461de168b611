import { useQueries } from '@tanstack/react-query'
import type { Address } from 'viem'
import { useConfig } from 'wagmi'
import type { WithdrawalTransfer } from '../bridge/model/transfer'
import type { ChainPair } from '../bridge/pair'
import { getWithdrawalStatusQueryOptions } from '../bridge/query/getWithdrawalStatus'
import { useKnownTransfers } from './useKnownTransfers'

/**
 * How many of the account's withdrawals are ready to finalize (the header counts them), among
 * the transfers already known (no search of the chain for it). Reads every withdrawal not known
 * to be finalized; the queries are the ones the transfer list and status panels use.
 */
export function useReadyWithdrawalCount(parameters: { pair: ChainPair; account?: Address }) {
  const config = useConfig()
  const transfers = useKnownTransfers(parameters)
  const open = transfers.filter(
    (t): t is WithdrawalTransfer => t.kind === 'withdrawal' && t.lastStatus !== 'finalized',
  )
  return useQueries({
    queries: open.map((transfer) =>
      getWithdrawalStatusQueryOptions(config, {
        pair: parameters.pair,
        l2Hash: transfer.l2Hash,
        transfer,
      }),
    ),
    combine: (results) => results.filter((r) => r.data?.status === 'executed').length,
  })
}
