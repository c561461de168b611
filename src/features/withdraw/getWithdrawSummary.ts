import type { Address } from 'viem'
import type { WithdrawalDelay } from '../../bridge/pair'
import { formatDuration, formatTokenAmount, shortenAddress } from '../../lib/format'

type TokenInfo = { symbol: string; decimals: number }

/**
 * The wait before a withdrawal can be finalized, said plainly: "Funds can be claimed on
 * Ethereum after about 3 hours". `detail` repeats the chain's own wording when it says more.
 */
export function withdrawalWaitText(p: { l1Name: string; l2Name: string; delay: WithdrawalDelay }): {
  statement: string
  detail?: string
} {
  const { seconds, text } = p.delay
  const wait = seconds < 60 ? 'within a minute' : `after ${formatDuration(seconds)}`
  const statement = `Funds can be claimed on ${p.l1Name} ${wait}`
  const said = text.trim().replace(/\.$/, '')
  const sameThing = said === '' || said === wait || `after ${said}` === wait
  return sameThing ? { statement } : { statement, detail: `Typical for ${p.l2Name}: ${said}.` }
}

export type WithdrawSummary = {
  /** "0.75 ETH", every digit. */
  amount: string
  /** "≈ 0.0000032 ETH", in the L2 base token. */
  fee: string
  /** What the recipient gets on L1 (the whole amount: the fee is paid on top, on L2). */
  arrives: string
  /** For the base token: what leaves the L2 balance in all (amount + fee). */
  totalFromBalance?: string
  /** "your address" or "0x35Ea…A5b9". */
  recipient: string
  wait: { statement: string; detail?: string }
}

/** The review of a withdrawal: what is sent, the L2 fee, what arrives, to whom, and the wait. */
export function getWithdrawSummary(p: {
  amount: bigint
  token: TokenInfo
  fee: bigint
  baseToken: TokenInfo
  /** The withdrawn token is the L2's base token: the fee comes out of the same balance. */
  paysFee: boolean
  recipient: Address
  recipientIsOwn: boolean
  l1Name: string
  l2Name: string
  delay: WithdrawalDelay
}): WithdrawSummary {
  const amount = formatTokenAmount(p.amount, p.token, { exact: true })
  return {
    amount,
    fee: `≈ ${formatTokenAmount(p.fee, p.baseToken)}`,
    arrives: amount,
    ...(p.paysFee
      ? { totalFromBalance: `≈ ${formatTokenAmount(p.amount + p.fee, p.token, { exact: true })}` }
      : {}),
    recipient: p.recipientIsOwn ? 'your address' : shortenAddress(p.recipient),
    wait: withdrawalWaitText({ l1Name: p.l1Name, l2Name: p.l2Name, delay: p.delay }),
  }
}
