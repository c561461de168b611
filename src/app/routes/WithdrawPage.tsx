import { useAccount } from 'wagmi'
import { ConnectGate } from '../../components/ConnectGate'
import { Card } from '../../components/ui/Card'
import { WithdrawalStatusPanel } from '../../features/finalize/WithdrawalStatusPanel'
import { WithdrawWizard } from '../../features/withdraw/WithdrawWizard'
import { useChainPair } from '../useChainPair'
import { PairRoute } from './PairRoute'

/** Withdraw: L2 → L1, then finalize on L1 once the batch is executed. */
export function WithdrawPage() {
  const { pair } = useChainPair()
  const { address } = useAccount()
  return (
    <Card
      title="Withdraw"
      headingLevel={1}
      description={`Move funds from ${pair.l2.name} back to ${pair.l1.name}.`}
      data-testid="withdraw-page"
    >
      <div className="space-y-4">
        <PairRoute from={pair.l2} to={pair.l1} />
        <ConnectGate description="Connect the wallet you want to withdraw from.">
          {address && (
            <WithdrawWizard
              key={`${pair.id}:${address}`}
              pair={pair}
              account={address}
              withdrawalPanel={WithdrawalStatusPanel}
            />
          )}
        </ConnectGate>
      </div>
    </Card>
  )
}
