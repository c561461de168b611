import { useState } from 'react'
import { cn } from '../../components/ui/cn'
import { WarningIcon } from '../../components/ui/icons'
import { useAppSetup } from '../useAppSetup'
import { useChainPair } from '../useChainPair'

const SHOWN = 8

/** Problems with this site's configuration (chains.json, a shared link), above everything. */
export function ConfigBanner() {
  const { runtimeChains } = useAppSetup()
  const { pair, unknownRequestedPairId } = useChainPair()
  const [expanded, setExpanded] = useState(false)
  const problems = runtimeChains.status === 'invalid' ? runtimeChains.problems : []
  if (problems.length === 0 && !unknownRequestedPairId) return null
  const shown = expanded ? problems : problems.slice(0, SHOWN)
  return (
    <div className="border-b border-warn/30 bg-warn-soft text-sm text-ink">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-3 sm:px-6">
        {problems.length > 0 && (
          <div role="alert" data-testid="chains-json-banner" className="flex gap-3">
            <WarningIcon className="mt-0.5 size-4 shrink-0 text-warn" />
            <div className="min-w-0">
              <p className="font-semibold">
                This site's chains.json could not be used, so its extra networks are missing.
              </p>
              <p className="text-ink/80">
                The built-in networks work as usual. For the site operator
                {problems.length === 1 ? ', the problem:' : `, ${problems.length} problems:`}
              </p>
              <ul className="mt-1.5 list-disc space-y-0.5 pl-5 font-mono text-xs [overflow-wrap:anywhere]">
                {shown.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
              {problems.length > SHOWN && (
                <button
                  type="button"
                  onClick={() => setExpanded((e) => !e)}
                  className={cn('mt-1 text-xs font-semibold text-accent-text hover:underline')}
                >
                  {expanded ? 'Show fewer' : `Show all ${problems.length}`}
                </button>
              )}
            </div>
          </div>
        )}
        {unknownRequestedPairId && (
          <div role="status" className="flex gap-3" data-testid="unknown-pair-banner">
            <WarningIcon className="mt-0.5 size-4 shrink-0 text-warn" />
            <p>
              The link asked for the network “{unknownRequestedPairId}”, which this site does not
              offer. Showing {pair.name} instead.
            </p>
          </div>
        )}
      </div>
    </div>
  )
}
