import fc from 'fast-check'
import { type Address, maxUint256, parseEther, parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { DEVNET_DEFAULT_ADDRESSES } from '../../../devnet/facts'
import type { DepositRoute } from '../model/transfer'
import {
  CONTRACTS_ETH_ADDRESS,
  L2_BASE_TOKEN_ADDRESS,
  PLACEHOLDER_ETH_ADDRESS,
  SDK_ETH_ADDRESS,
  type TokenRef,
} from '../tokens'
import {
  type DepositFlowStep,
  type GetDepositStepsParameters,
  getDepositSteps,
} from './depositSteps'

// Issue 6: the step plans of the four deposit routes (five cases: the base-token route on an ETH
// chain and on a custom chain) with their exact approval amounts and msg.value. Complements
// depositSteps.test.ts with the devnet's tokens and numbers, allowance boundaries on every
// route, the other spellings of ETH and of addresses, and a conservation property stated
// independently of the implementation: the wallet authorizes exactly what the bridge pulls.

const ROUTER: Address = DEVNET_DEFAULT_ADDRESSES.l1AssetRouter
const TST_ADDRESS: Address = DEVNET_DEFAULT_ADDRESSES.tokens.TST
const TUSD_ADDRESS: Address = DEVNET_DEFAULT_ADDRESSES.tokens.TUSD
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
  l1Address: TUSD_ADDRESS,
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}

/** The L2 base cost plus operator tip of a devnet quote (in base-token units). */
const baseCost = parseEther('0.000231')

type Case = {
  name: string
  route: DepositRoute
  token: TokenRef
  base: Address
  amount: bigint
}
const cases: Case[] = [
  {
    name: 'ETH to the ETH chain',
    route: 'base-token',
    token: ETH,
    base: CONTRACTS_ETH_ADDRESS,
    amount: parseEther('1.5'),
  },
  {
    name: 'TST to the TST chain',
    route: 'base-token',
    token: TST,
    base: TST_ADDRESS,
    amount: parseEther('10'),
  },
  {
    name: 'TUSD to the ETH chain',
    route: 'erc20-to-eth-chain',
    token: TUSD,
    base: CONTRACTS_ETH_ADDRESS,
    amount: parseUnits('250', 6),
  },
  {
    name: 'ETH to the TST chain',
    route: 'eth-to-custom-chain',
    token: ETH,
    base: TST_ADDRESS,
    amount: parseEther('0.25'),
  },
  {
    name: 'TUSD to the TST chain',
    route: 'erc20-to-custom-chain',
    token: TUSD,
    base: TST_ADDRESS,
    amount: parseUnits('3', 6),
  },
]
/** `mintValue` as `getDepositQuote` computes it. */
const mintValueOf = (c: Case) => (c.route === 'base-token' ? baseCost + c.amount : baseCost)

function plan(c: Case, allowances: GetDepositStepsParameters['allowances'] = {}) {
  return getDepositSteps({
    route: c.route,
    token: c.token,
    amount: c.amount,
    mintValue: mintValueOf(c),
    baseTokenL1Address: c.base,
    sharedBridge: ROUTER,
    allowances,
  })
}
const approve = (
  purpose: 'token' | 'base-token',
  token: Address,
  amount: bigint,
): DepositFlowStep => ({
  kind: 'approve',
  token,
  spender: ROUTER,
  amount,
  purpose,
})
const byName = (name: string) => {
  const c = cases.find((x) => x.name === name)
  if (!c) throw new Error(name)
  return c
}

describe('deposit routes: plans with no allowance yet (devnet numbers)', () => {
  it('ETH to the ETH chain: deposit only, msg.value = amount + base cost', () => {
    expect(plan(byName('ETH to the ETH chain'))).toEqual([
      { kind: 'deposit', value: parseEther('1.500231') },
    ])
  })

  it('TST to the TST chain: approve TST for amount + base cost (mintValue), no ETH sent', () => {
    expect(plan(byName('TST to the TST chain'))).toEqual([
      approve('base-token', TST_ADDRESS, parseEther('10.000231')),
      { kind: 'deposit', value: 0n },
    ])
  })

  it('TUSD to the ETH chain: approve exactly the TUSD amount; msg.value pays the base cost', () => {
    expect(plan(byName('TUSD to the ETH chain'))).toEqual([
      approve('token', TUSD_ADDRESS, 250_000_000n),
      { kind: 'deposit', value: baseCost },
    ])
  })

  it('ETH to the TST chain: approve TST for the base cost; msg.value = the ETH amount', () => {
    expect(plan(byName('ETH to the TST chain'))).toEqual([
      approve('base-token', TST_ADDRESS, baseCost),
      { kind: 'deposit', value: parseEther('0.25') },
    ])
  })

  it('TUSD to the TST chain: TST for the base cost first, then TUSD for the amount; no ETH', () => {
    expect(plan(byName('TUSD to the TST chain'))).toEqual([
      approve('base-token', TST_ADDRESS, baseCost),
      approve('token', TUSD_ADDRESS, 3_000_000n),
      { kind: 'deposit', value: 0n },
    ])
  })
})

