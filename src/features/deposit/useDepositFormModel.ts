import type { Address } from 'viem'
import type { DepositQuote } from '../../bridge/actions/getDepositQuote'
import type { ChainPair } from '../../bridge/pair'
import {
  isEthAddress,
  SDK_ETH_ADDRESS,
  type TokenRef,
  tokenAddressOf,
  tokenDecimals,
  tokenSymbol,
} from '../../bridge/tokens'
import { useDepositQuote } from '../../hooks/useDepositQuote'
import { useIsContract } from '../../hooks/useIsContract'
import { useTokenBalance } from '../../hooks/useTokenBalance'
import { parseAmountInput } from '../../lib/amount'
import type { DepositFormValues } from './depositReducer'
import { getDepositLimits } from './getDepositLimits'
import { validateDepositForm } from './validateDepositForm'

/** A quote kept from the previous token while the new one loads is not used for this one. */
export function quoteIsForToken(quote: Pick<DepositQuote, 'token'>, token: TokenRef): boolean {
  if (token.kind === 'eth') return isEthAddress(quote.token)
  return quote.token.toLowerCase() === token.l1Address.toLowerCase()
}

/**
 * Everything the deposit form shows besides what was typed: the L1 balance, the live quote (for
 * fees, Max and the review), the checks of each field, whether the recipient is a contract on L2.
 * Chain data stays in react-query; this only derives from it.
 */
export function useDepositFormModel(p: {
  pair: ChainPair
  account: Address
  form: DepositFormValues
}) {
  const { pair, account, form } = p
  const token = tokenAddressOf(form.token)
  const balance = useTokenBalance({ chainId: pair.l1.id, token, account })
  // The quote is computed for the typed amount as soon as it parses (1 base unit before that,
  // so that Max and the fees are known before anything is typed).
  const typed = parseAmountInput(form.amount, {
    decimals: tokenDecimals(form.token),
    symbol: tokenSymbol(form.token),
  })
  const firstCheck = validateDepositForm({ form, account })
  const quote = useDepositQuote({
    pair,
    account,
    token,
    amount: typed.ok ? typed.value : 1n,
    to: firstCheck.recipient.ok ? firstCheck.recipient.value : account,
    l2GasLimit: firstCheck.l2GasLimit.ok ? firstCheck.l2GasLimit.value : undefined,
  })
  const quoteData = quote.data && quoteIsForToken(quote.data, form.token) ? quote.data : undefined
  const limits =
    balance.data === undefined || !quoteData
      ? undefined
      : getDepositLimits({ token: form.token, balance: balance.data, quote: quoteData })
  const check = validateDepositForm({
    form,
    account,
    ...(balance.data === undefined ? {} : { balance: balance.data }),
    ...(limits ? { spendable: limits.spendable } : {}),
  })
  const recipient = check.recipient.ok && !check.recipientIsOwn ? check.recipient.value : undefined
  const recipientIsContract = useIsContract({ chainId: pair.l2.id, address: recipient })
  // ETH pays the L1 gas whatever the token; a custom base token pays the L2 base cost.
  const ethBalance = useTokenBalance({ chainId: pair.l1.id, token: SDK_ETH_ADDRESS, account })
  const baseTokenAddress =
    quoteData && !isEthAddress(quoteData.baseToken) && quoteData.route !== 'base-token'
      ? quoteData.baseToken
      : undefined
  const baseTokenBalance = useTokenBalance({
    chainId: pair.l1.id,
    token: baseTokenAddress ?? SDK_ETH_ADDRESS,
    account,
  })
  /** The quote matches what is typed now (not the previous amount kept while refreshing). */
  const quoteIsCurrent = Boolean(quoteData) && !quote.isPlaceholderData && typed.ok
  return {
    balance,
    quote,
    /** The quote for the selected token (possibly for the previous amount while refreshing). */
    quoteData,
    quoteIsCurrent,
    limits,
    check,
    recipientIsContract: recipientIsContract.data === true,
    balances: {
      eth: ethBalance.data,
      ...(baseTokenAddress ? { [baseTokenAddress.toLowerCase()]: baseTokenBalance.data } : {}),
    } as Record<string, bigint | undefined>,
  }
}
