import { describe, expect, it } from 'vitest'
import { parseAbiErrors } from './abiErrors'

describe('parseAbiErrors', () => {
  it('takes the error items of a JSON ABI (array or { abi })', () => {
    const abi = [
      { type: 'function', name: 'f', inputs: [], outputs: [], stateMutability: 'nonpayable' },
      { type: 'error', name: 'TooLow', inputs: [{ name: 'min', type: 'uint256' }] },
    ]
    expect(parseAbiErrors(JSON.stringify(abi)).map((e) => e.name)).toEqual(['TooLow'])
    expect(parseAbiErrors(JSON.stringify({ abi })).map((e) => e.name)).toEqual(['TooLow'])
  })

  it('takes `error …` lines of human-readable signatures, skipping broken ones', () => {
    const text =
      'function f(uint256 x)\nerror TooLow(uint256 min)\nerror Broken(uint256\nerror Nope()'
    expect(parseAbiErrors(text).map((e) => e.name)).toEqual(['TooLow', 'Nope'])
  })

  it('never throws on junk', () => {
    for (const junk of ['', '[', '{"abi": 1}', 'null', '[null, 1, "x", {"type":"error"}]'])
      expect(parseAbiErrors(junk)).toEqual([])
  })
})
