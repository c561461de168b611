import { describe, expect, it } from 'vitest'
import { type CallFormValues, checkCallForm, emptyCallForm } from '../../lib/checkCallForm'
import { describeCall } from './describeCall'

const eth = { symbol: 'ETH', decimals: 18 }
const target = '0x976C6fD8311879C4690D39F0d6DB281522BfdcbE'
const describe_ = (patch: Partial<CallFormValues>) => {
  const form = { ...emptyCallForm, target, ...patch }
  return describeCall(form, checkCallForm(form, eth))
}

describe('describeCall', () => {
  it('names the function and lists the arguments as typed', () => {
    expect(
      describe_({ abi: 'function setGreeting(string greeting, uint8)', args: [' gm ', '7'] }),
    ).toEqual({
      title: 'setGreeting(string,uint8)',
      args: [
        { label: 'greeting (string)', value: 'gm' },
        { label: 'argument 2 (uint8)', value: '7' },
      ],
      bytes: 4 + 32 * 4,
    })
  })

  it('raw calldata: its selector and size; empty calldata is no call', () => {
    expect(describe_({ mode: 'raw', calldata: '0xd09de08a' })).toEqual({
      title: 'Raw calldata',
      args: [],
      selector: '0xd09de08a',
      bytes: 4,
    })
    expect(describe_({ mode: 'raw', calldata: '' })).toEqual({
      title: 'No call',
      args: [],
      bytes: 0,
    })
  })

  it('nothing while the call does not encode', () => {
    expect(describe_({ abi: 'function f(uint8 x)', args: ['300'] })).toBeUndefined()
    expect(describe_({ mode: 'raw', calldata: '0xzz' })).toBeUndefined()
  })
})
