import fc from 'fast-check'
import { type AbiParameter, bytesToHex, encodeFunctionData, getAddress, parseAbiItem } from 'viem'
import { describe, expect, it } from 'vitest'
import { coerceArgument, encodeCall, parseAbiInput, parseCalldataInput } from './abiInput'

const p = (type: string, name = 'x'): AbiParameter => ({ type, name }) as AbiParameter
const hexOf = (bytes: Uint8Array) => bytesToHex(bytes)

describe('parseAbiInput', () => {
  it('reads human-readable signatures, with or without the function keyword', () => {
    const r = parseAbiInput('setGreeting(string greeting)\nfunction incrementBy(uint256 by)')
    expect(r.ok && r.functions.map((f) => f.name)).toEqual(['setGreeting', 'incrementBy'])
  })
  it('reads JSON ABIs and build artifacts, listing writes before views', () => {
    const abi = [
      {
        type: 'function',
        name: 'count',
        inputs: [],
        outputs: [{ type: 'uint256' }],
        stateMutability: 'view',
      },
      { type: 'event', name: 'E', inputs: [], anonymous: false },
      {
        type: 'function',
        name: 'increment',
        inputs: [],
        outputs: [],
        stateMutability: 'nonpayable',
      },
    ]
    for (const text of [JSON.stringify(abi), JSON.stringify({ abi })]) {
      const r = parseAbiInput(text)
      expect(r.ok && r.functions.map((f) => f.name)).toEqual(['increment', 'count'])
    }
  })
  it('explains what is wrong', () => {
    expect(parseAbiInput('')).toMatchObject({ ok: false, message: expect.stringMatching(/Paste/) })
    expect(parseAbiInput('[{"type": ')).toMatchObject({
      message: expect.stringMatching(/does not parse/),
    })
    expect(parseAbiInput('{"nope": 1}')).toMatchObject({
      message: expect.stringMatching(/ABI array/),
    })
    expect(parseAbiInput('function (')).toMatchObject({
      message: expect.stringMatching(/Not a valid signature/),
    })
    expect(parseAbiInput('[{"type":"event","name":"E","inputs":[]}]')).toMatchObject({
      message: expect.stringMatching(/no functions/),
    })
  })
  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof parseAbiInput(text).ok === 'boolean'))
  })
})

