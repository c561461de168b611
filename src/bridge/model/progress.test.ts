import { describe, expect, it } from 'vitest'
import {
  type ChainProgress,
  claimTrigger,
  depositTrigger,
  isTriggered,
  withdrawalTrigger,
} from './progress'

const at = (p: Partial<ChainProgress> = {}): ChainProgress => ({
  l1Block: 100n,
  l2Block: 500n,
  sealedBatch: 10n,
  committedBatch: 9n,
  provenBatch: 8n,
  executedBatch: 7n,
  ...p,
})

describe('what a status waits for', () => {
  it('a withdrawal waits for its L2 block, then each stage of its batch; ready and final ones for nothing', () => {
    expect(withdrawalTrigger({ status: 'l2-pending' })).toEqual({ on: 'l2-block' })
    expect(withdrawalTrigger({ status: 'included', batchNumber: 11n })).toEqual({
      on: 'batch',
      stage: 'sealed',
      batch: 11n,
    })
    expect(withdrawalTrigger({ status: 'sealed', batchNumber: 11n })?.on).toBe('batch')
    expect(withdrawalTrigger({ status: 'committed', batchNumber: 11n })).toMatchObject({
      stage: 'proven',
    })
    expect(withdrawalTrigger({ status: 'proven', batchNumber: 11n })).toMatchObject({
      stage: 'executed',
    })
    expect(withdrawalTrigger({ status: 'executed', finalize: { ready: true } })).toBeUndefined()
    expect(
      withdrawalTrigger({
        status: 'executed',
        finalize: { ready: false, reason: 'proof-not-available' },
      }),
    ).toEqual({ on: 'l2-block' })
    expect(withdrawalTrigger({ status: 'finalized' })).toBeUndefined()
    expect(withdrawalTrigger({ status: 'l2-failed' })).toBeUndefined()
    // no batch number (a ZKsync OS node reports none): the batch executes on L1
    expect(withdrawalTrigger({ status: 'included' })).toEqual({ on: 'l1-block' })
    // executed on ZKsync Gateway, not settled on L1 yet: every L1 block may settle it
    expect(
      withdrawalTrigger({
        status: 'proven',
        batchNumber: 11n,
        finalize: { ready: false, reason: 'awaiting-l1-settlement' },
      }),
    ).toEqual({ on: 'l1-block' })
  })

  it('a deposit waits for L1, then L2; a claim check for L2, then the batch', () => {
    expect(depositTrigger({ status: 'l1-pending' })).toEqual({ on: 'l1-block' })
    expect(depositTrigger({ status: 'l2-pending' })).toEqual({ on: 'l2-block' })
    for (const status of ['l2-success', 'l2-failed', 'l1-failed', 'claimed'] as const)
      expect(depositTrigger({ status })).toBeUndefined()
    expect(claimTrigger({ state: 'not-claimable', why: 'l2-pending' })).toEqual({ on: 'l2-block' })
    expect(claimTrigger({ state: 'not-claimable', why: 'batch-not-executed' })).toEqual({
      on: 'l1-block',
    })
    expect(claimTrigger({ state: 'not-claimable', why: 'already-claimed' })).toBeUndefined()
    expect(
      claimTrigger({ state: 'claimable', l2Hash: `0x${'1'.repeat(64)}`, reason: 'reverted' }),
    ).toBeUndefined()
  })
})

describe('isTriggered', () => {
  it('block triggers fire when that head moved', () => {
    expect(isTriggered({ on: 'l1-block' }, at(), at({ l1Block: 101n }))).toBe(true)
    expect(isTriggered({ on: 'l1-block' }, at(), at({ l2Block: 501n }))).toBe(false)
    expect(isTriggered({ on: 'l2-block' }, at(), at({ l2Block: 501n }))).toBe(true)
    expect(isTriggered({ on: 'l2-block' }, at(), at())).toBe(false)
  })

  it('a batch stage fires once the counter reached the batch, not before', () => {
    const waiting = { on: 'batch', stage: 'executed', batch: 9n } as const
    expect(isTriggered(waiting, at(), at({ l1Block: 200n, executedBatch: 8n }))).toBe(false)
    expect(isTriggered(waiting, at(), at({ executedBatch: 9n }))).toBe(true)
    expect(
      isTriggered({ on: 'batch', stage: 'sealed', batch: 11n }, at(), at({ sealedBatch: 11n })),
    ).toBe(true)
    expect(
      isTriggered({ on: 'batch', stage: 'committed', batch: 11n }, at(), at({ l1Block: 300n })),
    ).toBe(false)
  })

  it('a counter the chain does not report is followed by the blocks that would move it', () => {
    const none: ChainProgress = { l1Block: 100n, l2Block: 500n }
    const proven = { on: 'batch', stage: 'proven', batch: 3n } as const
    expect(isTriggered(proven, none, { ...none, l2Block: 501n })).toBe(false)
    expect(isTriggered(proven, none, { ...none, l1Block: 101n })).toBe(true)
    const sealed = { on: 'batch', stage: 'sealed', batch: 3n } as const
    expect(isTriggered(sealed, none, { ...none, l2Block: 501n })).toBe(true)
  })
})
