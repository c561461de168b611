import fc from 'fast-check'
import { type Address, parseEther, parseGwei, parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { DEVNET_DEFAULT_ADDRESSES } from '../../../devnet/facts'
import type { TokenRef } from '../../bridge/tokens'
import { formatAmount } from '../../lib/format'
import { type DepositFormValues, initialDepositFormValues } from './depositReducer'
import { getDepositLimits } from './getDepositLimits'
import { validateDepositForm } from './validateDepositForm'

// The messages under each field of the deposit form, as the user types.

const account: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const other: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const ETH: TokenRef = { kind: 'eth' }
const TUSD: TokenRef = {
  kind: 'erc20',
  l1Address: DEVNET_DEFAULT_ADDRESSES.tokens.TUSD,
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}

function form(patch: Partial<Omit<DepositFormValues, 'advanced'>> = {}, advanced = {}) {
  const empty = initialDepositFormValues(patch.token ?? ETH)
  return { ...empty, ...patch, advanced: { ...empty.advanced, ...advanced } }
}

describe('validateDepositForm: amount', () => {
  it('asks for an amount while the field is empty, and the form cannot go to review', () => {
    const check = validateDepositForm({ form: form(), account, balance: parseEther('1') })
    expect(check.amount).toEqual({ ok: false, reason: 'empty', message: 'Enter an amount' })
    expect(check.valid).toBe(false)
  })

  it('accepts an amount within the balance and what is left after fees', () => {
    const check = validateDepositForm({
      form: form({ amount: '1.5' }),
      account,
      balance: parseEther('2'),
      spendable: parseEther('1.9'),
    })
    expect(check.amount).toEqual({ ok: true, value: parseEther('1.5') })
    expect(check.valid).toBe(true)
  })

  it('above the balance: "more than your balance", with the exact balance and symbol', () => {
    const check = validateDepositForm({
      form: form({ token: TUSD, amount: '1000.5' }),
      account,
      balance: parseUnits('1000.25', 6),
      spendable: parseUnits('1000.25', 6),
    })
    expect(check.amount).toEqual({
      ok: false,
      reason: 'exceeds-balance',
      message: 'More than your balance of 1,000.25 TUSD',
    })
    expect(check.valid).toBe(false)
  })

  it('within the balance but above what fees leave: the "fees" message with what can be sent', () => {
    const check = validateDepositForm({
      form: form({ amount: '2' }),
      account,
      balance: parseEther('2'),
      spendable: parseEther('1.99955'),
    })
    expect(check.amount).toEqual({
      ok: false,
      reason: 'exceeds-balance',
      message: 'More than you can send: 1.99955 ETH after keeping enough for fees',
    })
    expect(check.valid).toBe(false)
  })

  it('above the balance gets the balance message even when fees leave less', () => {
    const check = validateDepositForm({
      form: form({ amount: '3' }),
      account,
      balance: parseEther('2'),
      spendable: parseEther('1.5'),
    })
    expect(check.amount.ok === false && check.amount.message).toBe(
      'More than your balance of 2 ETH',
    )
  })

  it('fees above the whole balance: "you can send 0 … after keeping enough for fees"', () => {
    const check = validateDepositForm({
      form: form({ amount: '0.0001' }),
      account,
      balance: parseEther('0.0002'),
      spendable: 0n,
    })
    expect(check.amount.ok === false && check.amount.message).toBe(
      'More than you can send: 0 ETH after keeping enough for fees',
    )
  })

  it('typing exactly Max (or the spendable amount) is valid; one wei more is not', () => {
    const maxFeePerGas = parseGwei('2')
    const quote = {
      route: 'base-token' as const,
      baseCost: parseEther('0.0004'),
      l1Fee: 150_000n * maxFeePerGas,
      l1FeeReserve: 200_000n * maxFeePerGas,
    }
    const balance = parseEther('1.234567890123456789')
    const limits = getDepositLimits({ token: ETH, balance, quote })
    if (!limits) throw new Error('limits')
    const typed = (value: bigint) =>
      validateDepositForm({
        form: form({ amount: formatAmount(value, 18, { exact: true, grouping: '' }) }),
        account,
        balance,
        spendable: limits.spendable,
      }).amount
    expect(typed(limits.max)).toEqual({ ok: true, value: limits.max })
    expect(typed(limits.spendable)).toEqual({ ok: true, value: limits.spendable })
    expect(typed(limits.spendable + 1n)).toMatchObject({
      ok: false,
      message: expect.stringContaining('after keeping enough for fees'),
    })
  })

  it("uses the selected token's decimals and symbol in messages", () => {
    expect(
      validateDepositForm({ form: form({ token: TUSD, amount: '1.1234567' }), account }).amount,
    ).toEqual({
      ok: false,
      reason: 'too-many-decimals',
      message: 'TUSD has 6 decimals: use at most 6 digits after the point',
    })
    expect(validateDepositForm({ form: form({ amount: '1.1234567' }), account }).amount).toEqual({
      ok: true,
      value: parseEther('1.1234567'),
    })
    expect(validateDepositForm({ form: form({ amount: '0' }), account }).amount).toMatchObject({
      reason: 'zero',
      message: 'Enter an amount greater than 0',
    })
  })

  it('does not judge the balance while it loads', () => {
    const check = validateDepositForm({ form: form({ amount: '1000000' }), account })
    expect(check.amount).toEqual({ ok: true, value: parseEther('1000000') })
    expect(check.valid).toBe(true)
  })
})

describe('validateDepositForm: recipient', () => {
  it('empty means the connected account', () => {
    const check = validateDepositForm({ form: form({ amount: '1', recipient: '  ' }), account })
    expect(check.recipient).toEqual({ ok: true, value: account })
    expect(check.recipientIsOwn).toBe(true)
  })

  it('the own address in lowercase is still "own", and comes back checksummed', () => {
    const check = validateDepositForm({
      form: form({ amount: '1', recipient: account.toLowerCase() }),
      account,
    })
    expect(check.recipient).toEqual({ ok: true, value: account })
    expect(check.recipientIsOwn).toBe(true)
  })

  it('another address is valid and not "own"', () => {
    const check = validateDepositForm({
      form: form({ amount: '1', recipient: ` ${other.toLowerCase()} ` }),
      account,
    })
    expect(check.recipient).toEqual({ ok: true, value: other })
    expect(check.recipientIsOwn).toBe(false)
    expect(check.valid).toBe(true)
  })

  it.each([
    [
      `${other.slice(0, -1)}c`, // last character changed: "C8" → "Cc", a wrong checksum
      'Checksum does not match: check for a typo (mixed-case addresses are checksummed)',
    ],
    ['0x1234', 'An address has 40 hex characters after 0x; this has 4'],
    [`0x${'ab'.repeat(32)}`, 'That looks like a transaction hash, not an address'],
    [
      '0x0000000000000000000000000000000000000000',
      'That is the zero address: funds sent there are lost',
    ],
    ['vitalik.eth', 'Not an address: it starts with 0x followed by 40 hex characters (0-9, a-f)'],
  ])('refuses %j: %s', (recipient, message) => {
    const check = validateDepositForm({ form: form({ amount: '1', recipient }), account })
    expect(check.recipient).toMatchObject({ ok: false, message })
    expect(check.recipientIsOwn).toBe(false)
    expect(check.valid).toBe(false)
  })
})

describe('validateDepositForm: advanced settings', () => {
  it('empty gas limit and refund recipient mean "estimate" and "default"', () => {
    const check = validateDepositForm({ form: form({ amount: '1' }), account })
    expect(check.l2GasLimit).toEqual({ ok: true, value: undefined })
    expect(check.refundRecipient).toEqual({ ok: true, value: undefined })
    expect(check.valid).toBe(true)
  })

  it('a typed gas limit and refund recipient are parsed', () => {
    const check = validateDepositForm({
      form: form({ amount: '1' }, { l2GasLimit: '300000', refundRecipient: other.toLowerCase() }),
      account,
    })
    expect(check.l2GasLimit).toEqual({ ok: true, value: 300_000n })
    expect(check.refundRecipient).toEqual({ ok: true, value: other })
    expect(check.valid).toBe(true)
  })

  it('a bad gas limit or refund recipient blocks review, with its own message', () => {
    const badGas = validateDepositForm({
      form: form({ amount: '1' }, { l2GasLimit: '3e5' }),
      account,
    })
    expect(badGas.l2GasLimit).toMatchObject({
      ok: false,
      message: 'Enter a whole number of gas units, digits only (e.g. 300000)',
    })
    expect(badGas.valid).toBe(false)
    const badRefund = validateDepositForm({
      form: form({ amount: '1' }, { refundRecipient: '0x12' }),
      account,
    })
    expect(badRefund.refundRecipient).toMatchObject({ ok: false })
    expect(badRefund.amount.ok && badRefund.recipient.ok).toBe(true)
    expect(badRefund.valid).toBe(false)
  })
})

describe('validateDepositForm: properties', () => {
  const texts = (good: string[], bad: string[]) => fc.constantFrom(...good, ...bad)
  it('valid is exactly "every field ok"', () => {
    fc.assert(
      fc.property(
        texts(['1', '0.5', ''], ['abc', '0', '-1']),
        texts(['', other, account.toLowerCase()], ['0x12', 'nope']),
        texts(['', '300000'], ['0', '1.5']),
        texts(['', other], ['0xZZ']),
        fc.option(fc.bigInt({ min: 0n, max: parseEther('2') }), { nil: undefined }),
        (amount, recipient, l2GasLimit, refundRecipient, balance) => {
          const check = validateDepositForm({
            form: form({ amount, recipient }, { l2GasLimit, refundRecipient }),
            account,
            ...(balance === undefined ? {} : { balance }),
          })
          const all =
            check.amount.ok && check.recipient.ok && check.l2GasLimit.ok && check.refundRecipient.ok
          expect(check.valid).toBe(all)
        },
      ),
    )
  })

  it('an accepted amount never exceeds the balance nor the spendable amount', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 22n }),
        fc.bigInt({ min: 0n, max: 10n ** 22n }),
        fc.bigInt({ min: 0n, max: 10n ** 22n }),
        (value, balance, fees) => {
          const spendable = balance > fees ? balance - fees : 0n
          const amount = formatAmount(value, 18, { exact: true, grouping: '' })
          const check = validateDepositForm({ form: form({ amount }), account, balance, spendable })
          expect(check.amount.ok).toBe(value <= spendable)
          if (!check.amount.ok) {
            expect(check.amount.message).toMatch(
              value > balance ? /^More than your balance of / : /after keeping enough for fees$/,
            )
          }
        },
      ),
    )
  })
})
