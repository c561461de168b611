import { describe, expect, it } from 'vitest'
import { PUBLIC_PAIRS } from '../../config/chains'
import { pairDescription } from './PairSelector'

describe('the network menu', () => {
  it('names both chains, and the L2 kind once it is known', () => {
    const pair = PUBLIC_PAIRS['era-mainnet']
    expect(pairDescription(pair, undefined)).toBe('Ethereum (1) ↔ ZKsync Era (324)')
    expect(pairDescription(pair, 'era')).toBe('Ethereum (1) ↔ ZKsync Era (324) · Era chain')
    expect(pairDescription(pair, 'zksync-os')).toContain('· ZKsync OS chain')
  })
})