describe('deposit routes: an approval is skipped exactly when the allowance covers it', () => {
  it('TST to the TST chain: an allowance for the amount alone is not enough (the fee is pulled too)', () => {
    const c = byName('TST to the TST chain')
    const mintValue = mintValueOf(c)
    expect(plan(c, { baseToken: c.amount })).toEqual([
      approve('base-token', TST_ADDRESS, mintValue),
      { kind: 'deposit', value: 0n },
    ])
    expect(plan(c, { baseToken: mintValue - 1n })[0]).toEqual(
      approve('base-token', TST_ADDRESS, mintValue),
    )
    expect(plan(c, { baseToken: mintValue })).toEqual([{ kind: 'deposit', value: 0n }])
    // the "token" allowance means nothing on this route: TST is the base token
    expect(plan(c, { token: maxUint256 })).toHaveLength(2)
  })

  it('ETH to the TST chain: the base-token approval is skipped from exactly the base cost', () => {
    const c = byName('ETH to the TST chain')
    expect(plan(c, { baseToken: baseCost - 1n })).toEqual([
      approve('base-token', TST_ADDRESS, baseCost),
      { kind: 'deposit', value: c.amount },
    ])
    expect(plan(c, { baseToken: baseCost })).toEqual([{ kind: 'deposit', value: c.amount }])
  })

  it('TUSD to the TST chain: each approval on its own boundary; both covered → deposit only', () => {
    const c = byName('TUSD to the TST chain')
    const both = { baseToken: baseCost, token: c.amount }
    expect(plan(c, both)).toEqual([{ kind: 'deposit', value: 0n }])
    expect(plan(c, { ...both, baseToken: baseCost - 1n })).toEqual([
      approve('base-token', TST_ADDRESS, baseCost),
      { kind: 'deposit', value: 0n },
    ])
    expect(plan(c, { ...both, token: c.amount - 1n })).toEqual([
      approve('token', TUSD_ADDRESS, c.amount),
      { kind: 'deposit', value: 0n },
    ])
    // a larger allowance never raises the approval: it is always the exact amount
    expect(plan(c, { baseToken: 1n, token: 1n })).toEqual(plan(c, {}))
  })

  it('ETH-chain routes never approve a base token, whatever allowances are passed', () => {
    for (const name of ['ETH to the ETH chain', 'TUSD to the ETH chain']) {
      const c = byName(name)
      expect(
        plan(c, { baseToken: 0n, token: maxUint256 }).filter(
          (s) => s.kind === 'approve' && s.purpose === 'base-token',
        ),
      ).toEqual([])
    }
  })

  it('a free base cost (0) on a custom chain needs no base-token approval', () => {
    const steps = getDepositSteps({
      route: 'erc20-to-custom-chain',
      token: TUSD,
      amount: 1n,
      mintValue: 0n,
      baseTokenL1Address: TST_ADDRESS,
      sharedBridge: ROUTER,
      allowances: {},
    })
    expect(steps).toEqual([approve('token', TUSD_ADDRESS, 1n), { kind: 'deposit', value: 0n }])
  })
})

