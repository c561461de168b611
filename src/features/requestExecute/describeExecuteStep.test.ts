import { describe, expect, it } from 'vitest'
import { describeExecuteStep } from './describeExecuteStep'

const context = { baseToken: { symbol: 'TST', decimals: 18 }, l2Name: 'Ferry devnet (TST gas)' }

describe('describeExecuteStep', () => {
  it('names the exact approval and the call', () => {
    expect(
      describeExecuteStep(
        {
          kind: 'approve',
          token: '0xB7B2fDade40eee6D0099EdC29d1e4A29570fbFdB',
          spender: '0x1F373F17b8A83BAd80FBFA18D0d7Dc6E0141d27C',
          amount: 1_234_500_000_000_000n,
          purpose: 'base-token',
        },
        context,
      ),
    ).toEqual({
      title: 'Approve TST for the L2 cost',
      detail: 'Lets the bridge take exactly 0.0012345 TST (base cost and L2 value).',
    })
    expect(describeExecuteStep({ kind: 'deposit', value: 0n }, context).title).toBe('Send the call')
  })
})
