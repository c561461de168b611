import { describe, expect, it } from 'vitest'
import type { TokenRef } from '../tokens'
import { transferId } from './transfer'

const _tusd: TokenRef = {
  kind: 'erc20',
  l1Address: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}

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
