import type { Hash } from 'viem'
import { WithdrawalAlreadyFinalizedError } from '../../bridge/actions/finalizeWithdrawal'
import { withdrawalProgressSteps } from '../../bridge/status'
import type { WithdrawalTransfer } from '../../bridge/types'
import { ErrorMessage } from '../../components/ErrorMessage'
import { TxLink } from '../../components/TxLink'
import { Alert } from '../../components/ui/Alert'
import { Button } from '../../components/ui/Button'
import { Spinner } from '../../components/ui/Spinner'
import { Stepper } from '../../components/ui/Stepper'
import type { ChainPair } from '../../config/chains'
import { useFinalize } from '../../hooks/useFinalize'
import { useWithdrawalStatus } from '../../hooks/useWithdrawalStatus'
import { formatDateTime, formatDuration } from '../../lib/format'
import { useEnsureChain } from '../../wallets/useEnsureChain'
import { finalizeReasonText } from './finalizeReasonText'
import { useNow } from './useNow'
import { WithdrawalReminders } from './WithdrawalReminders'

export type WithdrawalStatusPanelProps = {
  pair: ChainPair
  l2Hash: Hash
  /** The saved record when this browser has one (its status is kept up to date). */
  transfer?: WithdrawalTransfer
  /** "1.5 ETH", when known. */
  what?: string
}

function isAlreadyFinalized(error: unknown): boolean {
  let e: unknown = error
  while (e instanceof Error) {
    if (e instanceof WithdrawalAlreadyFinalizedError) return true
    e = e.cause
  }
  return false
}

/**
 * A withdrawal's stages (L2 → batch → committed → proven → executed → finalized), when it is
 * expected to be ready, why it cannot be finalized yet, and the Finalize button once it can.
 */
export function WithdrawalStatusPanel({
  pair,
  l2Hash,
  transfer,
  what,
}: WithdrawalStatusPanelProps) {
  const status = useWithdrawalStatus({ pair, l2Hash, ...(transfer ? { transfer } : {}) })
  const finalize = useFinalize()
  const { ensureChain } = useEnsureChain({ chainId: pair.l1.id })
  const info = status.data
  const waiting = info !== undefined && !info.finalize.ready && info.status !== 'finalized'
  const now = useNow(waiting)

  if (!info)
    return status.error ? (
      <ErrorMessage
        error={status.error}
        title="Could not read the withdrawal"
        onRetry={() => void status.refetch()}
      />
    ) : (
      <div className="flex justify-center py-8">
        <Spinner label="Reading the withdrawal" />
      </div>
    )

  const raced = isAlreadyFinalized(finalize.error)
  const finalized = info.status === 'finalized' || raced
  const finalizeHash = finalize.data ?? transfer?.l1Hash
  const readyAt = info.readyAt ?? (!info.finalize.ready ? info.finalize.readyAt : undefined)
  const reason = finalized
    ? undefined
    : finalizeReasonText(info.finalize, { now, l2Name: pair.l2.name })
  // The last step waits for the user, not for the chain: no spinner, a word of what to do.
  const yourTurn = (id: string) => id === 'finalized' && info.finalize.ready && !finalized
  const steps = withdrawalProgressSteps(finalized ? 'finalized' : info.status).map((step) => ({
    id: step.id,
    label: step.label,
    status: yourTurn(step.id) ? ('pending' as const) : step.state,
    ...(yourTurn(step.id) ? { description: 'Ready: finalize it below.' } : {}),
    extra:
      step.id === 'l2' ? (
        <TxLink hash={l2Hash} chainId={pair.l2.id} label="L2 transaction" />
      ) : step.id === 'finalized' && finalizeHash ? (
        <TxLink hash={finalizeHash} chainId={pair.l1.id} label="L1 transaction" />
      ) : undefined,
  }))
  const notFound =
    !info.finalize.ready &&
    (info.finalize.reason === 'not-found' || info.finalize.reason === 'not-a-withdrawal')

  return (
    <div
      className="space-y-5"
      data-testid="withdrawal-status"
      data-status={finalized ? 'finalized' : info.status}
    >
      {!notFound && <Stepper label="Withdrawal progress" steps={steps} />}
      {waiting && readyAt !== undefined && readyAt > now && (
        <p className="text-sm text-ink" data-testid="withdrawal-eta">
          Expected to be ready at <span className="font-semibold">{formatDateTime(readyAt)}</span>{' '}
          <span className="tabular-nums text-muted">
            (in {formatDuration((readyAt - now) / 1000, 'short')})
          </span>
        </p>
      )}
      {reason && (
        <Alert tone={notFound ? 'error' : 'info'} title="Not ready to finalize">
          <span data-testid="finalize-reason">{reason}</span>
        </Alert>
      )}
      {finalized && (
        <Alert tone="success" title={raced ? 'Already finalized' : 'Finalized'}>
          {raced
            ? `This withdrawal was already finalized, the funds are on ${pair.l1.name}.`
            : `The funds are on ${pair.l1.name}.`}
        </Alert>
      )}
      {finalize.error && !raced && (
        <ErrorMessage
          error={finalize.error}
          title="Could not finalize"
          onRetry={() => finalize.reset()}
          retryLabel="Dismiss"
        />
      )}
      {info.finalize.ready && !finalized && (
        <Button
          size="lg"
          fullWidth
          loading={finalize.isPending}
          loadingText="Confirm in your wallet…"
          onClick={async () => {
            finalize.reset()
            try {
              // a refused switch surfaces as the mutation's "wrong network" error
              await ensureChain().catch(() => undefined)
              await finalize.mutateAsync({ pair, l2Hash, ...(transfer ? { transfer } : {}) })
            } catch {
              // shown from the mutation's error
            } finally {
              void status.refetch()
            }
          }}
        >
          Finalize on {pair.l1.name}
        </Button>
      )}
      {waiting && !notFound && (
        <WithdrawalReminders
          l2Hash={l2Hash}
          readyAt={readyAt}
          ready={info.finalize.ready}
          what={what ?? 'your funds'}
          l1Name={pair.l1.name}
        />
      )}
    </div>
  )
}
