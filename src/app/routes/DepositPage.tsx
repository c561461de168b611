import { ConnectGate } from '../../components/ConnectGate'
import { Card } from '../../components/ui/Card'
import { WrongNetworkNotice } from '../../components/WrongNetworkNotice'
import { useChainPair } from '../useChainPair'
import { PairRoute } from './PairRoute'

/** Deposit: L1 → L2. The deposit wizard (src/features/deposit) mounts inside the gate. */
export function DepositPage() {
  const { pair } = useChainPair()
  return (
    <Card
      title="Deposit"
      headingLevel={1}
      description={`Move funds from ${pair.l1.name} to ${pair.l2.name}.`}
      data-testid="deposit-page"
    >
      <div className="space-y-4">
        <PairRoute from={pair.l1} to={pair.l2} />
        <ConnectGate description="Connect the wallet you want to deposit from.">
          <WrongNetworkNotice chainId={pair.l1.id} reason="Deposits are sent from the L1." />
          <p className="rounded-xl border border-dashed border-line-strong px-4 py-6 text-center text-sm text-muted">
            The deposit form is on its way.
          </p>
        </ConnectGate>
      </div>
    </Card>
  )
}
