import { Card } from '../../components/ui/Card'
import { ClaimFinder } from '../../features/claim/ClaimFinder'
import { WithdrawalStatusPanel } from '../../features/finalize/WithdrawalStatusPanel'
import { useChainPair } from '../useChainPair'

/** Claim: finalize a withdrawal or claim back a failed deposit, also by pasted hash (#/claim/<hash>). */
export function ClaimPage({ params }: { params?: { hash?: string } }) {
  const { pair } = useChainPair()
  return (
    <Card
      title="Claim"
      headingLevel={1}
      description={`Finalize withdrawals on ${pair.l1.name} and claim back deposits that failed on ${pair.l2.name}: paste any transaction hash, from any device.`}
      data-testid="claim-page"
    >
      <ClaimFinder
        key={params?.hash ?? ''}
        pair={pair}
        withdrawalPanel={WithdrawalStatusPanel}
        {...(params?.hash ? { hash: params.hash } : {})}
      />
    </Card>
  )
}
