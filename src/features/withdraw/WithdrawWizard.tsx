import { useEffect, useReducer, useState } from 'react'
import type { Address, Hash } from 'viem'
import { loadImportedTokens } from '../../bridge/importedTokens'
import type { WithdrawalTransfer } from '../../bridge/model/transfer'
import type { ChainPair } from '../../bridge/pair'
import { type TokenRef, tokenDecimals, tokenSymbol, toTokenRef } from '../../bridge/tokens'
import { Spinner } from '../../components/ui/Spinner'
import { useSendOnChain } from '../../hooks/useSendOnChain'
import { useSessionDraft } from '../../hooks/useSessionDraft'
import { useTransfers } from '../../hooks/useTransfers'
import { useWithdraw } from '../../hooks/useWithdraw'
import { formatTokenAmount, shortenAddress } from '../../lib/format'
import { appStorage } from '../../lib/storage'
import { useEnsureChain } from '../../wallets/useEnsureChain'
import { getWithdrawSummary } from './getWithdrawSummary'
import { useWithdrawFormModel } from './useWithdrawFormModel'
import { WithdrawForm } from './WithdrawForm'
import { WithdrawReview } from './WithdrawReview'
import { type WithdrawalPanel, WithdrawSent } from './WithdrawSent'
import { withdrawableTokens } from './withdrawableTokens'
import {
  emptyWithdrawForm,
  readSentHash,
  readWithdrawDraft,
  withdrawDraftKey,
  withdrawSentKey,
} from './withdrawDraft'
import { initialWithdrawFlow, withdrawFlowReducer } from './withdrawFlow'

export type WithdrawWizardProps = {
  pair: ChainPair
  account: Address
  /** Shows a sent withdrawal's stages and Finalize (from the finalize feature). */
  withdrawalPanel: WithdrawalPanel
}

/**
 * The withdraw wizard: token, amount and L1 recipient → review (L2 fee, what arrives, the wait)
 * → the L2 transaction → its status, with Finalize once it is ready. What was typed is kept
 * (sessionStorage) through reloads, rejections and failures. Mount it keyed by pair and account.
 */
export function WithdrawWizard({ pair, account, withdrawalPanel }: WithdrawWizardProps) {
  // tokens the user imported on the deposit page can be withdrawn too
  const [imported] = useState(() => loadImportedTokens(appStorage(), pair.id))
  const [form, setForm] = useSessionDraft(
    withdrawDraftKey(pair.id, account),
    initialForm(pair),
    readWithdrawDraft,
  )
  const [sentHash, setSentHash] = useSessionDraft<Hash | null>(
    withdrawSentKey(pair.id, account),
    null,
    readSentHash,
  )
  const [flow, dispatch] = useReducer(withdrawFlowReducer, sentHash, initialWithdrawFlow)
  // the withdrawal sent from this tab is shown again after a reload, until "New withdrawal"
  useEffect(() => setSentHash(flow.phase === 'sent' ? flow.l2Hash : null), [flow, setSentHash])
  const withdraw = useWithdraw()
  const sendWithdrawal = useSendOnChain(withdraw, pair.l2.id)
  const { isOnChain } = useEnsureChain({ chainId: pair.l2.id })
  const { transfers } = useTransfers({ pair, account })
  const model = useWithdrawFormModel({ pair, account, form })
  const { check } = model

  const summary =
    check.amount.ok && check.recipient.ok && model.quote.data
      ? getWithdrawSummary({
          amount: check.amount.value,
          token: model.token,
          fee: model.quote.data.fee,
          baseToken: pair.l2.nativeCurrency,
          paysFee: model.paysFee,
          recipient: check.recipient.value,
          recipientIsOwn: check.recipientIsOwn,
          l1Name: pair.l1.name,
          l2Name: pair.l2.name,
          delay: pair.withdrawalDelay,
        })
      : undefined

  if (flow.phase === 'sent') {
    const { l2Hash } = flow
    const saved = transfers.find(
      (t): t is WithdrawalTransfer =>
        t.kind === 'withdrawal' && t.l2Hash.toLowerCase() === l2Hash.toLowerCase(),
    )
    const sent = withdraw.variables ?? saved
    return (
      <WithdrawSent
        pair={pair}
        withdrawalPanel={withdrawalPanel}
        l2Hash={l2Hash}
        {...(saved ? { transfer: saved } : {})}
        {...(sent ? describeSent(sent, account) : {})}
        onNewWithdrawal={() => {
          withdraw.reset()
          setForm({ token: form.token, amount: '', recipient: '' })
          dispatch({ type: 'new-withdrawal' })
        }}
      />
    )
  }

  if (flow.phase === 'review' || flow.phase === 'sending') {
    const l2Token = model.l2Token
    if (!summary || !l2Token || !check.amount.ok || !check.recipient.ok)
      return (
        <div className="flex justify-center py-10">
          <Spinner label="Updating the fee" />
        </div>
      )
    const amount = check.amount.value
    const to = check.recipient.value
    return (
      <WithdrawReview
        pair={pair}
        summary={summary}
        sending={flow.phase === 'sending'}
        error={flow.phase === 'review' ? flow.error : null}
        switchesChain={!isOnChain}
        onBack={() => dispatch({ type: 'back' })}
        onDismissError={() => dispatch({ type: 'dismiss-error' })}
        onConfirm={() => {
          dispatch({ type: 'send' })
          sendWithdrawal({ pair, account, token: form.token, l2Token, amount, to }).then(
            (hash) => dispatch({ type: 'sent', l2Hash: hash }),
            (error: unknown) => dispatch({ type: 'failed', error }),
          )
        }}
      />
    )
  }

  return (
    <WithdrawForm
      pair={pair}
      account={account}
      form={form}
      model={model}
      imported={imported}
      onChange={setForm}
      onReview={() => dispatch({ type: 'review' })}
    />
  )
}

/** An empty form on the L2's base token (ETH, or the chain's own gas token). */
function initialForm(pair: ChainPair) {
  const first = withdrawableTokens({
    listed: pair.tokens,
    imported: [],
    baseSymbol: pair.l2.nativeCurrency.symbol,
  }).tokens[0]
  return first ? { ...emptyWithdrawForm, token: toTokenRef(first) } : emptyWithdrawForm
}

/** "0.75 ETH" to "your address" / "0x35Ea…A5b9", from what was sent or the saved record. */
function describeSent(
  sent: { token: TokenRef; amount: bigint | string; to?: Address; recipient?: Address },
  account: Address,
) {
  const token = { symbol: tokenSymbol(sent.token), decimals: tokenDecimals(sent.token) }
  const to = sent.to ?? sent.recipient ?? account
  return {
    amount: formatTokenAmount(BigInt(sent.amount), token, { exact: true }),
    recipient: to.toLowerCase() === account.toLowerCase() ? 'your address' : shortenAddress(to),
  }
}
