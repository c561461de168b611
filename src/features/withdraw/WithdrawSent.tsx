import type { ComponentType } from 'react'
import type { Hash } from 'viem'
import { Link } from 'wouter'
import type { WithdrawalTransfer } from '../../bridge/model/transfer'
import type { ChainPair } from '../../bridge/pair'
import { Button } from '../../components/ui/Button'
import { useWithdrawalStatus } from '../../hooks/useWithdrawalStatus'

/**
 * The withdrawal's stages and Finalize (the finalize feature's panel), given by the route:
 * features never import each other.
 */
export type WithdrawalPanel = ComponentType<{
  pair: ChainPair
  l2Hash: Hash
  transfer?: WithdrawalTransfer
  what?: string
}>

export type WithdrawSentProps = {
  pair: ChainPair
  withdrawalPanel: WithdrawalPanel
  l2Hash: Hash
  transfer?: WithdrawalTransfer
  /** "0.75 ETH", when known. */
  amount?: string
  /** "your address" or "0x35Ea…A5b9", when known. */
  recipient?: string
  onNewWithdrawal: () => void
}

/** After the L2 transaction: what was sent, its stages until finalized, and where to find it later. */
export function WithdrawSent({
  pair,
  l2Hash,
  transfer,
  amount,
  recipient,
  onNewWithdrawal,
  withdrawalPanel: Panel,
}: WithdrawSentProps) {
  // the panel's own query (shared by key): is there still something to do later?
  const status = useWithdrawalStatus({ pair, l2Hash, ...(transfer ? { transfer } : {}) })
  const done = status.data?.status === 'finalized'
  return (
    <div className="space-y-5" data-testid="withdraw-sent">
      <div className="rounded-xl bg-subtle px-4 py-3.5">
        <p className="text-xs font-medium text-muted">{done ? 'Withdrawn' : 'Withdrawal sent'}</p>
        <p className="mt-0.5 text-xl font-semibold tabular-nums text-ink">
          {amount ?? 'Your withdrawal'}
        </p>
        <p className="mt-0.5 text-sm text-muted">
          from {pair.l2.name} to{' '}
          {recipient === undefined || recipient === 'your address' ? (
            (recipient ?? pair.l1.name)
          ) : (
            <span className="font-mono text-ink">{recipient}</span>
          )}
          {recipient === undefined ? '' : ` on ${pair.l1.name}`}
        </p>
      </div>
      <Panel
        pair={pair}
        l2Hash={l2Hash}
        {...(transfer ? { transfer } : {})}
        {...(amount ? { what: amount } : {})}
      />
      {!done && (
        <p className="text-xs text-muted">
          No need to keep this page open: you can finalize later from any device, on{' '}
          <Link
            href={`/claim/${l2Hash}`}
            className="font-medium text-accent-text hover:underline"
            data-testid="withdrawal-link"
          >
            this withdrawal's own page
          </Link>{' '}
          or from the Transfers list (rebuilt from the chain).
        </p>
      )}
      <Button variant="secondary" fullWidth onClick={onNewWithdrawal}>
        New withdrawal
      </Button>
    </div>
  )
}
