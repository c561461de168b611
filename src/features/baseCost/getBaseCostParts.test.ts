import { parseGwei } from 'viem'
import { describe, expect, it } from 'vitest'
import { getBaseCostParts } from './getBaseCostParts'

const cost = {
  gasPrice: parseGwei('2.5'),
  gasPerPubdata: 800n,
  l2GasPrice: 281_250_000n,
  l2GasLimit: 300_000n,
}

describe('getBaseCostParts', () => {
  it('ETH chain: prices in gwei, the limit with separators', () => {
    expect(getBaseCostParts(cost, { symbol: 'ETH', decimals: 18 }, false)).toEqual([
      { id: 'gas-price', label: 'L1 gas price', value: '2.5 gwei', note: 'Typed' },
      { id: 'pubdata', label: 'Gas per pubdata byte', value: '800', note: 'Fixed for L1→L2' },
      { id: 'l2-gas-price', label: 'L2 gas price', value: '0.28125 gwei / gas', note: 'Derived' },
      { id: 'l2-gas-limit', label: '× L2 gas limit', value: '300,000' },
    ])
  })

  it('custom base token: the per-gas price in that token; live price marked', () => {
    const parts = getBaseCostParts(cost, { symbol: 'TST', decimals: 18 }, true)
    expect(parts[0]?.note).toBe('Live')
    expect(parts[2]?.value).toBe('0.00000000028125 TST / gas')
  })
})
