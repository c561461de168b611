import { parseEther, parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { getWithdrawSummary, withdrawalWaitText } from './getWithdrawSummary'

const eth = { symbol: 'ETH', decimals: 18 }
const tusd = { symbol: 'TUSD', decimals: 6 }
const names = { l1Name: 'Ethereum', l2Name: 'zkSync Era' }

describe('withdrawalWaitText', () => {
  it('states the wait of the chain plainly', () => {
    expect(
      withdrawalWaitText({ ...names, delay: { text: 'about 3 hours', seconds: 10_800 } }),
    ).toEqual({ statement: 'Funds can be claimed on Ethereum after about 3 hours' })
    expect(withdrawalWaitText({ ...names, delay: { text: '', seconds: 5 } })).toEqual({
      statement: 'Funds can be claimed on Ethereum within a minute',
    })
  })

  it("adds the chain's own wording when it says more", () => {
    expect(
      withdrawalWaitText({ ...names, delay: { text: 'usually under an hour.', seconds: 3_600 } }),
    ).toEqual({
      statement: 'Funds can be claimed on Ethereum after about 1 hour',
      detail: 'Typical for zkSync Era: usually under an hour.',
    })
  })
})

describe('getWithdrawSummary', () => {
  const common = {
    ...names,
    baseToken: eth,
    recipient: '0x35Ea2eBa3Dd8A5Bd0b1e0C5B5b3e1D3E2a6fA5b9' as const,
    delay: { text: 'about 3 hours', seconds: 10_800 },
  }

  it('a base-token withdrawal: the fee comes on top, out of the same balance', () => {
    const summary = getWithdrawSummary({
      ...common,
      amount: parseEther('0.75'),
      token: eth,
      fee: parseEther('0.0000032'),
      paysFee: true,
      recipientIsOwn: true,
    })
    expect(summary).toEqual({
      amount: '0.75 ETH',
      fee: '≈ 0.0000032 ETH',
      arrives: '0.75 ETH',
      totalFromBalance: '≈ 0.7500032 ETH',
      recipient: 'your address',
      wait: { statement: 'Funds can be claimed on Ethereum after about 3 hours' },
    })
  })

  it('an ERC-20 withdrawal: the whole amount arrives, the fee is in the base token', () => {
    const summary = getWithdrawSummary({
      ...common,
      amount: parseUnits('20', 6),
      token: tusd,
      fee: parseEther('0.00001'),
      paysFee: false,
      recipientIsOwn: false,
    })
    expect(summary.amount).toBe('20 TUSD')
    expect(summary.arrives).toBe('20 TUSD')
    expect(summary.fee).toBe('≈ 0.00001 ETH')
    expect(summary.totalFromBalance).toBeUndefined()
    expect(summary.recipient).toBe('0x35Ea…A5b9')
  })
})
