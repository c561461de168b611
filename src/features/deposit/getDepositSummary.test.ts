import fc from 'fast-check'
import { type Address, parseEther, parseGwei, parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { DEVNET_DEFAULT_ADDRESSES } from '../../../devnet/facts'
import type { DepositRoute } from '../../bridge/model/transfer'
import type { TokenRef } from '../../bridge/tokens'
import {
  APPROVAL_GAS_TYPICAL,
  getDepositSummary,
  getFundsShortfalls,
  type TokenAmount,
} from './getDepositSummary'

// The review screen: each fee on its line and "Total from your wallet" per token must add up to
// what leaves the wallet on each route, on the ETH chain (270) and on the TST chain (272).

const ETH_BASE: Address = '0x0000000000000000000000000000000000000001'
const TST_ADDRESS = DEVNET_DEFAULT_ADDRESSES.tokens.TST
const TST_KEY = TST_ADDRESS.toLowerCase()
const TUSD_KEY = DEVNET_DEFAULT_ADDRESSES.tokens.TUSD.toLowerCase()
const ETH: TokenRef = { kind: 'eth' }
const TST: TokenRef = {
  kind: 'erc20',
  l1Address: TST_ADDRESS,
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
const ethChain = { baseToken: ETH_BASE, native: { symbol: 'ETH', decimals: 18 } }
const tstChain = { baseToken: TST_ADDRESS, native: { symbol: 'TST', decimals: 18 } }

const maxFeePerGas = parseGwei('3')
const baseCost = parseEther('0.00021')
const l1Fee = parseEther('0.0009')
const approvalFee = APPROVAL_GAS_TYPICAL * maxFeePerGas // 0.00015 ETH

function summary(
  token: TokenRef,
  amount: bigint,
  route: DepositRoute,
  chain: typeof ethChain | typeof tstChain,
  approvals: number,
) {
  return getDepositSummary({
    token,
    amount,
    quote: { route, baseToken: chain.baseToken, baseCost, l1Fee, maxFeePerGas },
    baseToken: chain.native,
    approvals,
  })
}

const eth = (amount: bigint) => ({ key: 'eth', symbol: 'ETH', decimals: 18, amount })
const tst = (amount: bigint) => ({ key: TST_KEY, symbol: 'TST', decimals: 18, amount })
const tusd = (amount: bigint) => ({ key: TUSD_KEY, symbol: 'TUSD', decimals: 6, amount })

describe('getDepositSummary: the lines and totals of each route', () => {
  it('ETH to the ETH chain: one ETH total = amount + L2 base cost + L1 gas', () => {
    const s = summary(ETH, parseEther('1.5'), 'base-token', ethChain, 0)
    expect(s.send).toEqual(eth(parseEther('1.5')))
    expect(s.receive).toEqual(eth(parseEther('1.5')))
    expect(s.baseCost).toEqual(eth(baseCost))
    expect(s.l1DepositFee).toEqual(eth(l1Fee))
    expect(s.l1ApprovalFee).toEqual(eth(0n))
    expect(s.totals).toEqual([eth(parseEther('1.50111'))])
  })

  it('TUSD to the ETH chain (one approval): TUSD amount, then ETH for base cost and both L1 gases', () => {
    const s = summary(TUSD, parseUnits('250.5', 6), 'erc20-to-eth-chain', ethChain, 1)
    expect(s.send).toEqual(tusd(parseUnits('250.5', 6)))
    expect(s.baseCost).toEqual(eth(baseCost))
    expect(s.l1ApprovalFee).toEqual(eth(parseEther('0.00015')))
    expect(s.totals).toEqual([
      tusd(parseUnits('250.5', 6)),
      eth(parseEther('0.00126')), // 0.00021 + 0.0009 + 0.00015
    ])
  })

  it('TST to the TST chain (its base token, one approval): TST = amount + base cost; ETH = L1 gas', () => {
    const s = summary(TST, parseEther('10'), 'base-token', tstChain, 1)
    expect(s.baseCost).toEqual(tst(baseCost))
    expect(s.totals).toEqual([tst(parseEther('10.00021')), eth(l1Fee + approvalFee)])
    expect(s.receive).toEqual(tst(parseEther('10')))
  })

  it('ETH to the TST chain (one base-token approval): ETH = amount + L1 gases; TST = base cost', () => {
    const s = summary(ETH, parseEther('0.25'), 'eth-to-custom-chain', tstChain, 1)
    expect(s.baseCost).toEqual(tst(baseCost))
    expect(s.totals).toEqual([eth(parseEther('0.25105')), tst(baseCost)])
  })

  it('TUSD to the TST chain (two approvals): TUSD, TST (base cost), ETH (L1 gases)', () => {
    const s = summary(TUSD, parseUnits('3', 6), 'erc20-to-custom-chain', tstChain, 2)
    expect(s.l1ApprovalFee).toEqual(eth(2n * approvalFee))
    expect(s.totals).toEqual([
      tusd(parseUnits('3', 6)),
      tst(baseCost),
      eth(parseEther('0.0012')), // 0.0009 + 2 × 0.00015
    ])
  })

  it('the base token merges with the deposited token whatever the case of its address', () => {
    const s = getDepositSummary({
      token: TST,
      amount: 5n,
      quote: {
        route: 'base-token',
        baseToken: TST_ADDRESS.toLowerCase() as Address,
        baseCost: 7n,
        l1Fee: 0n,
        maxFeePerGas,
      },
      baseToken: tstChain.native,
      approvals: 0,
    })
    expect(s.totals).toEqual([tst(12n)])
  })

  it('hides zero fee totals but always shows the deposited token', () => {
    const s = getDepositSummary({
      token: TUSD,
      amount: 0n,
      quote: {
        route: 'erc20-to-eth-chain',
        baseToken: ETH_BASE,
        baseCost: 0n,
        l1Fee: 0n,
        maxFeePerGas: 0n,
      },
      baseToken: ethChain.native,
      approvals: 1,
    })
    expect(s.totals).toEqual([tusd(0n)])
  })

  it('"You deposit" and "Arrives" stay the amount: totals add fees to copies', () => {
    const s = summary(ETH, 1n, 'base-token', ethChain, 0)
    expect(s.totals[0]?.amount).toBe(1n + baseCost + l1Fee)
    expect(s.send.amount).toBe(1n)
    expect(s.receive.amount).toBe(1n)
    expect(s.baseCost.amount).toBe(baseCost)
    expect(s.l1DepositFee.amount).toBe(l1Fee)
  })
})

describe('getDepositSummary: properties', () => {
  const cases = fc.constantFrom<[TokenRef, DepositRoute, typeof ethChain | typeof tstChain]>(
    [ETH, 'base-token', ethChain],
    [TUSD, 'erc20-to-eth-chain', ethChain],
    [TST, 'base-token', tstChain],
    [ETH, 'eth-to-custom-chain', tstChain],
    [TUSD, 'erc20-to-custom-chain', tstChain],
  )
  const units = fc.bigInt({ min: 0n, max: 10n ** 24n })

  it('each total is the sum of its lines; one total per token; the deposited token first', () => {
    fc.assert(
      fc.property(
        cases,
        units,
        units,
        units,
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.nat({ max: 2 }),
        ([token, route, chain], amount, cost, fee, feePerGas, approvals) => {
          const s = getDepositSummary({
            token,
            amount,
            quote: {
              route,
              baseToken: chain.baseToken,
              baseCost: cost,
              l1Fee: fee,
              maxFeePerGas: feePerGas,
            },
            baseToken: chain.native,
            approvals,
          })
          const lines = [s.send, s.baseCost, s.l1DepositFee, s.l1ApprovalFee]
          const expected = new Map<string, bigint>()
          for (const line of lines)
            expected.set(line.key, (expected.get(line.key) ?? 0n) + line.amount)
          const keys = s.totals.map((t) => t.key)
          expect(new Set(keys).size).toBe(keys.length)
          expect(keys[0]).toBe(s.send.key)
          for (const total of s.totals) expect(total.amount).toBe(expected.get(total.key))
          // only zero totals are left out
          for (const [key, amount] of expected) {
            if (amount > 0n) expect(keys).toContain(key)
          }
          expect(s.l1ApprovalFee.amount).toBe(BigInt(approvals) * APPROVAL_GAS_TYPICAL * feePerGas)
          expect(s.receive).toEqual(s.send)
        },
      ),
    )
  })
})

describe('getFundsShortfalls', () => {
  const totals: TokenAmount[] = [tusd(parseUnits('3', 6)), tst(baseCost), eth(parseEther('0.0012'))]

  it('lists each token the wallet cannot cover, with what it holds', () => {
    expect(
      getFundsShortfalls({
        totals,
        balances: {
          [TUSD_KEY]: parseUnits('3', 6),
          [TST_KEY]: baseCost - 1n,
          eth: parseEther('0.001'),
        },
      }),
    ).toEqual([
      { ...tst(baseCost), available: baseCost - 1n },
      { ...eth(parseEther('0.0012')), available: parseEther('0.001') },
    ])
  })

  it('a balance exactly covering the total is enough', () => {
    const balances = Object.fromEntries(totals.map((t) => [t.key, t.amount]))
    expect(getFundsShortfalls({ totals, balances })).toEqual([])
  })

  it('does not judge a balance still loading, nor the deposited token when told to skip it', () => {
    expect(
      getFundsShortfalls({
        totals,
        balances: { [TUSD_KEY]: 0n, [TST_KEY]: undefined },
        skipKey: TUSD_KEY,
      }),
    ).toEqual([])
    expect(getFundsShortfalls({ totals, balances: { [TUSD_KEY]: 0n } })).toEqual([
      { ...tusd(parseUnits('3', 6)), available: 0n },
    ])
  })

  it('property: a token is short exactly when its known balance is below its total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.bigInt({ min: 0n, max: 10n ** 20n }), { nil: undefined }), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.constantFrom(undefined, 'eth', TST_KEY, TUSD_KEY),
        (held, skipKey) => {
          const balances = Object.fromEntries(totals.map((t, i) => [t.key, held[i]]))
          const short = getFundsShortfalls({ totals, balances, ...(skipKey ? { skipKey } : {}) })
          const expected = totals.filter((t, i) => {
            const available = held[i]
            return t.key !== skipKey && available !== undefined && available < t.amount
          })
          expect(short.map((s) => s.key)).toEqual(expected.map((t) => t.key))
          for (const s of short) expect(s.available < s.amount).toBe(true)
        },
      ),
    )
  })
})
