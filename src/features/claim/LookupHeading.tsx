import type { ReactNode } from 'react'

/** What the pasted hash is ("Withdrawal", "Deposit") and its route ("0.2 ETH · Era → Ethereum"). */
export function LookupHeading({ kind, route }: { kind: ReactNode; route: ReactNode }) {
  return (
    <div className="border-t border-line pt-5">
      <h2 className="text-base font-semibold text-ink" data-testid="lookup-kind">
        {kind}
      </h2>
      <p className="text-sm text-muted">{route}</p>
    </div>
  )
}
