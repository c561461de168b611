import fc from 'fast-check'
import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import type { DepositRoute } from '../model/transfer'
import type { TokenRef } from '../tokens'
import { type DepositFlowStep, getDepositRoute, getDepositSteps } from './depositSteps'

const ETH_CHAIN_BASE: Address = '0x0000000000000000000000000000000000000001'
const B: Address = '0xB0B0b0b0B0B0b0b0B0B0b0b0b0b0B0b0b0b0b0b0'
const T: Address = '0x7777777777777777777777777777777777777777'
const ROUTER: Address = '0xA55e7A55e7A55e7A55e7A55e7a55E7a55E7a55e7'

const eth: TokenRef = { kind: 'eth' }
const tusd: TokenRef = {
  kind: 'erc20',
  l1Address: T,
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}
const baseAsToken: TokenRef = {
  kind: 'erc20',
  l1Address: B,
  symbol: 'B',
  name: 'Base',
  decimals: 18,
}

describe('getDepositRoute', () => {
  const ethForms: (TokenRef | Address)[] = [
    eth,
    '0x0000000000000000000000000000000000000000',
    '0x0000000000000000000000000000000000000001',
    '0x000000000000000000000000000000000000800a',
    '0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE',
    '0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee',
  ]
  const ethBases: Address[] = [ETH_CHAIN_BASE, '0x0000000000000000000000000000000000000000']

  it('ETH to an ETH chain is the base token, in every ETH spelling', () => {
    for (const token of ethForms) {
      for (const baseTokenL1Address of ethBases) {
        expect(getDepositRoute({ token, baseTokenL1Address })).toBe('base-token')
      }
      expect(getDepositRoute({ token, baseTokenL1Address: B })).toBe('eth-to-custom-chain')
    }
  })

  it('an ERC-20 to an ETH chain', () => {
    for (const baseTokenL1Address of ethBases) {
      expect(getDepositRoute({ token: tusd, baseTokenL1Address })).toBe('erc20-to-eth-chain')
      expect(getDepositRoute({ token: T, baseTokenL1Address })).toBe('erc20-to-eth-chain')
    }
  })

  it('the base token of a custom chain, whatever the case of its address', () => {
    expect(getDepositRoute({ token: baseAsToken, baseTokenL1Address: B })).toBe('base-token')
    expect(getDepositRoute({ token: B.toLowerCase() as Address, baseTokenL1Address: B })).toBe(
      'base-token',
    )
  })

  it('another ERC-20 to a custom chain', () => {
    expect(getDepositRoute({ token: tusd, baseTokenL1Address: B })).toBe('erc20-to-custom-chain')
  })
})

const approve = (
  purpose: 'token' | 'base-token',
  token: Address,
  amount: bigint,
): DepositFlowStep => ({ kind: 'approve', token, spender: ROUTER, amount, purpose })

