import type { Address } from 'viem'
import { transferId } from '../../bridge/model/transfer'
import type { ChainPair } from '../../bridge/pair'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Spinner } from '../../components/ui/Spinner'
import { useTransferHistory } from '../../hooks/useTransferHistory'
import { TransferRow } from './TransferRow'

/**
 * The account's deposits and withdrawals on the pair: saved in this browser and found on chain
 * (L1 and L2 logs through plain RPC), one line each, newest first, each with its live status.
 */
export function TransferList({ pair, account }: { pair: ChainPair; account: Address }) {
  const { transfers, discovery } = useTransferHistory({ pair, account })
  return (
    <div className="space-y-3" data-testid="transfer-list">
      <div className="flex min-h-5 items-center gap-2 text-xs text-muted" aria-live="polite">
        {discovery.isFetching ? (
          <>
            <Spinner size="sm" /> Searching {pair.l1.name} and {pair.l2.name} for your transfers…
          </>
        ) : discovery.isSuccess ? (
          <span data-testid="history-complete">
            Found on chain and in this browser: {transfers.length}{' '}
            {transfers.length === 1 ? 'transfer' : 'transfers'}.
          </span>
        ) : null}
      </div>
      {discovery.error && (
        <ErrorMessage
          error={discovery.error}
          title="Could not search the chain for your transfers"
          message="The list below only shows the transfers saved in this browser. Try again to search the chain."
          onRetry={() => void discovery.refetch()}
        />
      )}
      {transfers.length === 0 ? (
        discovery.isSuccess && (
          <p className="rounded-xl border border-dashed border-line-strong px-4 py-8 text-center text-sm text-muted">
            No transfers yet. Deposits and withdrawals of this account appear here, with what each
            one is waiting for.
          </p>
        )
      ) : (
        <ul className="divide-y divide-line" aria-label="Transfers">
          {transfers.map((t) => (
            <TransferRow key={transferId(t)} pair={pair} transfer={t} />
          ))}
        </ul>
      )}
    </div>
  )
}
