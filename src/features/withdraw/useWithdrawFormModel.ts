import type { Address } from 'viem'
import { l2BaseTokenAddress } from 'viem/zksync'
import type { ChainPair } from '../../bridge/pair'
import { tokenDecimals, tokenSymbol } from '../../bridge/tokens'
import { useL2TokenAddress } from '../../hooks/useL2TokenAddress'
import { useTokenBalance } from '../../hooks/useTokenBalance'
import { useWithdrawalQuote } from '../../hooks/useWithdrawalQuote'
import { parseAmountInput } from '../../lib/amount'
import { readL2Balance } from './readL2Balance'
import { validateWithdrawForm, type WithdrawFormValues } from './validateWithdrawForm'

/**
 * Everything the withdraw form shows besides what was typed: the token's L2 address and
 * balance, the live fee quote, and the checks of each field (Max keeps the fee for the base
 * token). Chain data stays in react-query; this only derives from it.
 */
export function useWithdrawFormModel(p: {
  pair: ChainPair
  account: Address
  form: WithdrawFormValues
}) {
  const { pair, account, form } = p
  const token = { symbol: tokenSymbol(form.token), decimals: tokenDecimals(form.token) }
  const l2Token = useL2TokenAddress({ pair, token: form.token })
  const balance = useTokenBalance({
    chainId: pair.l2.id,
    token: l2Token.data ?? l2BaseTokenAddress,
    ...(l2Token.data ? { account } : {}),
  })
  const balanceValue = readL2Balance(balance)
  const paysFee = l2Token.data?.toLowerCase() === l2BaseTokenAddress.toLowerCase()
  // The fee is estimated for the typed amount once it parses (1 base unit before that, so that
  // Max and the fee are known before anything is typed).
  const typed = parseAmountInput(form.amount, token)
  const firstCheck = validateWithdrawForm({ form, account, paysFee })
  const quote = useWithdrawalQuote({
    pair,
    account,
    token: form.token,
    amount: typed.ok ? typed.value : 1n,
    to: firstCheck.recipient.ok ? firstCheck.recipient.value : account,
  })
  const check = validateWithdrawForm({
    form,
    account,
    ...(balanceValue === undefined ? {} : { balance: balanceValue }),
    ...(quote.data ? { fee: quote.data.fee } : {}),
    paysFee,
  })
  return {
    token,
    l2Token: l2Token.data,
    balance,
    /** The L2 balance (0 for a token not bridged yet), `undefined` while unknown. */
    balanceValue,
    quote,
    paysFee,
    check,
    /** The quote is for what is typed now (not the previous amount kept while refreshing). */
    quoteIsCurrent: Boolean(quote.data) && !quote.isPlaceholderData && typed.ok,
    typedAmountOk: typed.ok,
  }
}

export type WithdrawFormModel = ReturnType<typeof useWithdrawFormModel>
