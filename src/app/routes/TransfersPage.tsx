import { ConnectGate } from '../../components/ConnectGate'
import { Card } from '../../components/ui/Card'
import { useChainPair } from '../useChainPair'

/** Transfers: the account's deposits and withdrawals on the selected pair. */
export function TransfersPage() {
  const { pair } = useChainPair()
  return (
    <Card
      title="Transfers"
      headingLevel={1}
      description={`Your deposits and withdrawals between ${pair.l1.name} and ${pair.l2.name}.`}
      data-testid="transfers-page"
    >
      <ConnectGate description="Connect your wallet to see its transfers.">
        <p className="rounded-xl border border-dashed border-line-strong px-4 py-8 text-center text-sm text-muted">
          No transfers yet. Deposits and withdrawals you make here appear in this list, with what
          each one is waiting for.
        </p>
      </ConnectGate>
    </Card>
  )
}
