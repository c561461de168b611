import type { Hash } from 'viem'
import { WithdrawalAlreadyFinalizedError } from '../../bridge/errors/bridgeErrors'
import type { WithdrawalTransfer } from '../../bridge/model/transfer'
import type { ChainPair } from '../../bridge/pair'
import { ErrorMessage } from '../../components/ErrorMessage'
import { TxLink } from '../../components/TxLink'
import { Alert } from '../../components/ui/Alert'
import { Spinner } from '../../components/ui/Spinner'
import { Stepper } from '../../components/ui/Stepper'
import { useFinalizeWithdrawal } from '../../hooks/useFinalizeWithdrawal'
import { useNow } from '../../hooks/useNow'
import { useSendOnChain } from '../../hooks/useSendOnChain'
import { useWithdrawalStatus } from '../../hooks/useWithdrawalStatus'
import { describeWithdrawal, type FinalizeOutcome } from './describeWithdrawal'
import { FinalizeAction } from './FinalizeAction'
import { useReadyNotification } from './useReadyNotification'
import { WithdrawalEta } from './WithdrawalEta'
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
 * Works from the L2 hash alone (no saved record needed).
 */
export function WithdrawalStatusPanel({
  pair,
  l2Hash,
  transfer,
  what = 'your funds',
}: WithdrawalStatusPanelProps) {
  const status = useWithdrawalStatus({ pair, l2Hash, ...(transfer ? { transfer } : {}) })
  const finalize = useFinalizeWithdrawal()
  const sendFinalize = useSendOnChain(finalize, pair.l1.id)
  const info = status.data
  const raced = isAlreadyFinalized(finalize.error)
  const outcome: FinalizeOutcome = raced ? 'raced' : finalize.data ? 'finalized-here' : 'none'
  const waitingNow = info !== undefined && !info.finalize.ready && info.status !== 'finalized'
  const now = useNow(waitingNow)
  const notification = useReadyNotification({
    id: l2Hash,
    ready: info?.finalize.ready === true && outcome === 'none',
    title: 'Withdrawal ready to finalize',
    body: `${what} can now be claimed on ${pair.l1.name}.`,
  })

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

  const view = describeWithdrawal({
    info,
    outcome,
    now,
    l1Name: pair.l1.name,
    l2Name: pair.l2.name,
  })
  const finalizeHash = finalize.data ?? transfer?.l1Hash
  const steps = view.steps.map((step) => ({
    ...step,
    extra:
      step.id === 'l2' ? (
        <TxLink hash={l2Hash} chainId={pair.l2.id} label="L2 transaction" />
      ) : step.id === 'finalized' && finalizeHash && view.status === 'finalized' ? (
        <TxLink hash={finalizeHash} chainId={pair.l1.id} label="L1 transaction" />
      ) : undefined,
  }))

  return (
    <div className="space-y-5" data-testid="withdrawal-status" data-status={view.status}>
      {view.showSteps ? (
        <Stepper label="Withdrawal progress" steps={steps} />
      ) : (
        <TxLink hash={l2Hash} chainId={pair.l2.id} label="Transaction" />
      )}
      {view.notice && (
        <Alert
          tone={view.notice.tone}
          title={view.notice.title}
          data-testid="withdrawal-notice"
          action={
            view.waiting ? (
              <WithdrawalReminders
                l2Hash={l2Hash}
                readyAt={view.readyAt}
                what={what}
                l1Name={pair.l1.name}
                notification={notification}
              />
            ) : undefined
          }
        >
          <p data-testid="finalize-reason">{view.notice.body}</p>
          {view.readyAt !== undefined && <WithdrawalEta readyAt={view.readyAt} now={now} />}
        </Alert>
      )}
      {view.canFinalize && (
        <FinalizeAction
          l1Name={pair.l1.name}
          pending={finalize.isPending}
          error={raced ? undefined : finalize.error}
          onDismissError={() => finalize.reset()}
          onFinalize={() => {
            sendFinalize({ pair, l2Hash, ...(transfer ? { transfer } : {}) })
              // a failure shows from the mutation's state
              .catch(() => undefined)
              .finally(() => void status.refetch())
          }}
        />
      )}
    </div>
  )
}
