import type { Address } from 'viem'
import type { ChainPair, TokenListEntry } from '../../bridge/pair'
import { ErrorMessage } from '../../components/ErrorMessage'
import { AddressInput } from '../../components/ui/AddressInput'
import { AmountInput } from '../../components/ui/AmountInput'
import { Button } from '../../components/ui/Button'
import { formatAmount, formatTokenAmount, shortenAddress } from '../../lib/format'
import type { WithdrawFormModel } from './useWithdrawFormModel'
import type { WithdrawFormValues } from './validateWithdrawForm'
import { WithdrawTokenPicker } from './WithdrawTokenPicker'

export type WithdrawFormProps = {
  pair: ChainPair
  account: Address
  form: WithdrawFormValues
  model: WithdrawFormModel
  imported: readonly TokenListEntry[]
  onChange: (form: WithdrawFormValues) => void
  onReview: () => void
}

/** Token, amount (with Max) and L1 recipient; each field says what is wrong as the user types. */
export function WithdrawForm({
  pair,
  account,
  form,
  model,
  imported,
  onChange,
  onReview,
}: WithdrawFormProps) {
  const { check, quote, balance, token } = model
  const canReview = check.valid && model.quoteIsCurrent
  const typedSomething = (text: string) => text.trim() !== ''
  return (
    <form
      className="space-y-5"
      data-testid="withdraw-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (canReview) onReview()
      }}
    >
      <WithdrawTokenPicker
        pair={pair}
        account={account}
        value={form.token}
        imported={imported}
        onSelect={(t) => onChange({ ...form, token: t })}
      />
      <AmountInput
        label="Amount"
        name="amount"
        value={form.amount}
        onChange={(amount) => onChange({ ...form, amount })}
        symbol={token.symbol}
        balanceLoading={model.balanceValue === undefined && !balance.error}
        balance={
          model.balanceValue === undefined ? undefined : (
            <span data-testid="l2-balance">
              {formatTokenAmount(model.balanceValue, token)} on {pair.l2.name}
            </span>
          )
        }
        onMax={() => {
          if (check.max !== undefined)
            onChange({
              ...form,
              amount: formatAmount(check.max, token.decimals, { exact: true, grouping: '' }),
            })
        }}
        maxDisabled={check.max === undefined || check.max === 0n}
        error={typedSomething(form.amount) && !check.amount.ok ? check.amount.message : undefined}
        hint={
          model.paysFee
            ? `The L2 fee is paid in ${pair.l2.nativeCurrency.symbol} too: Max keeps it aside.`
            : undefined
        }
      />
      <AddressInput
        label={`Recipient on ${pair.l1.name}`}
        name="recipient"
        value={form.recipient}
        onChange={(recipient) => onChange({ ...form, recipient })}
        placeholder={`Your address (${shortenAddress(account)})`}
        error={
          typedSomething(form.recipient) && !check.recipient.ok
            ? check.recipient.message
            : undefined
        }
        hint={
          typedSomething(form.recipient) ? undefined : 'Leave empty to receive on your own address.'
        }
      />
      {quote.error && !quote.isFetching && check.valid && (
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
        disabled={!canReview}
        loading={check.valid && quote.isFetching && !model.quoteIsCurrent}
        loadingText="Estimating the fee…"
      >
        Review withdrawal
      </Button>
    </form>
  )
}