describe('coerceArgument round trips (what a user types → the value)', () => {
  it('uint<N> and int<N> in decimal and hex, with range checks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(8, 16, 32, 64, 128, 256),
        fc.bigInt({ min: 0n, max: 2n ** 300n }),
        fc.boolean(),
        (bits, n, hex) => {
          const value = n % 2n ** BigInt(bits)
          const text = hex ? `0x${value.toString(16)}` : value.toString()
          expect(coerceArgument(p(`uint${bits}`), text)).toEqual({ ok: true, value })
          const over = coerceArgument(p(`uint${bits}`), (2n ** BigInt(bits)).toString())
          expect(over.ok).toBe(false)
        },
      ),
    )
    fc.assert(
      fc.property(fc.constantFrom(8, 64, 256), fc.bigInt(), (bits, n) => {
        const half = 2n ** BigInt(bits - 1)
        const value = (((n % (2n * half)) + 2n * half) % (2n * half)) - half
        expect(coerceArgument(p(`int${bits}`), value.toString())).toEqual({ ok: true, value })
      }),
    )
    expect(coerceArgument(p('uint256'), '-1')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/out of range/),
    })
    expect(coerceArgument(p('uint256'), '1.5')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/whole number/),
    })
  })
  it('address (any case form, checksum enforced for mixed case)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
        const address = getAddress(hexOf(bytes))
        for (const form of [address, address.toLowerCase(), `0x${address.slice(2).toUpperCase()}`])
          expect(coerceArgument(p('address'), form)).toEqual({ ok: true, value: address })
      }),
    )
    expect(coerceArgument(p('address', 'to'), '0x1234')).toMatchObject({
      message: expect.stringMatching(/^to: not an address/),
    })
    expect(
      coerceArgument(p('address'), '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'),
    ).toMatchObject({ ok: true })
    expect(
      coerceArgument(p('address'), '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD'),
    ).toMatchObject({
      message: expect.stringMatching(/checksum/),
    })
  })
  it('bytes and bytes<N>', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(coerceArgument(p('bytes'), hexOf(bytes))).toEqual({ ok: true, value: hexOf(bytes) })
      }),
    )
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 32 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (n, raw) => {
          const value = hexOf(raw.slice(0, n))
          expect(coerceArgument(p(`bytes${n}`), value)).toEqual({ ok: true, value })
          expect(coerceArgument(p(`bytes${n}`), `${value}00`).ok).toBe(false)
        },
      ),
    )
    expect(coerceArgument(p('bytes'), '0x123')).toMatchObject({
      message: expect.stringMatching(/even number/),
    })
  })
  it('bool and string', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.string(), (b, s) => {
        expect(coerceArgument(p('bool'), String(b))).toEqual({ ok: true, value: b })
        expect(coerceArgument(p('string'), s)).toEqual({ ok: true, value: s.trim() })
      }),
    )
    expect(coerceArgument(p('bool'), 'yes').ok).toBe(false)
  })
  it('arrays (dynamic and fixed, nested) as JSON', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 2n ** 256n - 1n }), { maxLength: 6 }),
        (values) => {
          const text = JSON.stringify(values.map((v) => v.toString()))
          expect(coerceArgument(p('uint256[]'), text)).toEqual({ ok: true, value: values })
        },
      ),
    )
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }), { maxLength: 4 }),
        (rows) => {
          expect(coerceArgument(p('bool[2][]'), JSON.stringify(rows))).toEqual({
            ok: true,
            value: rows,
          })
        },
      ),
    )
    expect(coerceArgument(p('uint8[3]', 'xs'), '[1,2]')).toMatchObject({
      message: expect.stringMatching(/exactly 3/),
    })
    expect(coerceArgument(p('uint8[]', 'xs'), '[1, 300]')).toMatchObject({
      message: expect.stringMatching(/^xs\[1\]: out of range/),
    })
    expect(coerceArgument(p('address[]'), 'not json').ok).toBe(false)
  })
})

describe('encodeCall', () => {
  it('encodes exactly what viem encodes for the typed values', () => {
    const fn = parseAbiItem(
      'function mixed(address a, uint96 n, bool b, string s, bytes d, int8[] xs)',
    )
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 20, maxLength: 20 }),
        fc.bigInt({ min: 0n, max: 2n ** 96n - 1n }),
        fc.boolean(),
        fc.string(),
        fc.uint8Array({ maxLength: 40 }),
        fc.array(fc.integer({ min: -128, max: 127 }), { maxLength: 5 }),
        (a, n, b, s, d, xs) => {
          const address = getAddress(hexOf(a))
          const texts = [address, n.toString(), String(b), s, hexOf(d), JSON.stringify(xs)]
          const expected = encodeFunctionData({
            abi: [fn],
            functionName: 'mixed',
            args: [address, n, b, s.trim(), hexOf(d), xs],
          })
          expect(encodeCall(fn, texts)).toEqual({ ok: true, data: expected })
        },
      ),
    )
  })
  it('reports every field that does not fit', () => {
    const fn = parseAbiItem('function f(address to, uint256 amount)')
    expect(encodeCall(fn, ['0x12', 'ten'])).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^to:/), expect.stringMatching(/^amount:/)],
    })
  })
})

describe('parseCalldataInput', () => {
  it('accepts hex calldata and explains the rest', () => {
    expect(parseCalldataInput('')).toEqual({ ok: true, data: '0x' })
    expect(parseCalldataInput('0xd09de08a')).toEqual({ ok: true, data: '0xd09de08a' })
    expect(parseCalldataInput('d09de08a')).toMatchObject({
      message: expect.stringMatching(/starts with 0x/),
    })
    expect(parseCalldataInput('0xzz')).toMatchObject({ message: expect.stringMatching(/hex/) })
    expect(parseCalldataInput('0x123')).toMatchObject({
      message: expect.stringMatching(/whole bytes/),
    })
    expect(parseCalldataInput('0x1234')).toMatchObject({
      message: expect.stringMatching(/selector/),
    })
  })
})
