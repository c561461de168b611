import { parseGwei } from 'viem'
import { describe, expect, it } from 'vitest'
import {
  estimateRequestExecuteL1Gas,
  getRequestExecuteSummary,
  getShortfalls,
} from './getRequestExecuteSummary'

const eth = '0x0000000000000000000000000000000000000001'
const tst = '0xB7B2fDade40eee6D0099EdC29d1e4A29570fbFdB'
const gasPrice = parseGwei('2')

describe('getRequestExecuteSummary', () => {
  it('ETH chain: one total in ETH = base cost + L2 value + L1 gas', () => {
    const s = getRequestExecuteSummary({
      quote: { baseToken: eth, baseCost: 300n, l2GasLimit: 400_000n, gasPrice },
      l2Value: 20n,
      calldataBytes: 100,
      baseToken: { symbol: 'ETH', decimals: 18 },
      approvals: 0,
    })
    expect(s.l2GasLimit).toBe(400_000n)
    expect(s.baseCost).toEqual({ key: 'eth', symbol: 'ETH', decimals: 18, amount: 300n })
    expect(s.l1Gas.amount).toBe(estimateRequestExecuteL1Gas(100) * gasPrice)
    expect(estimateRequestExecuteL1Gas(100)).toBeGreaterThan(estimateRequestExecuteL1Gas(0))
    expect(s.totals).toEqual([
      { key: 'eth', symbol: 'ETH', decimals: 18, amount: 320n + s.l1Gas.amount },
    ])
  })

  it('custom base token: the base token (cost + value) first, then the L1 gas in ETH', () => {
    const s = getRequestExecuteSummary({
      quote: { baseToken: tst, baseCost: 300n, l2GasLimit: 400_000n, gasPrice },
      l2Value: 5n,
      calldataBytes: 4,
      baseToken: { symbol: 'TST', decimals: 18 },
      approvals: 1,
    })
    expect(s.baseCost.symbol).toBe('TST')
    expect(s.totals.map((t) => [t.key, t.symbol, t.amount])).toEqual([
      [tst.toLowerCase(), 'TST', 305n],
      ['eth', 'ETH', s.l1Gas.amount],
    ])
    // the approval adds its own L1 gas
    const without = getRequestExecuteSummary({
      quote: { baseToken: tst, baseCost: 300n, l2GasLimit: 400_000n, gasPrice },
      l2Value: 5n,
      calldataBytes: 4,
      baseToken: { symbol: 'TST', decimals: 18 },
      approvals: 0,
    })
    expect(s.l1Gas.amount).toBeGreaterThan(without.l1Gas.amount)
  })
})

describe('getShortfalls', () => {
  const totals = [
    { key: 'tst', symbol: 'TST', decimals: 18, amount: 10n },
    { key: 'eth', symbol: 'ETH', decimals: 18, amount: 5n },
  ]
  it('lists each token the wallet lacks; unknown balances are not judged', () => {
    expect(getShortfalls(totals, { tst: 9n, eth: 5n })).toEqual([{ ...totals[0], available: 9n }])
    expect(getShortfalls(totals, { tst: undefined, eth: 4n })).toEqual([
      { ...totals[1], available: 4n },
    ])
    expect(getShortfalls(totals, {})).toEqual([])
  })
})
