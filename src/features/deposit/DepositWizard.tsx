import { useEffect, useReducer, useRef, useState } from 'react'
import type { Address } from 'viem'
import { getDepositSteps } from '../../bridge/flows/depositSteps'
import { addImportedToken, loadImportedTokens } from '../../bridge/importedTokens'
import type { DepositTransfer } from '../../bridge/model/transfer'
import type { ChainPair } from '../../bridge/pair'
import { tokenDecimals, tokenSymbol } from '../../bridge/tokens'
import { UserErrorAlert } from '../../components/UserErrorAlert'
import { Spinner } from '../../components/ui/Spinner'
import { useTransfers } from '../../hooks/useTransfers'
import { appStorage, sessionStore } from '../../lib/storage'
import { DepositExecution } from './DepositExecution'
import { DepositForm } from './DepositForm'
import { DepositProgress } from './DepositProgress'
import { DepositReview } from './DepositReview'
import { loadDepositDraft, saveDepositDraft } from './depositDraft'
import {
  depositReducer,
  initialDepositFormValues,
  initialDepositWizardState,
  isExecuting,
} from './depositReducer'
import { dismissDeposit, findResumableDeposit, loadDismissedDeposits } from './findResumableDeposit'
import { useDepositFormModel } from './useDepositFormModel'
import { type ReviewedDeposit, useRunDeposit } from './useRunDeposit'

export type DepositWizardProps = { pair: ChainPair; account: Address }

/**
 * The deposit wizard: form → review → approvals and deposit → progress. The draft survives a
 * reload (sessionStorage); a deposit still in flight is picked up again after a reload.
 * Mount it keyed by pair and account: each has its own draft and transfers.
 */
export function DepositWizard({ pair, account }: DepositWizardProps) {
  const { transfers } = useTransfers({ pair, account })
  const [state, dispatch] = useReducer(depositReducer, undefined, () => {
    const draft = loadDepositDraft(sessionStore(), { pairId: pair.id, account })
    const initial = initialDepositWizardState(draft ?? initialDepositFormValues())
    const resumable = findResumableDeposit(transfers, loadDismissedDeposits(sessionStore()))
    return resumable
      ? depositReducer(initial, { type: 'resume', l1Hash: resumable.l1Hash })
      : initial
  })
  const [imported, setImported] = useState(() => loadImportedTokens(appStorage(), pair.id))
  const reviewedRef = useRef<ReviewedDeposit | undefined>(undefined)
  const model = useDepositFormModel({ pair, account, form: state.form })
  const run = useRunDeposit({ pair, account, dispatch })

  useEffect(() => {
    saveDepositDraft(sessionStore(), { pairId: pair.id, account }, state.form)
  }, [state.form, pair.id, account])

  const { check, quoteData } = model
  const reviewed: ReviewedDeposit | undefined =
    model.quoteIsCurrent &&
    quoteData &&
    check.amount.ok &&
    check.recipient.ok &&
    check.refundRecipient.ok
      ? {
          quote: quoteData,
          token: state.form.token,
          amount: check.amount.value,
          to: check.recipient.value,
          ...(check.refundRecipient.value ? { refundRecipient: check.refundRecipient.value } : {}),
        }
      : undefined

  const stepContext = (r: ReviewedDeposit) => ({
    token: { symbol: tokenSymbol(r.token), decimals: tokenDecimals(r.token) },
    baseToken: pair.l2.nativeCurrency,
    depositsBaseToken: r.quote.route === 'base-token',
    amount: r.amount,
    l2Name: pair.l2.name,
  })

  if (state.phase === 'submitted') {
    const transfer =
      transfers.find(
        (t): t is DepositTransfer =>
          t.kind === 'deposit' && t.l1Hash.toLowerCase() === state.l1Hash.toLowerCase(),
      ) ?? unsavedTransfer(pair, account, state.l1Hash, reviewedRef.current)
    if (!transfer) return <Spinner label="Loading the deposit" />
    return (
      <DepositProgress
        key={state.l1Hash}
        pair={pair}
        transfer={transfer}
        {...(state.resumed ? { resumed: true } : {})}
        onNewDeposit={() => {
          dismissDeposit(sessionStore(), state.l1Hash)
          dispatch({ type: 'new-deposit' })
        }}
      />
    )
  }

  if (isExecuting(state) && reviewedRef.current) {
    const r = reviewedRef.current
    return (
      <DepositExecution
        steps={state.steps}
        statuses={state.stepStatuses}
        stepIndex={state.stepIndex}
        error={state.error}
        context={stepContext(r)}
        onRetry={() => {
          dispatch({ type: 'retry' })
          void run(state.steps, state.stepIndex, r)
        }}
        onBack={() => dispatch({ type: 'back' })}
      />
    )
  }

  if (state.phase === 'review') {
    if (!reviewed)
      return (
        <div className="flex justify-center py-10">
          <Spinner label="Updating the fees" />
        </div>
      )
    const steps = getDepositSteps({
      route: reviewed.quote.route,
      token: reviewed.token,
      amount: reviewed.amount,
      mintValue: reviewed.quote.mintValue,
      baseTokenL1Address: reviewed.quote.baseToken,
      sharedBridge: reviewed.quote.sharedBridge,
      allowances: reviewed.quote.allowances,
    })
    return (
      <DepositReview
        pair={pair}
        reviewed={reviewed}
        steps={steps}
        balances={model.balances}
        recipientIsOwn={check.recipientIsOwn}
        onBack={() => dispatch({ type: 'back' })}
        onConfirm={() => {
          reviewedRef.current = reviewed
          dispatch({ type: 'confirm', steps })
          void run(steps, 0, reviewed)
        }}
      />
    )
  }

  return (
    <div className="space-y-4">
      {state.error && (
        <UserErrorAlert
          error={state.error}
          onRetry={() => dispatch({ type: 'dismiss-error' })}
          retryLabel="Dismiss"
        />
      )}
      <DepositForm
        pair={pair}
        account={account}
        form={state.form}
        model={model}
        imported={imported}
        onImportToken={(entry) => setImported(addImportedToken(appStorage(), pair.id, entry))}
        dispatch={dispatch}
      />
    </div>
  )
}

/** The deposit as this page knows it when the browser could not save it (storage disabled). */
function unsavedTransfer(
  pair: ChainPair,
  account: Address,
  l1Hash: `0x${string}`,
  reviewed: ReviewedDeposit | undefined,
): DepositTransfer | undefined {
  if (!reviewed) return undefined
  return {
    version: 1,
    kind: 'deposit',
    route: reviewed.quote.route,
    pairId: pair.id,
    account,
    l1ChainId: pair.l1.id,
    l2ChainId: pair.l2.id,
    token: reviewed.token,
    amount: reviewed.amount.toString(),
    recipient: reviewed.to,
    createdAt: Date.now(),
    l1Hash,
  }
}
