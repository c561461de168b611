import { describe, expect, it } from 'vitest'
import { JsonRpcError } from './errors'
import { params } from './params'

describe('params reader', () => {
  const hash = `0x${'12'.repeat(32)}`
  const address = '0x36615Cf349d7F6344891B1e7CA7C72883F5dc049'
  const invalid = (fn: () => unknown) => {
    try {
      fn()
    } catch (error) {
      expect(error).toBeInstanceOf(JsonRpcError)
      expect((error as JsonRpcError).code).toBe(-32602)
      return (error as JsonRpcError).message
    }
    throw new Error('expected an invalid-params error')
  }

  it('reads valid values', () => {
    const read = params([
      hash,
      address,
      '0x1b4',
      5,
      '0x10',
      'committed',
      { a: 1 },
      [1],
      true,
      's',
      '0x',
    ])
    expect(read.hash(0, 'h')).toBe(hash)
    expect(read.address(1, 'a')).toBe(address)
    expect(read.quantity(2, 'q')).toBe(436n)
    expect(read.number(3, 'n')).toBe(5)
    expect(read.number(4, 'n')).toBe(16)
    expect(read.blockTag(5, 'b')).toBe('committed')
    expect(read.object(6, 'o')).toEqual({ a: 1 })
    expect(read.array(7, 'arr')).toEqual([1])
    expect(read.bool(8, 'b')).toBe(true)
    expect(read.string(9, 's')).toBe('s')
    expect(read.hex(10, 'data')).toBe('0x')
    expect(read.hex(0, 'data')).toBe(hash)
    expect(read.raw(6)).toEqual({ a: 1 })
    expect(read.length).toBe(11)
  })

  it('block params: tags, numbers, EIP-1898 objects', () => {
    const read = params([
      'latest',
      'l1_committed',
      'finalized',
      '0x2a',
      { blockNumber: '0x1' },
      { blockHash: hash, requireCanonical: true },
      { blockHash: hash },
    ])
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => read.blockTag(i, 'block'))).toEqual([
      'latest',
      'l1_committed',
      'finalized',
      '0x2a',
      { blockNumber: '0x1' },
      { blockHash: hash, requireCanonical: true },
      { blockHash: hash },
    ])
    expect(invalid(() => params(['newest']).blockTag(0, 'block'))).toMatch(
      /^Invalid params: argument 0 \(block\) must be a block tag \(latest, earliest, pending, safe, finalized, committed, l1_committed, fast_finalized, precommitted\), a hex block number or \{blockNumber\}\/\{blockHash\}, got "newest"$/,
    )
    expect(invalid(() => params([42]).blockTag(0, 'block'))).toMatch(/got 42$/)
    expect(
      invalid(() => params([{ blockHash: hash, requireCanonical: 'yes' }]).blockTag(0, 'b')),
    ).toMatch(/must be a block tag/)
  })

  it('optional params: missing or null give undefined, a wrong type still fails', () => {
    const read = params([null])
    expect(read.number(0, 'index', { optional: true })).toBeUndefined()
    expect(read.blockTag(1, 'block', { optional: true })).toBeUndefined()
    expect(invalid(() => read.number(0, 'index'))).toBe(
      'Invalid params: missing value for required argument 0 (index): expected a non-negative integer (JSON number or hex quantity)',
    )
    expect(invalid(() => params(['x']).number(0, 'index', { optional: true }))).toBe(
      'Invalid params: argument 0 (index) must be a non-negative integer (JSON number or hex quantity), got "x"',
    )
  })

  it('rejects wrong shapes with the argument name', () => {
    expect(invalid(() => params([address]).hash(0, 'blockHash'))).toMatch(
      /argument 0 \(blockHash\) must be a 32-byte hex hash/,
    )
    expect(invalid(() => params([hash]).address(0, 'address'))).toMatch(
      /argument 0 \(address\) must be a 20-byte hex address/,
    )
    expect(invalid(() => params(['0x123']).hex(0, 'data'))).toMatch(
      /must be 0x-prefixed hex bytes, got "0x123"/,
    )
    expect(invalid(() => params(['12']).quantity(0, 'slot'))).toMatch(/must be a hex quantity/)
    expect(invalid(() => params(['0x']).quantity(0, 'slot'))).toMatch(/must be a hex quantity/)
    expect(invalid(() => params([`0x1${'0'.repeat(64)}`]).quantity(0, 'slot'))).toMatch(
      /must be a hex quantity/,
    )
    expect(invalid(() => params([-1]).number(0, 'n'))).toMatch(/got -1/)
    expect(invalid(() => params([1.5]).number(0, 'n'))).toMatch(/got 1.5/)
    expect(invalid(() => params(['0x20000000000000']).number(0, 'n'))).toMatch(
      /must be a non-negative integer/,
    )
    expect(invalid(() => params([[1]]).object(0, 'tx'))).toMatch(
      /argument 0 \(tx\) must be an object, got \[1\]/,
    )
    expect(invalid(() => params(['true']).bool(0, 'full'))).toMatch(/must be a boolean, got "true"/)
    expect(invalid(() => params([1]).string(0, 's'))).toMatch(/must be a string/)
    expect(invalid(() => params([{}]).array(0, 'a'))).toMatch(/must be an array/)
    expect(invalid(() => params([`0x${'ff'.repeat(200)}`]).hash(0, 'h'))).toMatch(/got "0xffff.*…$/)
  })
})
