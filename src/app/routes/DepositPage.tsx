import { useAccount } from 'wagmi'
import { ConnectGate } from '../../components/ConnectGate'
import { Card } from '../../components/ui/Card'
import { WrongNetworkNotice } from '../../components/WrongNetworkNotice'
import { DepositWizard } from '../../features/deposit/DepositWizard'
import { useChainPair } from '../useChainPair'
import { PairRoute } from './PairRoute'

/** Deposit: L1 → L2. The deposit wizard (src/features/deposit) mounts inside the gate. */
export function DepositPage() {
  const { pair } = useChainPair()
  const account = useAccount()
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
          {account.address && (
            <DepositWizard
              key={`${pair.id}:${account.address}`}
              pair={pair}
              account={account.address}
            />
          )}
        </ConnectGate>
      </div>
    </Card>
  )
}
