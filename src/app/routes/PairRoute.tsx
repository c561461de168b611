import type { Chain } from 'viem'
import { ArrowRightIcon } from '../../components/ui/icons'

function ChainBox({ label, chain }: { label: string; chain: Chain }) {
  return (
    <div className="min-w-0 flex-1 rounded-xl border border-line bg-subtle px-3 py-2.5">
      <p className="text-xs text-muted">{label}</p>
      <p className="text-sm leading-snug font-semibold text-ink [overflow-wrap:anywhere]">
        {chain.name}
      </p>
    </div>
  )
}

/** "From A → To B": which way funds move. */
export function PairRoute({ from, to }: { from: Chain; to: Chain }) {
  return (
    <div className="flex items-center gap-2">
      <ChainBox label="From" chain={from} />
      <ArrowRightIcon className="size-4 shrink-0 text-muted" />
      <ChainBox label="To" chain={to} />
    </div>
  )
}
