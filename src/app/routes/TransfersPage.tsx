import { useAccount } from 'wagmi'
import { ConnectGate } from '../../components/ConnectGate'
import { Card } from '../../components/ui/Card'
import { TransferList } from '../../features/transfers/TransferList'
import { useChainPair } from '../useChainPair'

/** Transfers: the account's deposits and withdrawals on the selected pair. */
export function TransfersPage() {
  const { pair } = useChainPair()
  const { address } = useAccount()
  return (
    <Card
      title="Transfers"
      headingLevel={1}
      description={`Your deposits and withdrawals between ${pair.l1.name} and ${pair.l2.name}.`}
      data-testid="transfers-page"
    >
      <ConnectGate description="Connect your wallet to see its transfers.">
        {address && <TransferList key={`${pair.id}:${address}`} pair={pair} account={address} />}
      </ConnectGate>
    </Card>
  )
}
