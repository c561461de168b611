import type { Address } from 'viem'
import type { ChainPair } from '../../bridge/pair'
import { isEthAddress, SDK_ETH_ADDRESS } from '../../bridge/tokens'
import { useRequestExecuteQuote } from '../../hooks/useRequestExecuteQuote'
import { useTokenBalance } from '../../hooks/useTokenBalance'
import { type CallFormValues, checkCallForm } from '../../lib/checkCallForm'
import { describeCall } from './describeCall'
import type { ReviewedCall } from './requestExecuteFlow'

/**
 * Everything the request-execute form shows besides what was typed: the checks of each field,
 * the L2 gas estimate (always asked for, so a typed limit can be compared with it), the quote
 * the call would be sent with (for the typed limit when there is one), and the L1 balances that
 * pay for it. Chain data stays in react-query; this only derives from it.
 */
export function useRequestExecuteFormModel(p: {
  pair: ChainPair
  account: Address
  form: CallFormValues
}) {
  const { pair, account, form } = p
  const check = checkCallForm(form, pair.l2.nativeCurrency)
  const call = {
    pair,
    from: account,
    ...(check.target.ok ? { contractAddress: check.target.value } : {}),
    ...(check.calldata.ok ? { calldata: check.calldata.value } : {}),
    l2Value: check.l2Value.ok ? check.l2Value.value : 0n,
  }
  const typedLimit = check.l2GasLimit.ok ? check.l2GasLimit.value : undefined
  const estimate = useRequestExecuteQuote(call)
  // Without a typed limit this query has no target, so it stays idle.
  const { contractAddress: _noTarget, ...rest } = call
  const typed = useRequestExecuteQuote(
    typedLimit === undefined ? rest : { ...call, l2GasLimit: typedLimit },
  )
  const quote = typedLimit === undefined ? estimate : typed
  const ethBalance = useTokenBalance({ chainId: pair.l1.id, token: SDK_ETH_ADDRESS, account })
  const baseToken = quote.data?.baseToken ?? estimate.data?.baseToken
  const customBase = baseToken && !isEthAddress(baseToken) ? baseToken : undefined
  const baseTokenBalance = useTokenBalance({
    chainId: pair.l1.id,
    token: customBase ?? SDK_ETH_ADDRESS,
    account,
  })
  const description = describeCall(form, check)
  const reviewed: ReviewedCall | undefined =
    check.valid &&
    quote.data &&
    description &&
    check.target.ok &&
    check.calldata.ok &&
    check.l2Value.ok &&
    check.refundRecipient.ok
      ? {
          quote: quote.data,
          target: check.target.value,
          calldata: check.calldata.value,
          l2Value: check.l2Value.value,
          ...(check.refundRecipient.value ? { refundRecipient: check.refundRecipient.value } : {}),
          call: description,
          errorAbi: check.errorAbi,
        }
      : undefined
  return {
    check,
    /** The quote without a typed limit: its L2 gas limit is `zks_estimateGasL1ToL2`'s. */
    estimate,
    /** The quote the call would be sent with. */
    quote,
    typedLimit,
    /** Ready for review: every field valid and a quote for exactly these inputs. */
    reviewed,
    balances: {
      eth: ethBalance.data,
      ...(customBase ? { [customBase.toLowerCase()]: baseTokenBalance.data } : {}),
    } as Record<string, bigint | undefined>,
  }
}
