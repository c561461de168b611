import { useState } from 'react'
import type { ChainPair } from '../../bridge/pair'
import type { ChainKind } from '../../bridge/protocol/capabilities'
import { ChevronDownIcon } from '../../components/ui/icons'
import { Menu, type MenuSection } from '../../components/ui/Menu'
import { useChainKinds } from '../../hooks/useChainCapabilities'
import { useChainPair } from '../useChainPair'

function kindOf(pair: ChainPair): 'main' | 'test' | 'dev' | 'runtime' {
  if (pair.devnet) return 'dev'
  if (pair.source === 'runtime') return 'runtime'
  return pair.testnet ? 'test' : 'main'
}

const sectionLabels = {
  main: 'Networks',
  test: 'Testnets',
  dev: 'Local devnet',
  runtime: 'Added by this site (chains.json)',
} as const

const dotColours = {
  main: 'bg-success',
  test: 'bg-warn',
  dev: 'bg-accent',
  runtime: 'bg-muted',
} as const

/** How the menu names a chain's kind (what its RPC answered, never its chain id). */
export const chainKindLabels: Record<ChainKind, string> = {
  era: 'Era chain',
  'zksync-os': 'ZKsync OS chain',
}

/** A pair's line in the menu: its chains, and the L2's kind once known. */
export function pairDescription(pair: ChainPair, kind: ChainKind | undefined): string {
  const chains = `${pair.l1.name} (${pair.l1.id}) ↔ ${pair.l2.name} (${pair.l2.id})`
  return kind ? `${chains} · ${chainKindLabels[kind]}` : chains
}

/** The selected L1 ↔ L2 pair, and a menu to change it. */
export function PairSelector() {
  const { pair, pairs, setPairId } = useChainPair()
  // each chain's kind is asked only while the menu is open (no calls on page load)
  const [open, setOpen] = useState(false)
  const kinds = useChainKinds(pairs, open)
  const sections: MenuSection[] = (['main', 'test', 'dev', 'runtime'] as const)
    .map((kind) => ({
      label: sectionLabels[kind],
      items: pairs
        .filter((p) => kindOf(p) === kind)
        .map((p) => ({
          id: p.id,
          label: p.name,
          description: pairDescription(p, kinds[p.id]),
          selected: p.id === pair.id,
          onSelect: () => setPairId(p.id),
        })),
    }))
    .filter((section) => section.items.length > 0)
  return (
    <Menu
      label={`Network: ${pair.name}. Change network`}
      radio
      width={320}
      data-testid="pair-selector"
      onOpenChange={setOpen}
      sections={sections}
      triggerClassName="flex h-9 max-w-[9.75rem] items-center gap-2 rounded-xl border border-line bg-surface px-2.5 text-sm font-medium text-ink hover:bg-subtle sm:max-w-[13rem]"
      trigger={
        <>
          <span
            aria-hidden="true"
            className={`size-2 shrink-0 rounded-full ${dotColours[kindOf(pair)]}`}
          />
          <span className="truncate" data-testid="selected-pair">
            {pair.name}
          </span>
          <ChevronDownIcon className="size-4 shrink-0 text-muted" />
        </>
      }
    />
  )
}
