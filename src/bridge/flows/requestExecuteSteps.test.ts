import { describe, expect, it } from 'vitest'
import { getRequestExecuteSteps } from './requestExecuteSteps'

const tst = '0xB7B2fDade40eee6D0099EdC29d1e4A29570fbFdB' as const
const bridge = '0x1F373F17b8A83BAd80FBFA18D0d7Dc6E0141d27C' as const
const eth = '0x0000000000000000000000000000000000000001' as const

describe('getRequestExecuteSteps', () => {
  it('ETH chain: only the request, carrying the mint value', () => {
    expect(
      getRequestExecuteSteps({ baseToken: eth, sharedBridge: bridge, mintValue: 5n, value: 5n }),
    ).toEqual([{ kind: 'deposit', value: 5n }])
  })

  it('custom base token: an exact approval of the mint value first, unless already allowed', () => {
    const quote = { baseToken: tst, sharedBridge: bridge, mintValue: 1000n, value: 0n }
    expect(getRequestExecuteSteps({ ...quote, baseTokenAllowance: 999n })).toEqual([
      { kind: 'approve', token: tst, spender: bridge, amount: 1000n, purpose: 'base-token' },
      { kind: 'deposit', value: 0n },
    ])
    expect(getRequestExecuteSteps({ ...quote, baseTokenAllowance: 1000n })).toEqual([
      { kind: 'deposit', value: 0n },
    ])
    expect(getRequestExecuteSteps({ ...quote, baseTokenAllowance: 10n ** 30n })).toHaveLength(1)
  })
})
