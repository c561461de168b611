import { describe, expect, it } from 'vitest'
import {
  isEthAddress,
  isSameToken,
  type TokenRef,
  tokenDecimals,
  tokenSdkAddress,
  tokenSymbol,
  transferId,
} from './types'

const tusd: TokenRef = {
  kind: 'erc20',
  l1Address: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}

describe('ETH conventions', () => {
  it.each([
    '0x0000000000000000000000000000000000000000',
    '0x0000000000000000000000000000000000000001',
    '0x000000000000000000000000000000000000800a',
    '0x000000000000000000000000000000000000800A',
    '0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE',
    '0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee',
  ])('%s is ETH', (address) => {
    expect(isEthAddress(address)).toBe(true)
  })

  it('other addresses are not', () => {
    expect(isEthAddress(tusd.kind === 'erc20' ? tusd.l1Address : '')).toBe(false)
    expect(isEthAddress('0x0000000000000000000000000000000000000002')).toBe(false)
  })

  it('ETH goes to the SDKs as 0x0, never 0xEeee…', () => {
    expect(tokenSdkAddress({ kind: 'eth' })).toBe('0x0000000000000000000000000000000000000000')
    expect(tokenSdkAddress(tusd)).toBe('0x5FbDB2315678afecb367f032d93F642f64180aa3')
  })
})

describe('token helpers', () => {
  it('symbol and decimals', () => {
    expect([tokenSymbol({ kind: 'eth' }), tokenDecimals({ kind: 'eth' })]).toEqual(['ETH', 18])
    expect([tokenSymbol(tusd), tokenDecimals(tusd)]).toEqual(['TUSD', 6])
  })

  it('compares by kind and L1 address, ignoring case and metadata', () => {
    expect(isSameToken({ kind: 'eth' }, { kind: 'eth' })).toBe(true)
    expect(isSameToken({ kind: 'eth' }, tusd)).toBe(false)
    expect(isSameToken(tusd, { kind: 'eth' })).toBe(false)
    if (tusd.kind !== 'erc20') throw new Error('unreachable')
    expect(
      isSameToken(tusd, { ...tusd, l1Address: tusd.l1Address.toLowerCase() as never, symbol: 'X' }),
    ).toBe(true)
    expect(
      isSameToken(tusd, { ...tusd, l1Address: '0x0000000000000000000000000000000000000002' }),
    ).toBe(false)
  })
})

describe('transferId', () => {
  const base = {
    version: 1 as const,
    pairId: 'devnet',
    account: '0x36615Cf349d7F6344891B1e7CA7C72883F5dc049' as const,
    l1ChainId: 9,
    l2ChainId: 270,
    token: { kind: 'eth' as const },
    amount: '1',
    recipient: '0x36615Cf349d7F6344891B1e7CA7C72883F5dc049' as const,
    createdAt: 0,
  }
  it('is the creating hash, lowercase, with the kind', () => {
    expect(
      transferId({ ...base, kind: 'deposit', route: 'base-token', l1Hash: `0x${'AB'.repeat(32)}` }),
    ).toBe(`deposit:0x${'ab'.repeat(32)}`)
    expect(
      transferId({
        ...base,
        kind: 'withdrawal',
        l2Hash: `0x${'cd'.repeat(32)}`,
        l1Hash: `0x${'ef'.repeat(32)}`,
      }),
    ).toBe(`withdrawal:0x${'cd'.repeat(32)}`)
  })
})
