import { Card } from '../../components/ui/Card'
import { BaseCostCalculator } from '../../features/baseCost/BaseCostCalculator'
import { useChainPair } from '../useChainPair'

/** Base cost: what any L1→L2 transaction pays upfront for its L2 gas. */
export function BaseCostPage() {
  const { pair } = useChainPair()
  return (
    <Card
      title="Base cost"
      headingLevel={1}
      description={`What an L1→L2 transaction to ${pair.l2.name} pays upfront for its L2 gas, for any L1 gas price and L2 gas limit. No wallet needed.`}
      data-testid="base-cost-page"
    >
      <BaseCostCalculator key={pair.id} pair={pair} />
    </Card>
  )
}
