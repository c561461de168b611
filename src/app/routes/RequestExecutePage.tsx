import { ComingSoonPage } from './ComingSoonPage'

/** Request execute: an arbitrary L1 → L2 call. */
export function RequestExecutePage() {
  return (
    <ComingSoonPage
      title="Request execute"
      description="Call a contract on the L2 with a transaction sent from the L1 (an L1 → L2 priority request)."
    />
  )
}
