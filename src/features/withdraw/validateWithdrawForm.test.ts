import fc from 'fast-check'
import { parseEther, parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { feeReserve, validateWithdrawForm } from './validateWithdrawForm'

const account = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const eth = { kind: 'eth' as const }
const tusd = {
  kind: 'erc20' as const,
  l1Address: '0x7baE0b1B6e4f0C4a5B2f5E5eF1b1E1d3a0e1e1d3' as const,
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}

describe('validateWithdrawForm', () => {
  it('the base token keeps the L2 fee aside: Max and the amount check both know it', () => {
    const balance = parseEther('1')
    const fee = parseEther('0.01')
    const max = validateWithdrawForm({
      form: { token: eth, amount: '', recipient: '' },
      account,
      balance,
      fee,
      paysFee: true,
    }).max
    expect(max).toBe(balance - feeReserve(fee))
    const tooMuch = validateWithdrawForm({
      form: { token: eth, amount: '0.995', recipient: '' },
      account,
      balance,
      fee,
      paysFee: true,
    })
    expect(tooMuch.amount.ok).toBe(false)
    expect(tooMuch.valid).toBe(false)
    if (!tooMuch.amount.ok) expect(tooMuch.amount.reason).toBe('exceeds-balance')
  })

  it('another token may be withdrawn in full; more than the balance is refused', () => {
    const balance = parseUnits('5', 6)
    const all = validateWithdrawForm({
      form: { token: tusd, amount: '5', recipient: '' },
      account,
      balance,
      fee: parseEther('0.01'),
      paysFee: false,
    })
    expect(all.valid).toBe(true)
    expect(all.max).toBe(balance)
    const more = validateWithdrawForm({
      form: { token: tusd, amount: '5.000001', recipient: '' },
      account,
      balance,
      paysFee: false,
    })
    expect(more.valid).toBe(false)
    const decimals = validateWithdrawForm({
      form: { token: tusd, amount: '1.0000001', recipient: '' },
      account,
      balance,
      paysFee: false,
    })
    expect(decimals.amount.ok).toBe(false)
    if (!decimals.amount.ok) expect(decimals.amount.message).toMatch(/6 decimals/)
  })

  it('the recipient is the own account when empty; a bad address says why', () => {
    const own = validateWithdrawForm({
      form: { token: eth, amount: '1', recipient: '' },
      account,
      paysFee: true,
    })
    expect(own.recipient).toEqual({ ok: true, value: account })
    expect(own.recipientIsOwn).toBe(true)
    const bad = validateWithdrawForm({
      form: { token: eth, amount: '1', recipient: '0x1234' },
      account,
      paysFee: true,
    })
    expect(bad.recipient.ok).toBe(false)
    expect(bad.valid).toBe(false)
  })

  it('Max is never negative, never above the balance, and always a valid amount', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 24n }),
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        (balance, fee) => {
          const { max } = validateWithdrawForm({
            form: { token: eth, amount: '', recipient: '' },
            account,
            balance,
            fee,
            paysFee: true,
          })
          expect(max).toBeDefined()
          expect((max as bigint) >= 0n).toBe(true)
          expect((max as bigint) <= balance).toBe(true)
          if ((max as bigint) > 0n) expect((max as bigint) + fee <= balance).toBe(true)
        },
      ),
    )
  })
})
