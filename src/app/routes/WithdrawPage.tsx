import { ComingSoonPage } from './ComingSoonPage'

/** Withdraw: L2 → L1 (the withdraw wizard mounts here). */
export function WithdrawPage() {
  return (
    <ComingSoonPage
      title="Withdraw"
      description="Send funds from the L2 back to the L1. After the L2 batch is proven and executed on the L1, you finalize the withdrawal there."
    />
  )
}
