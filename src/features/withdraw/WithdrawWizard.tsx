import { useState } from 'react'
import type { Address } from 'viem'
import { l2BaseTokenAddress } from 'viem/zksync'
import { Link } from 'wouter'
import { ethToken, tokenDecimals, tokenSymbol, type WithdrawalTransfer } from '../../bridge/types'
import { ErrorMessage } from '../../components/ErrorMessage'
import { AddressInput } from '../../components/ui/AddressInput'
import { Alert } from '../../components/ui/Alert'
import { AmountInput } from '../../components/ui/AmountInput'
import { Button } from '../../components/ui/Button'
import { SummaryRow } from '../../components/ui/SummaryRow'
import { WrongNetworkNotice } from '../../components/WrongNetworkNotice'
import type { ChainPair } from '../../config/chains'
import { appStorage } from '../../hooks/storage'
import { useL2TokenAddress } from '../../hooks/useL2TokenAddress'
import { useSessionDraft } from '../../hooks/useSessionDraft'
import { useTokenBalance } from '../../hooks/useTokenBalance'
import { useTransfers } from '../../hooks/useTransfers'
import { useWithdraw } from '../../hooks/useWithdraw'
import { useWithdrawalQuote } from '../../hooks/useWithdrawalQuote'
import { useWithdrawalStatus } from '../../hooks/useWithdrawalStatus'
import { parseAmountInput } from '../../lib/amount'
import { formatAmount, formatTokenAmount, shortenAddress } from '../../lib/format'
import { useEnsureChain } from '../../wallets/useEnsureChain'
import { readStoredToken } from '../deposit/depositDraft'
import { loadImportedTokens } from '../deposit/importedTokens'
import { TokenPicker } from '../deposit/TokenPicker'
import { validateWithdrawForm, type WithdrawFormValues } from './validateWithdrawForm'
import { WithdrawalStatusPanel } from './WithdrawalStatusPanel'

export type WithdrawWizardProps = { pair: ChainPair; account: Address }

const draftKey = (pairId: string, account: Address) =>
  `ferry:withdraw-draft:v1:${pairId}:${account.toLowerCase()}`

const emptyForm: WithdrawFormValues = { token: ethToken, amount: '', recipient: '' }

/** A stored draft, checked (anything odd: start from an empty form). */
function readDraft(stored: unknown): WithdrawFormValues | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined
  const raw = stored as Record<string, unknown>
  const token = readStoredToken(raw.token)
  if (!token || typeof raw.amount !== 'string' || typeof raw.recipient !== 'string')
    return undefined
  return { token, amount: raw.amount.slice(0, 200), recipient: raw.recipient.slice(0, 200) }
}

/**
 * The withdraw wizard: token, amount and L1 recipient → review (L2 fee, the wait before the
 * funds can be claimed) → the L2 transaction → its status, with Finalize once it is ready.
 */
