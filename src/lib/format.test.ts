import fc from 'fast-check'
import { parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import {
  formatAmount,
  formatDuration,
  formatRelativeTime,
  formatTokenAmount,
  shortenAddress,
  shortenHash,
} from './format'

const ether = (text: string) => parseUnits(text, 18)

describe('formatAmount', () => {
  it('groups thousands and keeps 4 decimals from 1 up, 2 from 100,000 up', () => {
    expect(formatAmount(ether('1234.56789'), 18)).toBe('1,234.5678')
    expect(formatAmount(ether('1'), 18)).toBe('1')
    expect(formatAmount(ether('1.5'), 18)).toBe('1.5')
    expect(formatAmount(ether('99999.99999'), 18)).toBe('99,999.9999')
    expect(formatAmount(ether('1234567.891'), 18)).toBe('1,234,567.89')
    expect(formatAmount(10n ** 30n, 18)).toBe('1,000,000,000,000')
  })

  it('keeps 4 significant digits below 1, down to 8 places', () => {
    expect(formatAmount(ether('0.123456'), 18)).toBe('0.1234')
    expect(formatAmount(ether('0.000123456'), 18)).toBe('0.0001234')
    expect(formatAmount(ether('0.0000001'), 18)).toBe('0.0000001')
    expect(formatAmount(ether('0.00000001'), 18)).toBe('0.00000001')
    expect(formatAmount(ether('0.000000009'), 18)).toBe('< 0.00000001')
    expect(formatAmount(1n, 18)).toBe('< 0.00000001')
    expect(formatAmount(1n, 6)).toBe('0.000001')
    expect(formatAmount(ether('0.5'), 18)).toBe('0.5')
  })

  it('rounds down, never up', () => {
    expect(formatAmount(ether('1.99999'), 18)).toBe('1.9999')
    expect(formatAmount(ether('0.99999'), 18)).toBe('0.9999')
  })

  it('handles zero, negatives, zero decimals', () => {
    expect(formatAmount(0n, 18)).toBe('0')
    expect(formatAmount(-ether('1234.5'), 18)).toBe('-1,234.5')
    expect(formatAmount(1234567n, 0)).toBe('1,234,567')
    expect(() => formatAmount(1n, -1)).toThrow()
  })

  it('exact shows every digit', () => {
    expect(formatAmount(ether('1.000000000000000001'), 18, { exact: true })).toBe(
      '1.000000000000000001',
    )
    expect(formatAmount(0n, 18, { exact: true })).toBe('0')
  })

  it('exact round-trips through parseUnits (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        fc.integer({ min: 0, max: 36 }),
        (value, decimals) => {
          const text = formatAmount(value, decimals, { exact: true })
          expect(parseUnits(text.replaceAll(',', ''), decimals)).toBe(value)
        },
      ),
    )
  })

  it('the readable form never shows more than the value (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 40n }),
        fc.integer({ min: 0, max: 36 }),
        (value, decimals) => {
          const text = formatAmount(value, decimals)
          if (text.startsWith('<')) return
          const shown = parseUnits(text.replaceAll(',', ''), decimals)
          expect(shown <= value).toBe(true)
          expect(shown > 0n).toBe(true)
        },
      ),
    )
  })
})

describe('formatTokenAmount', () => {
  it('adds the symbol', () => {
    expect(formatTokenAmount(2_500_000n, { decimals: 6, symbol: 'USDC' })).toBe('2.5 USDC')
  })
})

describe('shortening', () => {
  it('shortens addresses and hashes', () => {
    expect(shortenAddress('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266')).toBe('0xf39F…2266')
    expect(shortenAddress('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', 6)).toBe('0xf39Fd6…b92266')
    expect(shortenAddress('0x1234')).toBe('0x1234')
    expect(shortenHash('0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060')).toBe(
      '0x5c504e…2060',
    )
  })
})

describe('durations and times', () => {
  it('says durations in words', () => {
    expect(formatDuration(0)).toBe('less than a minute')
    expect(formatDuration(59)).toBe('less than a minute')
    expect(formatDuration(60)).toBe('about 1 minute')
    expect(formatDuration(10 * 60 + 20)).toBe('about 10 minutes')
    expect(formatDuration(3 * 3600)).toBe('about 3 hours')
    expect(formatDuration(3600)).toBe('about 1 hour')
    expect(formatDuration(23.8 * 3600)).toBe('about 1 day')
    expect(formatDuration(3 * 86_400)).toBe('about 3 days')
  })

  it('short style is a countdown', () => {
    expect(formatDuration(45, 'short')).toBe('45s')
    expect(formatDuration(245, 'short')).toBe('4m 05s')
    expect(formatDuration(2 * 3600 + 5 * 60, 'short')).toBe('2h 05m')
    expect(formatDuration(3 * 86_400 + 4 * 3600, 'short')).toBe('3d 4h')
    expect(formatDuration(-5, 'short')).toBe('0s')
  })

  it('relative times', () => {
    const now = Date.UTC(2026, 0, 15, 12, 0, 0)
    expect(formatRelativeTime(now - 10_000, now)).toBe('just now')
    expect(formatRelativeTime(now - 5 * 60_000, now)).toBe('5 minutes ago')
    expect(formatRelativeTime(now + 2 * 3_600_000, now)).toBe('in 2 hours')
    expect(formatRelativeTime(now - 86_400_000, now)).toBe('yesterday')
    expect(formatRelativeTime(new Date(now - 40 * 86_400_000), now)).toMatch(/2025/)
  })
})
