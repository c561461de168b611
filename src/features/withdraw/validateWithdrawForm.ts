import type { Address } from 'viem'
import { type TokenRef, tokenDecimals, tokenSymbol } from '../../bridge/tokens'
import { parseAddressInput } from '../../lib/address'
import { type AmountParseResult, maxSpendable, parseAmountInput } from '../../lib/amount'

/** What the user typed into the withdraw form, as typed. */
export type WithdrawFormValues = { token: TokenRef; amount: string; recipient: string }

export type WithdrawFormCheck = {
  amount: AmountParseResult
  recipient: { ok: true; value: Address } | { ok: false; message: string }
  recipientIsOwn: boolean
  /** What Max fills in: the L2 balance, minus a reserve for the L2 fee when the token pays it. */
  max: bigint | undefined
  valid: boolean
}

/** The L2 fee may move between the quote and the send: Max keeps this much more aside (×1.5). */
export function feeReserve(fee: bigint): bigint {
  return (fee * 3n) / 2n
}

/**
 * The withdraw form as the user types: the amount against the L2 balance (and, for the base
 * token, against the balance minus the L2 fee), the L1 recipient (empty = own account).
 */
export function validateWithdrawForm(p: {
  form: WithdrawFormValues
  account: Address
  /** L2 balance of the token (undefined while loading). */
  balance?: bigint
  /** The L2 fee of the withdrawal, in the base token (undefined while loading). */
  fee?: bigint
  /** The token is the L2's base token: the fee comes out of the same balance. */
  paysFee: boolean
}): WithdrawFormCheck {
  const { form, account, balance, fee, paysFee } = p
  const base = { decimals: tokenDecimals(form.token), symbol: tokenSymbol(form.token) }
  const max =
    balance === undefined
      ? undefined
      : paysFee
        ? fee === undefined
          ? undefined
          : maxSpendable({ balance, reserve: feeReserve(fee) })
        : balance
  let amount = parseAmountInput(form.amount, {
    ...base,
    ...(balance === undefined ? {} : { max: balance }),
  })
  if (
    amount.ok &&
    paysFee &&
    balance !== undefined &&
    fee !== undefined &&
    amount.value + fee > balance
  )
    amount = parseAmountInput(form.amount, {
      ...base,
      max: maxSpendable({ balance, reserve: fee }),
      maxKind: 'spendable',
    })
  const recipient =
    form.recipient.trim() === ''
      ? ({ ok: true, value: account } as const)
      : parseAddressInput(form.recipient)
  const recipientIsOwn = recipient.ok && recipient.value.toLowerCase() === account.toLowerCase()
  return {
    amount,
    recipient: recipient.ok ? recipient : { ok: false, message: recipient.message },
    recipientIsOwn,
    max,
    valid: amount.ok && recipient.ok,
  }
}
