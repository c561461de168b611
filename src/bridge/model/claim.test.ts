import fc from 'fast-check'
import type { Hash } from 'viem'
import { describe, expect, it } from 'vitest'
import { type ClaimFacts, decideClaim } from './claim'

const l1Hash = `0x${'1'.repeat(64)}` as Hash
const l2Hash = `0x${'2'.repeat(64)}` as Hash
const failedReceipt = { success: false, priority: true, viaSharedBridge: true, outOfGas: true }
const failedErc20: ClaimFacts = {
  l1Hash,
  l2Hash,
  l2Known: true,
  l2Receipt: failedReceipt,
  batchExecuted: true,
  depositRecorded: true,
}

describe('decideClaim', () => {
  it('a failed two-bridges deposit in an executed batch, not yet claimed, is claimable', () => {
    expect(decideClaim(failedErc20)).toEqual({
      state: 'claimable',
      l1Hash,
      l2Hash,
      reason: 'out-of-gas',
    })
    expect(
      decideClaim({ ...failedErc20, l2Receipt: { ...failedReceipt, outOfGas: false } }),
    ).toMatchObject({ state: 'claimable', reason: 'reverted' })
  })
  it.each([
    [{ ...failedErc20, l2Hash: undefined }, 'not-a-deposit'],
    [{ ...failedErc20, l1Hash: undefined, l2Known: false, l2Receipt: undefined }, 'not-found'],
    [{ ...failedErc20, l2Receipt: undefined }, 'l2-pending'],
    [{ ...failedErc20, l1Hash: undefined, l2Receipt: undefined }, 'l2-pending'],
    [{ ...failedErc20, l2Receipt: { ...failedReceipt, priority: false } }, 'not-a-deposit'],
    [{ ...failedErc20, l2Receipt: { ...failedReceipt, success: true } }, 'succeeded'],
    [{ ...failedErc20, l2Receipt: { ...failedReceipt, viaSharedBridge: false } }, 'base-token'],
    [{ ...failedErc20, batchExecuted: false }, 'batch-not-executed'],
    [{ ...failedErc20, depositRecorded: false }, 'already-claimed'],
  ] as const)('refuses with a reason: %#', (facts, why) => {
    expect(decideClaim(facts as ClaimFacts)).toMatchObject({ state: 'not-claimable', why })
  })
  it('carries the ETA while the batch is not executed', () => {
    expect(decideClaim({ ...failedErc20, batchExecuted: false, readyAt: 42 })).toMatchObject({
      why: 'batch-not-executed',
      readyAt: 42,
    })
  })
  it('is claimable only when every rule holds', () => {
    fc.assert(
      fc.property(
        fc.record({
          success: fc.boolean(),
          priority: fc.boolean(),
          viaSharedBridge: fc.boolean(),
          outOfGas: fc.boolean(),
        }),
        fc.boolean(),
        fc.boolean(),
        (receipt, batchExecuted, depositRecorded) => {
          const status = decideClaim({
            ...failedErc20,
            l2Receipt: receipt,
            batchExecuted,
            depositRecorded,
          })
          const eligible =
            !receipt.success &&
            receipt.priority &&
            receipt.viaSharedBridge &&
            batchExecuted &&
            depositRecorded
          return (status.state === 'claimable') === eligible
        },
      ),
    )
  })
})
