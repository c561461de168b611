import type { Address } from 'viem'
import { tokenDecimals, tokenSymbol } from '../../bridge/tokens'
import { parseAddressInput } from '../../lib/address'
import { type AmountParseResult, parseAmountInput } from '../../lib/amount'
import { type GasLimitParseResult, parseGasLimitInput } from '../../lib/parseGasLimitInput'
import type { DepositFormValues } from './depositReducer'

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; message: string }

export type ValidateDepositFormParameters = {
  form: DepositFormValues
  /** The connected account: the recipient when the field is empty. */
  account: Address
  /** The L1 balance of the selected token (undefined while loading). */
  balance?: bigint
  /** What may be sent after fees taken from the same token (`getDepositLimits().spendable`). */
  spendable?: bigint
}

export type DepositFormCheck = {
  amount: AmountParseResult
  recipient: FieldCheck<Address>
  /** The recipient is the connected account (the field is empty or names it). */
  recipientIsOwn: boolean
  l2GasLimit: GasLimitParseResult
  refundRecipient: FieldCheck<Address | undefined>
  /** Every field is valid: the form can go to review. */
  valid: boolean
}

function checkAmount(
  form: DepositFormValues,
  balance: bigint | undefined,
  spendable: bigint | undefined,
): AmountParseResult {
  const base = { decimals: tokenDecimals(form.token), symbol: tokenSymbol(form.token) }
  const parsed = parseAmountInput(form.amount, { ...base, max: balance })
  if (!parsed.ok || spendable === undefined || parsed.value <= spendable) return parsed
  return parseAmountInput(form.amount, { ...base, max: spendable, maxKind: 'spendable' })
}

/**
 * The whole deposit form, field by field, as the user types: the amount (format, decimals of the
 * token, zero, more than the balance, more than what is left after fees), the recipient (empty =
 * the connected account; checksum), and the advanced L2 gas limit and refund recipient.
 */
export function validateDepositForm({
  form,
  account,
  balance,
  spendable,
}: ValidateDepositFormParameters): DepositFormCheck {
  const amount = checkAmount(form, balance, spendable)
  const recipient: FieldCheck<Address> =
    form.recipient.trim() === '' ? { ok: true, value: account } : parseAddressInput(form.recipient)
  const refundText = form.advanced.refundRecipient
  const refundRecipient: FieldCheck<Address | undefined> =
    refundText.trim() === '' ? { ok: true, value: undefined } : parseAddressInput(refundText)
  const l2GasLimit = parseGasLimitInput(form.advanced.l2GasLimit)
  return {
    amount,
    recipient,
    recipientIsOwn: recipient.ok && recipient.value.toLowerCase() === account.toLowerCase(),
    l2GasLimit,
    refundRecipient,
    valid: amount.ok && recipient.ok && l2GasLimit.ok && refundRecipient.ok,
  }
}