export function WithdrawWizard({ pair, account }: WithdrawWizardProps) {
  const [form, setForm] = useSessionDraft(draftKey(pair.id, account), emptyForm, readDraft)
  const [phase, setPhase] = useState<'form' | 'review'>('form')
  const withdraw = useWithdraw()
  const { ensureChain } = useEnsureChain({ chainId: pair.l2.id })
  const { transfers } = useTransfers({ pair, account })
  // tokens the user imported on the deposit page can be withdrawn too
  const [imported] = useState(() => loadImportedTokens(appStorage(), pair.id))
  // the same query as the status panel's: is there still something to finalize later?
  const sentStatus = useWithdrawalStatus({
    pair,
    ...(withdraw.data ? { l2Hash: withdraw.data } : {}),
  })
  const finalized = sentStatus.data?.status === 'finalized'

  const token = { symbol: tokenSymbol(form.token), decimals: tokenDecimals(form.token) }
  const typed = parseAmountInput(form.amount, token)
  const quote = useWithdrawalQuote({
    pair,
    account,
    token: form.token,
    amount: typed.ok ? typed.value : 1n,
  })
  const l2Token = useL2TokenAddress({ pair, token: form.token }).data
  const balance = useTokenBalance({
    chainId: pair.l2.id,
    token: l2Token ?? l2BaseTokenAddress,
    ...(l2Token ? { account } : {}),
  })
  const paysFee = l2Token?.toLowerCase() === l2BaseTokenAddress.toLowerCase()
  const check = validateWithdrawForm({
    form,
    account,
    ...(balance.data === undefined ? {} : { balance: balance.data }),
    ...(quote.data ? { fee: quote.data.fee } : {}),
    paysFee,
  })
  const baseToken = pair.l2.nativeCurrency

  if (withdraw.data) {
    const saved = transfers.find(
      (t): t is WithdrawalTransfer =>
        t.kind === 'withdrawal' && t.l2Hash.toLowerCase() === withdraw.data.toLowerCase(),
    )
    return (
      <div className="space-y-5" data-testid="withdraw-sent">
        <WithdrawalStatusPanel
          pair={pair}
          l2Hash={withdraw.data}
          {...(saved ? { transfer: saved } : {})}
          what={`${form.amount} ${token.symbol}`}
        />
        {!finalized && (
          <p className="text-xs text-muted">
            You can finalize later from any device: open{' '}
            <Link
              href={`/claim/${withdraw.data}`}
              className="font-medium text-accent-text hover:underline"
            >
              this withdrawal's own page
            </Link>
            , or find it on the Transfers page (rebuilt from the chain).
          </p>
        )}
        <Button
          variant="secondary"
          fullWidth
          onClick={() => {
            withdraw.reset()
            setForm({ token: form.token, amount: '', recipient: '' })
            setPhase('form')
          }}
        >
          New withdrawal
        </Button>
      </div>
    )
  }

  if (
    phase === 'review' &&
    check.amount.ok &&
    check.recipient.ok &&
    quote.data &&
    !quote.isPlaceholderData &&
    l2Token
  ) {
    const amount = check.amount.value
    const to = check.recipient.value
    return (
      <div className="space-y-5" data-testid="withdraw-review">
        <WrongNetworkNotice chainId={pair.l2.id} reason="Withdrawals are sent from the L2." />
        <div className="rounded-xl bg-subtle px-4 py-3">
          <p className="text-xs text-muted">You withdraw</p>
          <p className="text-2xl font-semibold tabular-nums text-ink" data-testid="review-amount">
            {formatTokenAmount(amount, token, { exact: true })}
          </p>
          <p className="mt-1 text-sm text-muted">
            to{' '}
            {check.recipientIsOwn ? (
              'your address'
            ) : (
              <span className="font-mono">{shortenAddress(to)}</span>
            )}{' '}
            on {pair.l1.name}
          </p>
        </div>
        <dl className="divide-y divide-line">
          <SummaryRow
            label="L2 fee"
            hint="Estimate"
            value={`≈ ${formatTokenAmount(quote.data.fee, baseToken)}`}
            data-testid="fee-l2"
          />
          <SummaryRow
            label={`Arrives on ${pair.l1.name}`}
            value={formatTokenAmount(amount, token, { exact: true })}
          />
        </dl>
        <Alert tone="info" title="Two transactions, with a wait in between">
          <span data-testid="withdraw-wait">
            The funds leave {pair.l2.name} now. They can be claimed on {pair.l1.name}{' '}
            {pair.withdrawalDelay.text.startsWith('after') ? '' : 'after '}
            {pair.withdrawalDelay.text}, once the batch is executed; you then finalize the
            withdrawal with a transaction on {pair.l1.name} (from any device).
          </span>
        </Alert>
        {withdraw.error && (
          <ErrorMessage
            error={withdraw.error}
            onRetry={() => withdraw.reset()}
            retryLabel="Dismiss"
          />
        )}
        <div className="flex flex-col-reverse gap-2 sm:flex-row">
          <Button
            variant="secondary"
            size="lg"
            className="sm:flex-1"
            disabled={withdraw.isPending}
            onClick={() => {
              withdraw.reset()
              setPhase('form')
            }}
          >
            Back
          </Button>
          <Button
            size="lg"
            className="sm:flex-[2]"
            loading={withdraw.isPending}
            loadingText="Confirm in your wallet…"
            onClick={async () => {
              withdraw.reset()
              await ensureChain().catch(() => undefined)
              withdraw.mutate({ pair, account, token: form.token, l2Token, amount, to })
            }}
          >
            Withdraw
          </Button>
        </div>
      </div>
    )
  }

  const amountError =
    form.amount.trim() !== '' && !check.amount.ok ? check.amount.message : undefined
  return (
    <form
      className="space-y-5"
      data-testid="withdraw-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (check.valid && quote.data) setPhase('review')
      }}
    >
      <WrongNetworkNotice chainId={pair.l2.id} reason="Withdrawals are sent from the L2." />
      <TokenPicker
        label="Token"
        value={form.token}
        listed={pair.tokens}
        imported={imported}
        onSelect={(t) => setForm({ ...form, token: t })}
      />
      <AmountInput
        label="Amount"
        name="amount"
        value={form.amount}
        onChange={(amount) => setForm({ ...form, amount })}
        symbol={token.symbol}
        balanceLoading={Boolean(l2Token) && balance.isPending}
        balance={
          balance.data === undefined ? undefined : (
            <span data-testid="l2-balance">
              {formatTokenAmount(balance.data, token)} on {pair.l2.name}
            </span>
          )
        }
        onMax={() => {
          if (check.max !== undefined)
            setForm({
              ...form,
              amount: formatAmount(check.max, token.decimals, { exact: true, grouping: '' }),
            })
        }}
        maxDisabled={check.max === undefined}
        error={amountError}
        hint={
          paysFee ? `The L2 fee is paid in ${baseToken.symbol} too: Max keeps it aside.` : undefined
        }
      />
      <AddressInput
        label={`Recipient on ${pair.l1.name}`}
        name="recipient"
        value={form.recipient}
        onChange={(recipient) => setForm({ ...form, recipient })}
        placeholder={`Your address (${shortenAddress(account)})`}
        error={
          form.recipient.trim() !== '' && !check.recipient.ok ? check.recipient.message : undefined
        }
        hint={
          form.recipient.trim() === '' ? 'Leave empty to receive on your own address.' : undefined
        }
      />
      {quote.error && !quote.isFetching && typed.ok && (
        <ErrorMessage
          error={quote.error}
          title="Could not estimate the L2 fee"
          onRetry={() => void quote.refetch()}
        />
      )}
      <Button
        type="submit"
        size="lg"
        fullWidth
        disabled={
          !check.valid || !quote.data || quote.isPlaceholderData || form.amount.trim() === ''
        }
        loading={check.valid && quote.isFetching && !quote.data}
        loadingText="Estimating the fee…"
      >
        Review withdrawal
      </Button>
    </form>
  )
}
