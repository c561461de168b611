import { describe, expect, it } from 'vitest'
import type { DiscoveredHistory, LayerHistory } from '../../bridge/actions/discoverTransfers'
import { describeSearch } from './describeSearch'

const layer = (p: Partial<LayerHistory> & { head: bigint; scannedFrom: bigint }): LayerHistory => ({
  startBlock: 0n,
  complete: false,
  requests: 0,
  ...p,
})
const history = (l1: LayerHistory, l2: LayerHistory): DiscoveredHistory => ({
  transfers: [],
  l1,
  l2,
  searching: false,
})

describe('describeSearch', () => {
  it('before any window: nothing searched, no date to name', () => {
    const view = describeSearch(
      history(layer({ head: 999n, scannedFrom: 1_000n }), layer({ head: 99n, scannedFrom: 100n })),
    )
    expect(view).toEqual({ fraction: 0, complete: false, oldest: undefined, stopReason: undefined })
  })

  it('part way: the share of both histories, dated by the layer searched least', () => {
    const view = describeSearch(
      history(
        layer({ startBlock: 200n, head: 1_199n, scannedFrom: 700n }), // half of 1,000
        layer({ head: 99n, scannedFrom: 0n, complete: true }),
      ),
    )
    expect(view.fraction).toBe(0.75)
    expect(view.oldest).toEqual({ layer: 'l1', block: 700n })
    expect(view.complete).toBe(false)
  })

  it('complete: dated by the bridge’s first L1 block', () => {
    const view = describeSearch(
      history(
        layer({ startBlock: 200n, head: 1_199n, scannedFrom: 200n, complete: true }),
        layer({ head: 99n, scannedFrom: 0n, complete: true }),
      ),
    )
    expect(view).toMatchObject({
      fraction: 1,
      complete: true,
      oldest: { layer: 'l1', block: 200n },
    })
  })

  it('a stop names its reason', () => {
    const view = describeSearch(
      history(
        layer({ head: 999n, scannedFrom: 900n, stopReason: 'the RPC refused eth_getLogs' }),
        layer({ head: 99n, scannedFrom: 0n, complete: true }),
      ),
    )
    expect(view.stopReason).toBe('the RPC refused eth_getLogs')
    expect(view.oldest).toEqual({ layer: 'l1', block: 900n })
  })
})