describe('deposit routes: other spellings give the same plan', () => {
  it('an ETH-chain base token given as 0x0…0 (SDK form) is still an ETH chain', () => {
    for (const name of ['ETH to the ETH chain', 'TUSD to the ETH chain']) {
      const c = byName(name)
      expect(plan({ ...c, base: SDK_ETH_ADDRESS })).toEqual(plan(c))
    }
  })

  it('the token given as an L1 address (any ETH alias, any case) plans like the TokenRef', () => {
    const ethAliases: Address[] = [
      SDK_ETH_ADDRESS,
      CONTRACTS_ETH_ADDRESS,
      L2_BASE_TOKEN_ADDRESS,
      PLACEHOLDER_ETH_ADDRESS,
    ]
    for (const c of cases) {
      const spellings: Address[] =
        c.token.kind === 'eth'
          ? ethAliases
          : [c.token.l1Address, c.token.l1Address.toLowerCase() as Address]
      for (const token of spellings) {
        const steps = getDepositSteps({
          route: c.route,
          token,
          amount: c.amount,
          mintValue: mintValueOf(c),
          baseTokenL1Address: c.base,
          sharedBridge: ROUTER,
          allowances: {},
        })
        const expected = plan(c).map((s) =>
          // an approval of the token names it as it was given
          s.kind === 'approve' && s.purpose === 'token' ? { ...s, token } : s,
        )
        expect(steps).toEqual(expected)
      }
    }
  })

  it('the base token given in lowercase is approved at the chain’s base-token address', () => {
    const steps = getDepositSteps({
      route: 'base-token',
      token: { ...TST, l1Address: TST_ADDRESS.toLowerCase() as Address },
      amount: 5n,
      mintValue: 12n,
      baseTokenL1Address: TST_ADDRESS,
      sharedBridge: ROUTER,
      allowances: {},
    })
    expect(steps).toEqual([approve('base-token', TST_ADDRESS, 12n), { kind: 'deposit', value: 0n }])
  })

  it.each<[DepositRoute, Case]>([
    ['erc20-to-eth-chain', byName('ETH to the ETH chain')],
    ['base-token', byName('TUSD to the TST chain')],
    ['eth-to-custom-chain', byName('TST to the TST chain')],
    ['erc20-to-custom-chain', byName('ETH to the TST chain')],
  ])('refuses route %s for a token that takes another route', (route, c) => {
    expect(() => plan({ ...c, route })).toThrow(/does not match the token/)
  })
})

describe('deposit routes: the wallet authorizes exactly what the bridge pulls', () => {
  // What the bridge pulls, per token: the base token pays mintValue (amount + fee when it is
  // the deposited token, the fee otherwise), another deposited token its amount. ETH moves only
  // as msg.value; an ERC-20 only through an approval (or an allowance already given).
  const pulls = (c: Case, amount: bigint, fee: bigint): Map<string, bigint> => {
    const key = (t: TokenRef) => (t.kind === 'eth' ? 'eth' : t.l1Address.toLowerCase())
    const baseKey = c.base === CONTRACTS_ETH_ADDRESS ? 'eth' : c.base.toLowerCase()
    const need = new Map<string, bigint>()
    const add = (k: string, v: bigint) => {
      if (v > 0n) need.set(k, (need.get(k) ?? 0n) + v)
    }
    const depositsBase = key(c.token) === baseKey
    add(baseKey, depositsBase ? amount + fee : fee)
    if (!depositsBase) add(key(c.token), amount)
    return need
  }

  it('property: msg.value plus approvals plus the allowances that were enough = what is pulled', () => {
    const units = fc.bigInt({ min: 0n, max: 10n ** 36n })
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.bigInt({ min: 1n, max: 10n ** 36n }),
        units,
        fc.option(units, { nil: undefined }),
        fc.option(units, { nil: undefined }),
        (c, amount, fee, tokenAllowance, baseAllowance) => {
          const mintValue = c.route === 'base-token' ? fee + amount : fee
          const steps = getDepositSteps({
            route: c.route,
            token: c.token,
            amount,
            mintValue,
            baseTokenL1Address: c.base,
            sharedBridge: ROUTER,
            allowances: { token: tokenAllowance, baseToken: baseAllowance },
          })
          const need = pulls(c, amount, fee)
          const authorized = new Map<string, bigint>()
          for (const step of steps) {
            const k = step.kind === 'deposit' ? 'eth' : step.token.toLowerCase()
            const v = step.kind === 'deposit' ? step.value : step.amount
            if (v > 0n) authorized.set(k, (authorized.get(k) ?? 0n) + v)
            if (step.kind === 'approve') expect(step.spender).toBe(ROUTER)
          }
          // an ERC-20 not approved now must already be covered by its allowance
          for (const [k, v] of need) {
            if (k === 'eth') {
              expect(authorized.get('eth')).toBe(v)
              continue
            }
            const allowance =
              k === c.base.toLowerCase() ? (baseAllowance ?? 0n) : (tokenAllowance ?? 0n)
            if (authorized.has(k)) {
              expect(authorized.get(k)).toBe(v)
              expect(allowance < v).toBe(true)
            } else expect(allowance >= v).toBe(true)
          }
          // nothing else is authorized, ETH is never over-sent, and the deposit comes last
          for (const k of authorized.keys()) expect(need.has(k)).toBe(true)
          expect(steps.at(-1)?.kind).toBe('deposit')
          expect(steps.filter((s) => s.kind === 'deposit')).toHaveLength(1)
        },
      ),
    )
  })
})
