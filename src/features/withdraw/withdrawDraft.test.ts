import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readSentHash, readWithdrawDraft, withdrawDraftKey } from './withdrawDraft'

const tusd = {
  kind: 'erc20',
  l1Address: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}

describe('withdraw draft', () => {
  it('is kept per pair and account, whatever the address case', () => {
    expect(withdrawDraftKey('devnet-270', '0xAbC0000000000000000000000000000000000001')).toBe(
      'ferry:withdraw-draft:v1:devnet-270:0xabc0000000000000000000000000000000000001',
    )
  })

  it('reads back what was saved', () => {
    const draft = { token: tusd, amount: '1.5', recipient: '0x12' }
    expect(readWithdrawDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft)
    expect(readWithdrawDraft({ token: { kind: 'eth' }, amount: '', recipient: '' })).toEqual({
      token: { kind: 'eth' },
      amount: '',
      recipient: '',
    })
  })

  it('refuses anything odd instead of restoring it', () => {
    for (const bad of [
      null,
      [],
      'x',
      { token: { kind: 'eth' }, amount: 1, recipient: '' },
      { token: { kind: 'erc20', l1Address: 'nope' }, amount: '', recipient: '' },
      { token: { kind: 'eth' }, amount: '1'.repeat(201), recipient: '' },
    ])
      expect(readWithdrawDraft(bad)).toBeUndefined()
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const read = readWithdrawDraft(value)
        if (read) expect(typeof read.amount).toBe('string')
      }),
    )
  })

  it('reads back the hash of a sent withdrawal, and nothing else', () => {
    const hash = `0x${'Ab'.repeat(32)}`
    expect(readSentHash(hash)).toBe(hash.toLowerCase())
    for (const bad of [null, 1, '0x12', `${hash}00`, { hash }]) expect(readSentHash(bad)).toBeNull()
  })
})
