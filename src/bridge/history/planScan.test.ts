import { describe, expect, it } from 'vitest'
import { layerScannedFrom, mergeScanned, planScan } from './planScan'
import { historySources } from './sources'

const sources = historySources({
  l1AssetRouter: '0x1F373F17b8A83BAd80FBFA18D0d7Dc6E0141d27C',
  l1Nullifier: '0xeEb88aE27B1885f68a8e20A2cAA410d856064410',
  l2AssetRouter: '0x0000000000000000000000000000000000010003',
}).filter((s) => s.layer === 'l1')
const [v26, v24] = sources
if (!v26 || !v24) throw new Error('expected two L1 sources')

describe('planScan', () => {
  it('a first scan goes back from the head, at most the depth, never before the start', () => {
    expect(
      planScan({ sources, scanned: {}, startBlock: 100n, head: 10_000n, depthBlocks: 3_000n }),
    ).toEqual([{ sources, fromBlock: 7_001n, toBlock: 10_000n, part: 'older' }])
    expect(
      planScan({ sources, scanned: {}, startBlock: 100n, head: 1_000n, depthBlocks: 3_000n }),
    ).toEqual([{ sources, fromBlock: 100n, toBlock: 1_000n, part: 'older' }])
  })

  it('then new blocks first, then further back; sources in the same state share a task', () => {
    const scanned = {
      [v26.id]: { from: 7_001n, to: 10_000n },
      [v24.id]: { from: 7_001n, to: 10_000n },
    }
    expect(
      planScan({ sources, scanned, startBlock: 100n, head: 10_003n, depthBlocks: 3_000n }),
    ).toEqual([
      { sources, fromBlock: 10_001n, toBlock: 10_003n, part: 'new' },
      { sources, fromBlock: 4_001n, toBlock: 7_000n, part: 'older' },
    ])
  })

  it('a source added later is scanned on its own; a complete one only for new blocks', () => {
    const scanned = { [v26.id]: { from: 100n, to: 10_000n } }
    expect(
      planScan({ sources, scanned, startBlock: 100n, head: 10_000n, depthBlocks: 20_000n }),
    ).toEqual([{ sources: [v24], fromBlock: 100n, toBlock: 10_000n, part: 'older' }])
  })
})

describe('per-source start blocks', () => {
  // v24 events exist from the shared bridge's deployment; v26 ones only from the upgrade
  const sourceStartBlocks = { [v26.id]: 6_000n }

  it('a source introduced by an upgrade is never searched before it', () => {
    expect(
      planScan({
        sources,
        scanned: {},
        startBlock: 100n,
        sourceStartBlocks,
        head: 10_000n,
        depthBlocks: 20_000n,
      }),
    ).toEqual([
      { sources: [v26], fromBlock: 6_000n, toBlock: 10_000n, part: 'older' },
      { sources: [v24], fromBlock: 100n, toBlock: 10_000n, part: 'older' },
    ])
  })

  it('a start below the layer’s is the layer’s; one above the head asks for nothing yet', () => {
    expect(
      planScan({
        sources,
        scanned: {},
        startBlock: 100n,
        sourceStartBlocks: { [v26.id]: 50n, [v24.id]: 20_000n },
        head: 1_000n,
        depthBlocks: 20_000n,
      }),
    ).toEqual([{ sources: [v26], fromBlock: 100n, toBlock: 1_000n, part: 'older' }])
  })

  it('the layer counts as searched to its start once each source reached its own', () => {
    const at = (v26From: bigint, v24From: bigint) =>
      layerScannedFrom({
        sources,
        scanned: {
          [v26.id]: { from: v26From, to: 10_000n },
          [v24.id]: { from: v24From, to: 10_000n },
        },
        startBlock: 100n,
        sourceStartBlocks,
        head: 10_000n,
      })
    expect(at(6_000n, 100n)).toBe(100n)
    expect(at(6_000n, 3_000n)).toBe(3_000n)
    expect(at(8_000n, 3_000n)).toBe(8_000n)
    expect(layerScannedFrom({ sources, scanned: {}, startBlock: 100n, head: 10_000n })).toBe(
      10_001n,
    )
  })
})

describe('mergeScanned', () => {
  it('extends to the head after a finished new task, never across a gap', () => {
    const range = { from: 50n, to: 100n }
    expect(mergeScanned(range, { fromBlock: 101n, toBlock: 120n, part: 'new' }, 101n)).toEqual({
      from: 50n,
      to: 120n,
    })
    expect(mergeScanned(range, { fromBlock: 101n, toBlock: 120n, part: 'new' }, 110n)).toBe(range)
  })
  it('reaches back as far as an older task got', () => {
    const range = { from: 50n, to: 100n }
    expect(mergeScanned(range, { fromBlock: 0n, toBlock: 49n, part: 'older' }, 20n)).toEqual({
      from: 20n,
      to: 100n,
    })
    expect(mergeScanned(undefined, { fromBlock: 0n, toBlock: 100n, part: 'older' }, 60n)).toEqual({
      from: 60n,
      to: 100n,
    })
    expect(
      mergeScanned(undefined, { fromBlock: 0n, toBlock: 100n, part: 'older' }, 101n),
    ).toBeUndefined()
  })
})
