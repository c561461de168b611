import type { Chain } from 'viem'
import { getExplorerBaseUrl, getExplorerName } from '../../lib/explorer'
import { useChainPair } from '../useChainPair'
import { ThemeSwitch } from './ThemeToggle'

function ChainLine({ layer, chain, testId }: { layer: 'L1' | 'L2'; chain: Chain; testId: string }) {
  const explorer = getExplorerBaseUrl(chain)
  return (
    <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
      <span className="text-xs font-semibold tracking-wide text-muted uppercase">{layer}</span>
      <span className="text-ink">{chain.name}</span>
      <span className="text-muted">
        chain id{' '}
        <span className="font-mono text-ink tabular-nums" data-testid={testId}>
          {chain.id}
        </span>
      </span>
      {explorer ? (
        <a
          href={explorer}
          target="_blank"
          rel="noreferrer noopener"
          className="text-accent-text hover:underline"
        >
          {getExplorerName(chain) ?? 'Explorer'}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      ) : (
        <span className="text-muted">no explorer</span>
      )}
    </div>
  )
}

/** The selected pair's chains (names, ids, explorers) and the withdrawal delay. */
export function Footer() {
  const { pair } = useChainPair()
  return (
    <footer className="border-t border-line">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-6 text-sm sm:px-6 md:flex-row md:items-start md:justify-between">
        <div className="space-y-1.5" data-testid="footer-chains">
          <ChainLine layer="L1" chain={pair.l1} testId="footer-l1-chain-id" />
          <ChainLine layer="L2" chain={pair.l2} testId="footer-l2-chain-id" />
        </div>
        <div className="space-y-1 text-muted md:max-w-xs md:text-right">
          <p>
            Withdrawals to {pair.l1.name} can be finalized after {pair.withdrawalDelay.text}.
          </p>
          <p>Ferry runs in your browser. It never holds your funds or keys.</p>
        </div>
        <ThemeSwitch className="sm:hidden" />
      </div>
    </footer>
  )
}
