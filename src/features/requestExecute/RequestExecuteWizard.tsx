import { type ReactNode, useCallback, useReducer } from 'react'
import type { Address, Hash } from 'viem'
import { getRequestExecuteSteps } from '../../bridge/flows/requestExecuteSteps'
import type { ChainPair } from '../../bridge/pair'
import { Spinner } from '../../components/ui/Spinner'
import { useSessionDraft } from '../../hooks/useSessionDraft'
import { type CallFormValues, emptyCallForm, readCallForm } from '../../lib/checkCallForm'
import { RequestExecuteExecution } from './RequestExecuteExecution'
import { RequestExecuteForm } from './RequestExecuteForm'
import { RequestExecuteProgress } from './RequestExecuteProgress'
import { RequestExecuteReview } from './RequestExecuteReview'
import {
  initialRequestExecuteFlow,
  type ReviewedCall,
  requestExecuteFlowReducer,
} from './requestExecuteFlow'
import { ScrollIntoViewOnChange } from './ScrollIntoViewOnChange'
import { readSentCall, type SentCall, sentCallKey } from './sentCall'
import { useRequestExecuteFormModel } from './useRequestExecuteFormModel'
import { useRunRequestExecute } from './useRunRequestExecute'

export type RequestExecuteWizardProps = { pair: ChainPair; account: Address }

const draftKey = (pairId: string) => `ferry:request-execute-draft:v1:${pairId}`

/**
 * Request execute: an arbitrary L1→L2 call. Target and call (ABI form or raw calldata), L2
 * value, L2 gas limit (estimated, editable), refund recipient → review with the base cost → the
 * base-token approval where the chain needs one → the L1 transaction → the L2 result. The form
 * and a sent call survive a reload (sessionStorage). Mount it keyed by pair and account.
 */
export function RequestExecuteWizard({ pair, account }: RequestExecuteWizardProps) {
  const [form, setForm] = useSessionDraft(draftKey(pair.id), emptyCallForm, readCallForm)
  const [sent, setSent] = useSessionDraft<SentCall | null>(
    sentCallKey(pair.id, account),
    null,
    readSentCall,
  )
  const [flow, dispatch] = useReducer(requestExecuteFlowReducer, initialRequestExecuteFlow)
  const model = useRequestExecuteFormModel({ pair, account, form })
  const onSent = useCallback(
    (l1Hash: Hash, r: ReviewedCall) =>
      setSent({ l1Hash, target: r.target, call: r.call, errorAbi: r.errorAbi }),
    [setSent],
  )
  const run = useRunRequestExecute({ pair, dispatch, onSent })
  const patch = (p: Partial<CallFormValues>) => setForm((f) => ({ ...f, ...p }))
  const screen = (node: ReactNode) => (
    <ScrollIntoViewOnChange view={sent ? 'sent' : flow.phase}>{node}</ScrollIntoViewOnChange>
  )

  if (sent)
    return screen(<RequestExecuteProgress pair={pair} sent={sent} onNew={() => setSent(null)} />)

  if (flow.phase === 'executing')
    return screen(
      <RequestExecuteExecution
        pair={pair}
        reviewed={flow.reviewed}
        steps={flow.steps}
        statuses={flow.statuses}
        index={flow.index}
        error={flow.error}
        onRetry={() => {
          dispatch({ type: 'retry' })
          void run(flow.steps, flow.index, flow.reviewed)
        }}
        onBack={() => dispatch({ type: 'back' })}
      />,
    )

  if (flow.phase === 'review') {
    const reviewed = model.reviewed
    if (!reviewed)
      return screen(
        <div className="flex justify-center py-10">
          <Spinner label="Updating the costs" />
        </div>,
      )
    const steps = getRequestExecuteSteps(reviewed.quote)
    return screen(
      <RequestExecuteReview
        pair={pair}
        account={account}
        reviewed={reviewed}
        steps={steps}
        balances={model.balances}
        onBack={() => dispatch({ type: 'back' })}
        onConfirm={() => {
          dispatch({ type: 'confirm', reviewed, steps })
          void run(steps, 0, reviewed)
        }}
      />,
    )
  }

  return screen(
    <RequestExecuteForm
      pair={pair}
      form={form}
      model={model}
      onChange={patch}
      onReview={() => dispatch({ type: 'review' })}
    />,
  )
}
