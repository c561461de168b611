import { describe, expect, it } from 'vitest'
import {
  l1ToL2GasLimitFromCallEstimate,
  minimumPriorityGasLimit,
  priorityTxEncodedLength,
} from './priorityGas'

describe('the L1→L2 gas limit the Mailbox accepts', () => {
  it('a plain ETH deposit needs 253,884 (zksync-contracts.md §10)', () => {
    expect(priorityTxEncodedLength(0)).toBe(800n)
    expect(minimumPriorityGasLimit(800n)).toBe(253_884n)
  })

  it('calldata is padded to words and raises the minimum', () => {
    expect(priorityTxEncodedLength(1)).toBe(832n)
    expect(priorityTxEncodedLength(32)).toBe(832n)
    expect(priorityTxEncodedLength(33)).toBe(864n)
    // 4 + 5 words of a finalizeDeposit call with 320 bytes of bridge data
    const length = priorityTxEncodedLength(676)
    expect(minimumPriorityGasLimit(length)).toBeGreaterThan(minimumPriorityGasLimit(800n))
    // above 1,000 encoded bytes the memory overhead (10 gas a byte) passes the slot overhead
    expect(minimumPriorityGasLimit(2_000n) - minimumPriorityGasLimit(1_968n)).toBe(320n)
  })

  it('the estimate from an L2 call is the minimum plus the call with a 20 % margin, never below the minimum', () => {
    expect(l1ToL2GasLimitFromCallEstimate(0n, 0)).toBe(253_884n)
    expect(l1ToL2GasLimitFromCallEstimate(100_000n, 0)).toBe(253_884n + 120_000n)
    expect(l1ToL2GasLimitFromCallEstimate(1n, 0)).toBe(253_886n) // rounded up
  })
})

describe('the same minimum as the devnet Mailbox enforces', () => {
  it('for every calldata size (the devnet implements the L1 side independently)', async () => {
    const { encodedCanonicalTxLength, minimumL2GasLimit } = await import(
      '../../../devnet/src/lib/fees'
    )
    for (let bytes = 0; bytes <= 4_000; bytes += 37) {
      expect(priorityTxEncodedLength(bytes)).toBe(BigInt(encodedCanonicalTxLength(bytes, 0)))
      expect(minimumPriorityGasLimit(priorityTxEncodedLength(bytes))).toBe(
        minimumL2GasLimit({
          encodedLength: encodedCanonicalTxLength(bytes, 0),
          factoryDepsCount: 0,
        }),
      )
    }
  })
})
