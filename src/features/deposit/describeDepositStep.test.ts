import fc from 'fast-check'
import { type Address, parseEther, parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { DEVNET_DEFAULT_ADDRESSES } from '../../../devnet/facts'
import { type DepositFlowStep, getDepositSteps } from '../../bridge/flows/depositSteps'
import type { DepositRoute } from '../../bridge/model/transfer'
import { type TokenRef, tokenDecimals, tokenSymbol } from '../../bridge/tokens'
import { formatAmount } from '../../lib/format'
import { type DescribeDepositStepContext, describeDepositStep } from './describeDepositStep'

// The "Transactions to sign" list of the review and the execution stepper: what each wallet
// request is for, with the exact amount an approval lets the bridge take.

const ETH_BASE: Address = '0x0000000000000000000000000000000000000001'
const ROUTER: Address = '0x1F373F17b8A83BAd80FBFA18D0d7Dc6E0141d27C'
const TST_ADDRESS = DEVNET_DEFAULT_ADDRESSES.tokens.TST
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
const ethChain = { base: ETH_BASE, name: 'Ferry devnet', native: { symbol: 'ETH', decimals: 18 } }
const tstChain = {
  base: TST_ADDRESS,
  name: 'Ferry devnet (TST gas)',
  native: { symbol: 'TST', decimals: 18 },
}
const baseCost = parseEther('0.000123')

/** The steps of a route as the wizard plans them (no allowance yet), with their descriptions. */
function describeRoute(
  token: TokenRef,
  amount: bigint,
  route: DepositRoute,
  chain: typeof ethChain | typeof tstChain,
) {
  const steps = getDepositSteps({
    route,
    token,
    amount,
    mintValue: route === 'base-token' ? baseCost + amount : baseCost,
    baseTokenL1Address: chain.base,
    sharedBridge: ROUTER,
    allowances: {},
  })
  const context: DescribeDepositStepContext = {
    token: { symbol: tokenSymbol(token), decimals: tokenDecimals(token) },
    baseToken: chain.native,
    depositsBaseToken: route === 'base-token',
    amount,
    l2Name: chain.name,
  }
  return steps.map((step) => describeDepositStep(step, context))
}

describe('describeDepositStep: the steps of each route', () => {
  it('ETH to the ETH chain: one "Deposit" with the exact amount', () => {
    expect(describeRoute(ETH, parseEther('1234.5'), 'base-token', ethChain)).toEqual([
      { title: 'Deposit', detail: 'Sends 1,234.5 ETH to Ferry devnet.' },
    ])
  })

  it('TUSD to the ETH chain: approve exactly the amount, then deposit', () => {
    expect(describeRoute(TUSD, parseUnits('12.345678', 6), 'erc20-to-eth-chain', ethChain)).toEqual(
      [
        { title: 'Approve TUSD', detail: 'Lets the bridge take exactly 12.345678 TUSD.' },
        { title: 'Deposit', detail: 'Sends 12.345678 TUSD to Ferry devnet.' },
      ],
    )
  })

  it('TST to the TST chain: one approval covering the amount and the L2 base cost', () => {
    expect(describeRoute(TST, parseEther('10'), 'base-token', tstChain)).toEqual([
      {
        title: 'Approve TST',
        detail: 'Lets the bridge take exactly 10.000123 TST (the amount and the L2 base cost).',
      },
      { title: 'Deposit', detail: 'Sends 10 TST to Ferry devnet (TST gas).' },
    ])
  })

  it('ETH to the TST chain: approve TST for the L2 fee only, then deposit ETH', () => {
    expect(describeRoute(ETH, parseEther('0.5'), 'eth-to-custom-chain', tstChain)).toEqual([
      {
        title: 'Approve TST for the L2 fee',
        detail: 'Lets the bridge take exactly 0.000123 TST (the L2 base cost).',
      },
      { title: 'Deposit', detail: 'Sends 0.5 ETH to Ferry devnet (TST gas).' },
    ])
  })

  it('TUSD to the TST chain: TST for the fee, TUSD for the amount, then deposit', () => {
    expect(describeRoute(TUSD, parseUnits('3', 6), 'erc20-to-custom-chain', tstChain)).toEqual([
      {
        title: 'Approve TST for the L2 fee',
        detail: 'Lets the bridge take exactly 0.000123 TST (the L2 base cost).',
      },
      { title: 'Approve TUSD', detail: 'Lets the bridge take exactly 3 TUSD.' },
      { title: 'Deposit', detail: 'Sends 3 TUSD to Ferry devnet (TST gas).' },
    ])
  })

  it('an approval shows its own amount and token decimals, not the deposit amount', () => {
    const step: DepositFlowStep = {
      kind: 'approve',
      token: TST_ADDRESS,
      spender: ROUTER,
      amount: 1n,
      purpose: 'base-token',
    }
    const text = describeDepositStep(step, {
      token: { symbol: 'TUSD', decimals: 6 },
      baseToken: { symbol: 'TST', decimals: 18 },
      depositsBaseToken: false,
      amount: 5_000_000n,
      l2Name: 'L2',
    })
    expect(text.detail).toBe(
      'Lets the bridge take exactly 0.000000000000000001 TST (the L2 base cost).',
    )
  })

  it('property: every approval names its token and states its exact amount; the deposit the amount', () => {
    const routes = fc.constantFrom<[TokenRef, DepositRoute, typeof ethChain | typeof tstChain]>(
      [ETH, 'base-token', ethChain],
      [TUSD, 'erc20-to-eth-chain', ethChain],
      [TST, 'base-token', tstChain],
      [ETH, 'eth-to-custom-chain', tstChain],
      [TUSD, 'erc20-to-custom-chain', tstChain],
    )
    fc.assert(
      fc.property(
        routes,
        fc.bigInt({ min: 1n, max: 10n ** 30n }),
        ([token, route, chain], amount) => {
          const texts = describeRoute(token, amount, route, chain)
          const steps = getDepositSteps({
            route,
            token,
            amount,
            mintValue: route === 'base-token' ? baseCost + amount : baseCost,
            baseTokenL1Address: chain.base,
            sharedBridge: ROUTER,
            allowances: {},
          })
          steps.forEach((step, i) => {
            const text = texts[i]
            if (step.kind === 'deposit') {
              const exact = formatAmount(amount, tokenDecimals(token), { exact: true })
              expect(text?.detail).toContain(
                `Sends ${exact} ${tokenSymbol(token)} to ${chain.name}.`,
              )
              return
            }
            const what =
              step.purpose === 'base-token'
                ? chain.native
                : { symbol: tokenSymbol(token), decimals: tokenDecimals(token) }
            expect(text?.title.startsWith(`Approve ${what.symbol}`)).toBe(true)
            expect(text?.detail).toContain(
              `exactly ${formatAmount(step.amount, what.decimals, { exact: true })} ${what.symbol}`,
            )
          })
          expect(texts.at(-1)?.title).toBe('Deposit')
        },
      ),
    )
  })
})
