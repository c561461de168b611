import type { Address } from 'viem'
import { transferId } from '../../bridge/model/transfer'
import type { ChainPair } from '../../bridge/pair'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useTransferHistory } from '../../hooks/useTransferHistory'
import { SearchStatus } from './SearchStatus'
import { TransferRow } from './TransferRow'

/**
 * An account's deposits and withdrawals on the pair: saved in this browser and found on chain
 * (L1 and L2 logs through plain RPC), one line each, newest first, each with its live status.
 * The list never waits for the search: what is found shows as it is found.
 */
export function TransferList({ pair, account }: { pair: ChainPair; account: Address }) {
  const { transfers, discovery, searchOlder } = useTransferHistory({ pair, account })
  const history = discovery.data
  const searching = discovery.isFetching
  return (
    <div className="space-y-3" data-testid="transfer-list">
      <SearchStatus
        pair={pair}
        history={history}
        searching={searching}
        count={transfers.length}
        onSearchOlder={searchOlder}
      />
      {discovery.error && !history && (
        <ErrorMessage
          error={discovery.error}
          title="Could not search the chain for transfers"
          message="The list below only shows the transfers saved in this browser. Try again to search the chain."
          onRetry={() => void discovery.refetch()}
        />
      )}
      {transfers.length === 0 ? (
        history &&
        !searching && (
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
