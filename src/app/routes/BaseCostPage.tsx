import { ComingSoonPage } from './ComingSoonPage'

/** Base cost: the L2 base cost of an L1 → L2 transaction. */
export function BaseCostPage() {
  return (
    <ComingSoonPage
      title="Base cost"
      description="What the L2 charges, paid on the L1, for an L1 → L2 transaction at a given gas limit."
    />
  )
}
