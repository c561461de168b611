import { ComingSoonPage } from './ComingSoonPage'

/** Claim: finalize a withdrawal or claim back a failed deposit, also by pasted hash (#/claim/<hash>). */
export function ClaimPage({ params }: { params?: { hash?: string } }) {
  void params
  return (
    <ComingSoonPage
      title="Claim"
      description="Finalize withdrawals on the L1 and claim back failed deposits."
    />
  )
}
