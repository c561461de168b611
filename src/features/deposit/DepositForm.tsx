import { useState } from 'react'
import type { Address } from 'viem'
import type { ChainPair, TokenListEntry } from '../../bridge/pair'
import { tokenDecimals, tokenSymbol, toTokenRef } from '../../bridge/tokens'
import { ErrorMessage } from '../../components/ErrorMessage'
import { L2GasLimitField } from '../../components/L2GasLimitField'
import { TokenPicker } from '../../components/TokenPicker'
import { AddressInput } from '../../components/ui/AddressInput'
import { Alert } from '../../components/ui/Alert'
import { AmountInput } from '../../components/ui/AmountInput'
import { Button } from '../../components/ui/Button'
import { formatAmount, formatTokenAmount, shortenAddress } from '../../lib/format'
import type { DepositFormValues, DepositWizardAction } from './depositReducer'
import { ImportTokenForm } from './ImportTokenForm'
import type { useDepositFormModel } from './useDepositFormModel'

export type DepositFormProps = {
  pair: ChainPair
  account: Address
  form: DepositFormValues
  model: ReturnType<typeof useDepositFormModel>
  imported: readonly TokenListEntry[]
  onImportToken: (token: TokenListEntry) => void
  dispatch: (action: DepositWizardAction) => void
}

/** The deposit inputs: token, amount (with balance and Max), recipient, advanced settings. */
export function DepositForm({
  pair,
  account,
  form,
  model,
  imported,
  onImportToken,
  dispatch,
}: DepositFormProps) {
  const [importing, setImporting] = useState(false)
  const { check, limits, balance, quote, quoteData } = model
  const token = { symbol: tokenSymbol(form.token), decimals: tokenDecimals(form.token) }
  const amountError =
    form.amount.trim() !== '' && !check.amount.ok ? check.amount.message : undefined
  const recipientError =
    form.recipient.trim() !== '' && !check.recipient.ok ? check.recipient.message : undefined
  const canReview = check.valid && model.quoteIsCurrent && form.amount.trim() !== ''
  return (
    <form
      className="space-y-5"
      data-testid="deposit-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (canReview) dispatch({ type: 'review' })
      }}
    >
      {importing ? (
        <ImportTokenForm
          l1ChainId={pair.l1.id}
          l1Name={pair.l1.name}
          onCancel={() => setImporting(false)}
          onImport={(entry) => {
            onImportToken(entry)
            dispatch({ type: 'select-token', token: toTokenRef(entry) })
            setImporting(false)
          }}
        />
      ) : (
        <TokenPicker
          value={form.token}
          listed={pair.tokens}
          imported={imported}
          onSelect={(t) => dispatch({ type: 'select-token', token: t })}
          onImport={() => setImporting(true)}
        />
      )}

      <AmountInput
        label="Amount"
        name="amount"
        value={form.amount}
        onChange={(value) => dispatch({ type: 'edit', field: 'amount', value })}
        symbol={token.symbol}
        balanceLoading={balance.isPending}
        balance={
          balance.data === undefined ? undefined : (
            <span data-testid="l1-balance">{formatTokenAmount(balance.data, token)}</span>
          )
        }
        onMax={() => {
          if (limits)
            dispatch({
              type: 'edit',
              field: 'amount',
              value: formatAmount(limits.max, token.decimals, { exact: true, grouping: '' }),
            })
        }}
        maxDisabled={!limits}
        error={amountError}
        hint={
          limits?.paysFees && balance.data !== undefined
            ? `Max keeps ${formatTokenAmount(balance.data - limits.max, token)} for the fees.`
            : undefined
        }
      />

      <div className="space-y-2">
        <AddressInput
          label={`Recipient on ${pair.l2.name}`}
          name="recipient"
          value={form.recipient}
          onChange={(value) => dispatch({ type: 'edit', field: 'recipient', value })}
          placeholder={`Your address (${shortenAddress(account)})`}
          error={recipientError}
          hint={
            form.recipient.trim() === ''
              ? 'Leave empty to receive on your own address.'
              : check.recipientIsOwn
                ? 'This is your own address.'
                : undefined
          }
        />
        {model.recipientIsContract && (
          <Alert tone="warn" title="The recipient is a contract on the L2">
            Make sure this contract can use the {token.symbol} it receives: funds sent to a contract
            that cannot move them are lost.
          </Alert>
        )}
      </div>

      <details className="group rounded-xl border border-line" data-testid="advanced-settings">
        <summary className="cursor-pointer rounded-xl px-3.5 py-2.5 text-sm font-medium text-ink select-none hover:bg-subtle">
          Advanced settings
        </summary>
        <div className="space-y-4 px-3.5 pt-1 pb-3.5">
          <L2GasLimitField
            value={form.advanced.l2GasLimit}
            onChange={(value) => dispatch({ type: 'edit', field: 'l2GasLimit', value })}
            check={check.l2GasLimit}
            {...(quoteData?.l2GasLimitEstimated ? { estimate: quoteData.l2GasLimit } : {})}
            note="A limit too low for the L2 makes the deposit fail there (then it can be claimed back)."
          />
          <AddressInput
            label="Refund recipient on the L2"
            name="refundRecipient"
            value={form.advanced.refundRecipient}
            onChange={(value) => dispatch({ type: 'edit', field: 'refundRecipient', value })}
            placeholder="Your address"
            error={
              form.advanced.refundRecipient.trim() !== '' && !check.refundRecipient.ok
                ? check.refundRecipient.message
                : undefined
            }
            hint="Gets the unused L2 gas back. Empty: your own address."
          />
        </div>
      </details>

      {quote.error && !quote.isFetching && (
        <ErrorMessage
          error={quote.error}
          title="Could not get the fees"
          onRetry={() => void quote.refetch()}
        />
      )}

      <Button
        type="submit"
        size="lg"
        fullWidth
        disabled={!canReview}
        loading={check.valid && form.amount.trim() !== '' && !model.quoteIsCurrent && !quote.error}
        loadingText="Getting fees…"
      >
        Review deposit
      </Button>
    </form>
  )
}
