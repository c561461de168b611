import { decodeFunctionData, parseAbi } from 'viem'
import { describe, expect, it } from 'vitest'
import {
  type CallFormValues,
  checkCallForm,
  emptyCallForm,
  functionKey,
  readCallForm,
} from './checkCallForm'

const eth = { symbol: 'ETH', decimals: 18 }
const target = '0x976C6fD8311879C4690D39F0d6DB281522BfdcbE'
const form = (patch: Partial<CallFormValues>): CallFormValues => ({
  ...emptyCallForm,
  target,
  ...patch,
})

describe('checkCallForm', () => {
  it('encodes the chosen function of a human-readable ABI from its argument texts', () => {
    const abi = 'function increment()\nfunction incrementBy(uint256 by)'
    const check = checkCallForm(form({ abi, fn: 'incrementBy(uint256)', args: ['42'] }), eth)
    expect(check.functions.map(functionKey)).toEqual(['increment()', 'incrementBy(uint256)'])
    expect(check.valid).toBe(true)
    if (!check.calldata.ok) throw new Error('no calldata')
    const decoded = decodeFunctionData({
      abi: parseAbi(['function incrementBy(uint256 by)']),
      data: check.calldata.value,
    })
    expect(decoded.args).toEqual([42n])
  })

  it('says which argument does not fit its type', () => {
    const abi =
      '[{"type":"function","name":"f","stateMutability":"nonpayable","inputs":[{"name":"small","type":"uint8"},{"name":"who","type":"address"}],"outputs":[]}]'
    const check = checkCallForm(form({ abi, args: ['300', '0x1234'] }), eth)
    expect(check.valid).toBe(false)
    expect(check.argErrors[0]).toMatch(/small/)
    expect(check.argErrors[1]).toMatch(/who/)
  })

  it('raw calldata must be hex; empty calldata is a plain transfer', () => {
    expect(checkCallForm(form({ mode: 'raw', calldata: '0xzz' }), eth).calldata.ok).toBe(false)
    expect(checkCallForm(form({ mode: 'raw', calldata: '' }), eth).calldata).toEqual({
      ok: true,
      value: '0x',
    })
    const ok = checkCallForm(form({ mode: 'raw', calldata: '0xd09de08a' }), eth)
    expect(ok.valid).toBe(true)
  })

  it('checks the target, the L2 value, the gas limit and the refund recipient', () => {
    const check = checkCallForm(
      form({
        target: '0x12',
        mode: 'raw',
        l2Value: '1.2.3',
        l2GasLimit: '0',
        refundRecipient: 'nope',
      }),
      eth,
    )
    expect(check.target.ok).toBe(false)
    expect(check.l2Value.ok).toBe(false)
    expect(check.l2GasLimit.ok).toBe(false)
    expect(check.refundRecipient.ok).toBe(false)
    expect(check.valid).toBe(false)
    const empty = checkCallForm({ ...emptyCallForm, mode: 'raw' }, eth)
    expect(empty.target).toEqual({ ok: false, message: 'Enter the L2 contract to call' })
    expect(checkCallForm(form({ mode: 'raw', l2Value: '' }), eth).l2Value).toEqual({
      ok: true,
      value: 0n,
    })
  })

  it('a broken ABI says why', () => {
    const check = checkCallForm(form({ abi: '[{"type":' }), eth)
    expect(check.abiError).toMatch(/JSON/)
    expect(check.valid).toBe(false)
  })
})

describe('readCallForm', () => {
  it('restores a saved draft and survives tampered ones', () => {
    const draft = form({ abi: 'function f(uint256 x)', args: ['1'], l2Value: '0.5' })
    expect(readCallForm(JSON.parse(JSON.stringify(draft)))).toEqual(draft)
    expect(readCallForm(null)).toBeUndefined()
    expect(readCallForm('text')).toBeUndefined()
    const odd = readCallForm({
      target: 42,
      mode: 'weird',
      args: [1, 'two'],
      abi: 'x'.repeat(30_000),
    })
    expect(odd).toMatchObject({ target: '', mode: 'abi', args: ['two'] })
    expect(odd?.abi.length).toBe(20_000)
  })
})
