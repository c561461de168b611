import { Link } from 'wouter'
import type { DiscoveredHistory } from '../../bridge/actions/discoverTransfers'
import type { ChainPair } from '../../bridge/pair'
import { Button } from '../../components/ui/Button'
import { Spinner } from '../../components/ui/Spinner'
import { useBlockTime } from '../../hooks/useBlockTime'
import { formatDateTime } from '../../lib/format'
import { describeSearch } from './describeSearch'

export type SearchStatusProps = {
  pair: ChainPair
  history: DiscoveredHistory | undefined
  /** The search runs (first run, a refresh, or "search older"). */
  searching: boolean
  count: number
  onSearchOlder: () => void
}

/**
 * How far back the chain has been searched for the account's transfers: a progress bar while
 * it searches (the list shows what is found meanwhile), then "searched back to <date>" with a
 * "Search older" action, the whole history, or why the search stopped.
 */
export function SearchStatus({
  pair,
  history,
  searching,
  count,
  onSearchOlder,
}: SearchStatusProps) {
  const view = history ? describeSearch(history) : undefined
  const oldest = useBlockTime({
    chainId: view?.oldest?.layer === 'l2' ? pair.l2.id : pair.l1.id,
    blockNumber: view?.oldest?.block,
  })
  const transfers = `${count} ${count === 1 ? 'transfer' : 'transfers'}`
  const percent = Math.round((view?.fraction ?? 0) * 100)
  return (
    <div className="space-y-2 text-xs text-muted" aria-live="polite">
      {searching || !history || history.searching ? (
        <div className="space-y-1.5" data-testid="history-searching">
          <p className="flex items-center gap-2">
            <Spinner size="sm" /> Searching {pair.l1.name} and {pair.l2.name} for your transfers…
            {count > 0 && ` ${transfers} so far.`}
          </p>
          <div
            role="progressbar"
            aria-label="History searched"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            data-testid="history-progress"
            className="h-1.5 overflow-hidden rounded-full bg-subtle"
          >
            <div
              className="h-full rounded-full bg-accent transition-[width]"
              style={{ width: `${percent}%` }}
            />
          </div>
        </div>
      ) : (
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1" data-testid="history-complete">
          <span>
            Found on chain and in this browser: {transfers}.{' '}
            {view?.oldest ? (
              <span data-testid="history-searched">
                Searched back to{' '}
                {oldest.data ? formatDateTime(oldest.data) : `block ${view.oldest.block}`}
                {view.complete ? ': the whole history since the bridge started.' : '.'}
              </span>
            ) : null}
          </span>
          {!view?.complete && !view?.stopReason && (
            <Button
              variant="secondary"
              size="sm"
              onClick={onSearchOlder}
              data-testid="search-older"
            >
              Search older
            </Button>
          )}
        </p>
      )}
      {view?.stopReason && !searching && (
        <p className="text-danger" role="alert" data-testid="history-incomplete">
          History incomplete: {view.stopReason}. Transfers older than that may be missing:{' '}
          <Link href="/claim" className="font-medium underline">
            look up a transfer by its hash
          </Link>
          , or{' '}
          <button type="button" className="font-medium underline" onClick={onSearchOlder}>
            try again
          </button>
          .
        </p>
      )}
    </div>
  )
}
