import fc from 'fast-check'
import { parseEther, parseGwei, parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { DEVNET_DEFAULT_ADDRESSES } from '../../../devnet/facts'
import { L1_GAS_RESERVE, L1_GAS_TYPICAL } from '../../bridge/actions/getDepositQuote'
import type { DepositRoute } from '../../bridge/model/transfer'
import type { TokenRef } from '../../bridge/tokens'
import { getDepositLimits } from './getDepositLimits'

// What Max fills in and what the amount field accepts, on each route, with fees as the quote
// computes them (typical L1 gas and the reserve at the current fee per gas, the L2 base cost).

const ETH: TokenRef = { kind: 'eth' }
const TST: TokenRef = {
  kind: 'erc20',
  l1Address: DEVNET_DEFAULT_ADDRESSES.tokens.TST,
  symbol: 'TST',
  name: 'Test Token',
  decimals: 18,
}
const TUSD: TokenRef = {
  kind: 'erc20',
  l1Address: DEVNET_DEFAULT_ADDRESSES.tokens.TUSD,
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}

const maxFeePerGas = parseGwei('1.5')
/** The fee part of a quote, as `getDepositQuote` builds it for a route. */
function quoteFor(route: DepositRoute, baseCost = parseEther('0.00042')) {
  return {
    route,
    baseCost,
    l1Fee: L1_GAS_TYPICAL[route] * maxFeePerGas,
    l1FeeReserve: L1_GAS_RESERVE[route] * maxFeePerGas,
  }
}

describe('getDepositLimits: Max and spendable per route', () => {
  it('ETH to an ETH chain: Max leaves the L2 base cost and the L1 fee reserve', () => {
    const quote = quoteFor('base-token')
    const balance = parseEther('3.25')
    const limits = getDepositLimits({ token: ETH, balance, quote })
    // 3.25 − 0.00042 − 200 000 × 1.5 gwei (0.0003)
    expect(limits?.max).toBe(parseEther('3.24928'))
    // 3.25 − 0.00042 − 150 000 × 1.5 gwei (0.000225)
    expect(limits?.spendable).toBe(parseEther('3.249355'))
    expect(limits?.paysFees).toBe(true)
  })

  it('ETH to a custom-base-token chain: only the L1 gas reserve is kept (the base cost is in TST)', () => {
    const quote = quoteFor('eth-to-custom-chain', parseEther('7'))
    const limits = getDepositLimits({ token: ETH, balance: parseEther('1'), quote })
    expect(limits).toEqual({
      max: parseEther('1') - 1_000_000n * maxFeePerGas,
      spendable: parseEther('1') - 300_000n * maxFeePerGas,
      paysFees: true,
    })
  })

  it('TST to the TST chain (its base token): Max leaves the base cost, not the L1 gas paid in ETH', () => {
    const baseCost = parseEther('0.05')
    const limits = getDepositLimits({
      token: TST,
      balance: parseEther('100'),
      quote: quoteFor('base-token', baseCost),
    })
    expect(limits).toEqual({
      max: parseEther('99.95'),
      spendable: parseEther('99.95'),
      paysFees: true,
    })
  })

  it('an ERC-20 that is not the base token pays no fees in itself: Max is the whole balance', () => {
    for (const route of ['erc20-to-eth-chain', 'erc20-to-custom-chain'] as const) {
      const balance = parseUnits('1234.567891', 6)
      expect(getDepositLimits({ token: TUSD, balance, quote: quoteFor(route) })).toEqual({
        max: balance,
        spendable: balance,
        paysFees: false,
      })
    }
  })

  it('a balance below the fees gives 0, never a negative Max', () => {
    const quote = quoteFor('base-token')
    expect(getDepositLimits({ token: ETH, balance: 1n, quote })).toEqual({
      max: 0n,
      spendable: 0n,
      paysFees: true,
    })
    expect(getDepositLimits({ token: ETH, balance: 0n, quote })?.max).toBe(0n)
    // between the typical fee and the reserve: nothing for Max, a little still spendable
    const between = quote.baseCost + quote.l1Fee + 10n
    expect(getDepositLimits({ token: ETH, balance: between, quote })).toEqual({
      max: 0n,
      spendable: 10n,
      paysFees: true,
    })
  })

  it('is undefined while the quote is loading, whatever the token', () => {
    for (const token of [ETH, TST, TUSD]) {
      expect(getDepositLimits({ token, balance: parseEther('1') })).toBeUndefined()
    }
  })

  it('free fees (a zero-gas-price chain) leave the whole balance and say no fees are paid', () => {
    const quote = { route: 'base-token' as const, baseCost: 0n, l1Fee: 0n, l1FeeReserve: 0n }
    expect(getDepositLimits({ token: ETH, balance: 5n, quote })).toEqual({
      max: 5n,
      spendable: 5n,
      paysFees: false,
    })
  })
})

describe('getDepositLimits: properties', () => {
  const tokens = fc.constantFrom<[TokenRef, DepositRoute]>(
    [ETH, 'base-token'],
    [ETH, 'eth-to-custom-chain'],
    [TST, 'base-token'],
    [TUSD, 'erc20-to-eth-chain'],
    [TUSD, 'erc20-to-custom-chain'],
  )
  const wei = fc.bigInt({ min: 0n, max: 10n ** 24n })

  it('0 ≤ max ≤ spendable ≤ balance; fees paid ⇔ balance reduced (when the balance covers them)', () => {
    fc.assert(
      fc.property(
        tokens,
        wei,
        wei,
        wei,
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        ([token, route], balance, baseCost, l1Fee, extraReserve) => {
          // the reserve is never below the typical fee (it is for every route of the quote)
          const quote = { route, baseCost, l1Fee, l1FeeReserve: l1Fee + extraReserve }
          const limits = getDepositLimits({ token, balance, quote })
          if (!limits) throw new Error('limits are known once the quote is')
          expect(limits.max >= 0n).toBe(true)
          expect(limits.max <= limits.spendable).toBe(true)
          expect(limits.spendable <= balance).toBe(true)
          if (!limits.paysFees) expect(limits.max).toBe(balance)
        },
      ),
    )
  })

  it('Max plus what it keeps aside is the balance, exactly, when the balance is enough', () => {
    fc.assert(
      fc.property(wei, wei, wei, wei, (spare, baseCost, l1Fee, reserveExtra) => {
        const quote = quoteFor('base-token', baseCost)
        const q = { ...quote, l1Fee, l1FeeReserve: l1Fee + reserveExtra }
        const balance = baseCost + q.l1FeeReserve + spare
        const limits = getDepositLimits({ token: ETH, balance, quote: q })
        expect(limits?.max).toBe(spare)
        expect(limits?.spendable).toBe(spare + reserveExtra)
      }),
    )
  })

  it('a larger balance never lowers Max', () => {
    fc.assert(
      fc.property(tokens, wei, wei, wei, ([token, route], a, b, baseCost) => {
        const quote = quoteFor(route, baseCost)
        const [low, high] = a <= b ? [a, b] : [b, a]
        const lowMax = getDepositLimits({ token, balance: low, quote })?.max ?? -1n
        const highMax = getDepositLimits({ token, balance: high, quote })?.max ?? -1n
        expect(highMax >= lowMax).toBe(true)
      }),
    )
  })
})
