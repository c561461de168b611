import { describe, expect, it } from 'vitest'
import { readSentCall, type SentCall } from './sentCall'

const sent: SentCall = {
  l1Hash: `0x${'ab'.repeat(32)}`,
  target: '0x976C6fD8311879C4690D39F0d6DB281522BfdcbE',
  call: {
    title: 'setGreeting(string)',
    args: [{ label: 'greeting (string)', value: 'gm' }],
    bytes: 100,
  },
  errorAbi: [{ type: 'error', name: 'TooLow', inputs: [{ name: 'min', type: 'uint256' }] }],
}

describe('readSentCall', () => {
  it('round-trips through JSON; null is "nothing sent"', () => {
    expect(readSentCall(JSON.parse(JSON.stringify(sent)))).toEqual(sent)
    const raw = {
      ...sent,
      call: { title: 'Raw calldata', args: [], selector: '0xd09de08a', bytes: 4 },
    }
    expect(readSentCall(JSON.parse(JSON.stringify(raw)))).toEqual(raw)
    expect(readSentCall(null)).toBeNull()
  })

  it('refuses what is not a sent call and cleans odd fields', () => {
    expect(readSentCall('x')).toBeUndefined()
    expect(readSentCall({ ...sent, l1Hash: '0x12' })).toBeUndefined()
    expect(readSentCall({ ...sent, target: 'nope' })).toBeUndefined()
    expect(readSentCall({ ...sent, call: null })).toBeUndefined()
    const odd = readSentCall({
      ...sent,
      call: {
        title: 'f()',
        args: [1, { label: 'a', value: 2 }, { label: 'b', value: 'c' }],
        selector: 'zz',
      },
      errorAbi: [{ type: 'function' }, 'x'],
    })
    expect(odd).toMatchObject({
      call: { title: 'f()', args: [{ label: 'b', value: 'c' }], bytes: 0 },
      errorAbi: [],
    })
    expect(odd?.call.selector).toBeUndefined()
  })
})
