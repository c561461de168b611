import { useAccount } from 'wagmi'
import { ConnectGate } from '../../components/ConnectGate'
import { Card } from '../../components/ui/Card'
import { WrongNetworkNotice } from '../../components/WrongNetworkNotice'
import { RequestExecuteWizard } from '../../features/requestExecute/RequestExecuteWizard'
import { useChainPair } from '../useChainPair'

/** Request execute: an arbitrary L1→L2 call. */
export function RequestExecutePage() {
  const { pair } = useChainPair()
  const { address } = useAccount()
  return (
    <Card
      title="Request execute"
      headingLevel={1}
      description={`Call any contract on ${pair.l2.name} from ${pair.l1.name}: the L1 transaction carries the call, the L2 runs it.`}
      data-testid="request-execute-page"
    >
      <ConnectGate description="Connect the wallet that sends the call on the L1.">
        <div className="space-y-4">
          <WrongNetworkNotice chainId={pair.l1.id} reason="The call is sent from the L1." />
          {address && (
            <RequestExecuteWizard key={`${pair.id}:${address}`} pair={pair} account={address} />
          )}
        </div>
      </ConnectGate>
    </Card>
  )
}
