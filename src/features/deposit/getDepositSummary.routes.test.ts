import fc from 'fast-check'
import { parseEther, parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { getDepositLimits } from './getDepositLimits'
import { APPROVAL_GAS_TYPICAL, getDepositSummary, getFundsShortfalls } from './getDepositSummary'

// Max, the amount limit, and the review's numbers on each route: what the user sees before
// signing must add up.

const ETH = { kind: 'eth' as const }
const TST_ADDRESS = '0xB7B2fDade40eee6D0099EdC29d1e4A29570fbFdB' as const
const TST = {
  kind: 'erc20' as const,
  l1Address: TST_ADDRESS,
  symbol: 'TST',
  name: 'Test Token',
  decimals: 18,
}
const TUSD = {
  kind: 'erc20' as const,
  l1Address: '0x7baEC2668170D7Fd1588cB753CCdFF6a6210e1d3' as const,
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}
const fees = {
  baseCost: parseEther('0.0005'),
  l1Fee: parseEther('0.0003'),
  l1FeeReserve: parseEther('0.001'),
}

describe('getDepositLimits', () => {
  it('ETH to an ETH chain: Max keeps the base cost and the L1 gas reserve', () => {
    const balance = parseEther('2')
    const limits = getDepositLimits({
      token: ETH,
      balance,
      quote: { route: 'base-token', ...fees },
    })
    expect(limits).toEqual({
      max: balance - fees.baseCost - fees.l1FeeReserve,
      spendable: balance - fees.baseCost - fees.l1Fee,
      paysFees: true,
    })
  })

  it('the base token of a custom chain (portal #265): Max keeps the base cost', () => {
    const balance = parseEther('10')
    const limits = getDepositLimits({
      token: TST,
      balance,
      quote: { route: 'base-token', ...fees },
    })
    expect(limits?.max).toBe(balance - fees.baseCost)
    expect(limits?.paysFees).toBe(true)
  })

  it('ETH to a custom chain pays only the L1 gas in ETH; an ERC-20 pays nothing in itself', () => {
    const balance = parseEther('1')
    const eth = getDepositLimits({
      token: ETH,
      balance,
      quote: { route: 'eth-to-custom-chain', ...fees },
    })
    expect(eth?.max).toBe(balance - fees.l1FeeReserve)
    const erc20 = getDepositLimits({
      token: TUSD,
      balance: parseUnits('5', 6),
      quote: { route: 'erc20-to-eth-chain', ...fees },
    })
    expect(erc20).toEqual({
      max: parseUnits('5', 6),
      spendable: parseUnits('5', 6),
      paysFees: false,
    })
  })

  it('is unknown without a quote, and never negative nor above the balance', () => {
    expect(getDepositLimits({ token: ETH, balance: 1n })).toBeUndefined()
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 22n }),
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        (balance, baseCost, l1Fee) => {
          const quote = { route: 'base-token' as const, baseCost, l1Fee, l1FeeReserve: l1Fee * 3n }
          const limits = getDepositLimits({ token: ETH, balance, quote })
          if (!limits) throw new Error('no limits')
          expect(limits.max >= 0n && limits.max <= balance).toBe(true)
          expect(limits.spendable >= limits.max).toBe(true)
        },
      ),
    )
  })
})

describe('getDepositSummary', () => {
  const quote = { ...fees, maxFeePerGas: 2_000_000_000n }

  it('ETH to an ETH chain: one ETH total = amount + base cost + L1 gas', () => {
    const s = getDepositSummary({
      token: ETH,
      amount: parseEther('1'),
      quote: {
        ...quote,
        route: 'base-token',
        baseToken: '0x0000000000000000000000000000000000000001',
      },
      baseToken: { symbol: 'ETH', decimals: 18 },
      approvals: 0,
    })
    expect(s.totals).toEqual([
      {
        key: 'eth',
        symbol: 'ETH',
        decimals: 18,
        amount: parseEther('1') + fees.baseCost + fees.l1Fee,
      },
    ])
    expect(s.receive.amount).toBe(parseEther('1'))
  })

  it('an ERC-20 to a TST chain: TUSD, TST (base cost) and ETH (L1 gas incl. two approvals)', () => {
    const s = getDepositSummary({
      token: TUSD,
      amount: parseUnits('12', 6),
      quote: { ...quote, route: 'erc20-to-custom-chain', baseToken: TST_ADDRESS },
      baseToken: { symbol: 'TST', decimals: 18 },
      approvals: 2,
    })
    expect(s.totals.map((t) => [t.symbol, t.amount])).toEqual([
      ['TUSD', parseUnits('12', 6)],
      ['TST', fees.baseCost],
      ['ETH', fees.l1Fee + 2n * APPROVAL_GAS_TYPICAL * quote.maxFeePerGas],
    ])
    expect(s.baseCost.symbol).toBe('TST')
  })

  it('flags each token the wallet cannot cover, not the ones still loading', () => {
    const totals = [
      { key: 'eth', symbol: 'ETH', decimals: 18, amount: 10n },
      { key: 'tst', symbol: 'TST', decimals: 18, amount: 5n },
    ]
    expect(getFundsShortfalls({ totals, balances: { eth: 9n, tst: undefined } })).toEqual([
      { key: 'eth', symbol: 'ETH', decimals: 18, amount: 10n, available: 9n },
    ])
    expect(getFundsShortfalls({ totals, balances: { eth: 10n, tst: 5n } })).toEqual([])
  })
})