describe('getDepositSteps', () => {
  const amount = 1_000n
  const baseCostAndTip = 300n

  it('ETH to an ETH chain: one deposit paying mintValue, no approval', () => {
    const mintValue = baseCostAndTip + amount
    expect(
      getDepositSteps({
        route: 'base-token',
        token: eth,
        amount,
        mintValue,
        baseTokenL1Address: ETH_CHAIN_BASE,
        sharedBridge: ROUTER,
        allowances: {},
      }),
    ).toEqual([{ kind: 'deposit', value: mintValue }])
  })

  it('an ERC-20 to an ETH chain: approve exactly the amount, deposit pays the fee in ETH', () => {
    const params = {
      route: 'erc20-to-eth-chain' as const,
      token: tusd,
      amount,
      mintValue: baseCostAndTip,
      baseTokenL1Address: ETH_CHAIN_BASE,
      sharedBridge: ROUTER,
    }
    expect(getDepositSteps({ ...params, allowances: {} })).toEqual([
      approve('token', T, amount),
      { kind: 'deposit', value: baseCostAndTip },
    ])
    expect(getDepositSteps({ ...params, allowances: { token: amount - 1n } })).toEqual([
      approve('token', T, amount),
      { kind: 'deposit', value: baseCostAndTip },
    ])
    expect(getDepositSteps({ ...params, allowances: { token: amount } })).toEqual([
      { kind: 'deposit', value: baseCostAndTip },
    ])
    // an ETH chain never needs a base-token approval, whatever allowance is passed
    expect(getDepositSteps({ ...params, allowances: { token: amount, baseToken: 0n } })).toEqual([
      { kind: 'deposit', value: baseCostAndTip },
    ])
  })

  it('the base token of a custom chain: approve mintValue (fee + amount), send no ETH', () => {
    const mintValue = baseCostAndTip + amount
    const params = {
      route: 'base-token' as const,
      token: baseAsToken,
      amount,
      mintValue,
      baseTokenL1Address: B,
      sharedBridge: ROUTER,
    }
    expect(getDepositSteps({ ...params, allowances: { baseToken: mintValue - 1n } })).toEqual([
      approve('base-token', B, mintValue),
      { kind: 'deposit', value: 0n },
    ])
    expect(getDepositSteps({ ...params, allowances: { baseToken: mintValue } })).toEqual([
      { kind: 'deposit', value: 0n },
    ])
  })

  it('ETH to a custom chain: approve the base token for the fee, send the amount as ETH', () => {
    const params = {
      route: 'eth-to-custom-chain' as const,
      token: eth,
      amount,
      mintValue: baseCostAndTip,
      baseTokenL1Address: B,
      sharedBridge: ROUTER,
    }
    expect(getDepositSteps({ ...params, allowances: {} })).toEqual([
      approve('base-token', B, baseCostAndTip),
      { kind: 'deposit', value: amount },
    ])
    expect(getDepositSteps({ ...params, allowances: { baseToken: 10n ** 30n } })).toEqual([
      { kind: 'deposit', value: amount },
    ])
  })

  it('another ERC-20 to a custom chain: base token (fee) first, then the token, no ETH', () => {
    const params = {
      route: 'erc20-to-custom-chain' as const,
      token: tusd,
      amount,
      mintValue: baseCostAndTip,
      baseTokenL1Address: B,
      sharedBridge: ROUTER,
    }
    expect(getDepositSteps({ ...params, allowances: {} })).toEqual([
      approve('base-token', B, baseCostAndTip),
      approve('token', T, amount),
      { kind: 'deposit', value: 0n },
    ])
    expect(getDepositSteps({ ...params, allowances: { baseToken: baseCostAndTip } })).toEqual([
      approve('token', T, amount),
      { kind: 'deposit', value: 0n },
    ])
    expect(getDepositSteps({ ...params, allowances: { token: amount } })).toEqual([
      approve('base-token', B, baseCostAndTip),
      { kind: 'deposit', value: 0n },
    ])
  })

  it('refuses a route that does not match the token', () => {
    expect(() =>
      getDepositSteps({
        route: 'base-token',
        token: tusd,
        amount,
        mintValue: baseCostAndTip,
        baseTokenL1Address: ETH_CHAIN_BASE,
        sharedBridge: ROUTER,
        allowances: {},
      }),
    ).toThrow('Deposit route "base-token" does not match the token (expected "erc20-to-eth-chain")')
  })

  it('for any numbers: exact approvals only where the allowance falls short, then one deposit', () => {
    const cases: [TokenRef, Address, DepositRoute][] = [
      [eth, ETH_CHAIN_BASE, 'base-token'],
      [tusd, ETH_CHAIN_BASE, 'erc20-to-eth-chain'],
      [baseAsToken, B, 'base-token'],
      [eth, B, 'eth-to-custom-chain'],
      [tusd, B, 'erc20-to-custom-chain'],
    ]
    const units = fc.bigInt({ min: 0n, max: 10n ** 40n })
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.bigInt({ min: 1n, max: 10n ** 40n }),
        units,
        fc.option(units, { nil: undefined }),
        fc.option(units, { nil: undefined }),
        ([token, baseTokenL1Address, route], amount, fee, tokenAllowance, baseAllowance) => {
          const mintValue = route === 'base-token' ? fee + amount : fee
          const steps = getDepositSteps({
            route,
            token,
            amount,
            mintValue,
            baseTokenL1Address,
            sharedBridge: ROUTER,
            allowances: { token: tokenAllowance, baseToken: baseAllowance },
          })
          const deposit = steps.at(-1)
          const approvals = steps.slice(0, -1)
          expect(deposit?.kind).toBe('deposit')
          expect(approvals.every((s) => s.kind === 'approve' && s.spender === ROUTER)).toBe(true)

          const ethChain = baseTokenL1Address === ETH_CHAIN_BASE
          const needsBase = !ethChain && (baseAllowance ?? 0n) < mintValue && mintValue > 0n
          const needsToken =
            token.kind === 'erc20' && route !== 'base-token' && (tokenAllowance ?? 0n) < amount
          expect(approvals).toEqual([
            ...(needsBase ? [approve('base-token', B, mintValue)] : []),
            ...(needsToken ? [approve('token', T, amount)] : []),
          ])
          const value = ethChain ? mintValue : route === 'eth-to-custom-chain' ? amount : 0n
          expect(deposit).toEqual({ kind: 'deposit', value })
        },
      ),
    )
  })
})
