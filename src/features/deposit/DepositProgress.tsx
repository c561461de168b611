import { Link } from 'wouter'
import { depositProgressSteps } from '../../bridge/model/status'
import type { DepositTransfer } from '../../bridge/model/transfer'
import type { ChainPair } from '../../bridge/pair'
import { tokenDecimals, tokenSymbol } from '../../bridge/tokens'
import { ErrorMessage } from '../../components/ErrorMessage'
import { TxLink } from '../../components/TxLink'
import { Alert } from '../../components/ui/Alert'
import { Button } from '../../components/ui/Button'
import { Stepper } from '../../components/ui/Stepper'
import { useDepositStatus } from '../../hooks/useDepositStatus'
import { formatTokenAmount } from '../../lib/format'

export type DepositProgressProps = {
  pair: ChainPair
  transfer: DepositTransfer
  /** The deposit was picked up after a reload, not sent from this form. */
  resumed?: boolean
  onNewDeposit: () => void
}

/** A sent deposit, followed on chain: L1 pending → L1 confirmed → L2 pending → L2 success/failed. */
export function DepositProgress({ pair, transfer, resumed, onNewDeposit }: DepositProgressProps) {
  const status = useDepositStatus({ pair, transfer })
  const current = status.data?.status ?? transfer.lastStatus ?? 'l1-pending'
  const l2Hash = status.data?.l2Hash ?? transfer.l2Hash
  const amount = formatTokenAmount(
    BigInt(transfer.amount),
    { symbol: tokenSymbol(transfer.token), decimals: tokenDecimals(transfer.token) },
    { exact: true },
  )
  const steps = depositProgressSteps(current).map((step) => ({
    id: step.id,
    label: step.label,
    status: step.state,
    extra:
      step.id === 'l1' ? (
        <TxLink hash={transfer.l1Hash} chainId={pair.l1.id} label="L1 transaction" />
      ) : step.id === 'l2' && l2Hash ? (
        <TxLink hash={l2Hash} chainId={pair.l2.id} label="L2 transaction" />
      ) : undefined,
  }))
  return (
    <div className="space-y-5" data-testid="deposit-progress" data-status={current}>
      {resumed && (
        <p className="text-sm text-muted">
          Picked up where you left off: a deposit still on its way.
        </p>
      )}
      <p className="text-sm text-ink">
        Depositing <span className="font-semibold tabular-nums">{amount}</span> to {pair.l2.name}.
      </p>
      <Stepper label="Deposit progress" steps={steps} />
      {current === 'l2-success' && (
        <Alert tone="success" title="Deposit complete">
          {amount} arrived on {pair.l2.name}.
        </Alert>
      )}
      {current === 'l1-failed' && (
        <Alert tone="error" title="The L1 transaction failed">
          The deposit transaction reverted on {pair.l1.name}; nothing left your wallet but the L1
          gas. You can try again.
        </Alert>
      )}
      {current === 'l2-failed' && (
        <Alert
          tone="error"
          title="Failed on L2"
          action={
            <Link
              href={`/claim/${transfer.l1Hash}`}
              className="text-sm font-semibold text-accent-text hover:underline"
            >
              {transfer.route === 'base-token' ? 'Details' : 'Claim on L1'}
            </Link>
          }
        >
          {transfer.route === 'base-token'
            ? `The L2 transaction failed. The ${tokenSymbol(transfer.token)} was refunded on ${pair.l2.name}.`
            : `The L2 transaction failed. The funds can be claimed back on ${pair.l1.name}.`}
        </Alert>
      )}
      {status.error && (
        <ErrorMessage
          error={status.error}
          title="Could not read the deposit's status"
          onRetry={() => void status.refetch()}
        />
      )}
      <Button variant="secondary" fullWidth onClick={onNewDeposit}>
        New deposit
      </Button>
    </div>
  )
}
