import type { DiscoveredHistory, LayerHistory } from '../../bridge/actions/discoverTransfers'

/** How much of a layer's history has been searched, 0 to 1. */
function fractionOf(layer: LayerHistory): number {
  const total = layer.head - layer.startBlock + 1n
  if (total <= 0n) return 1
  const searched = layer.head - layer.scannedFrom + 1n
  if (searched <= 0n) return 0
  return Math.min(1, Number((searched * 10_000n) / total) / 10_000)
}

export type SearchView = {
  /** 0 to 1, over both layers' whole history (blocks, weighted alike). */
  fraction: number
  /** Both layers searched back to the bridge's start. */
  complete: boolean
  /**
   * The block whose date "searched back to" names: the bridge's first L1 block once complete,
   * else the least searched layer's oldest block (none before the search has read a window).
   */
  oldest: { layer: 'l1' | 'l2'; block: bigint } | undefined
  /** Why a search stopped before the end (the first layer that did). */
  stopReason: string | undefined
}

/** What the transfers page says about the search of the chain. */
export function describeSearch(history: DiscoveredHistory): SearchView {
  const layers = [
    ['l1', history.l1],
    ['l2', history.l2],
  ] as const
  const complete = history.l1.complete && history.l2.complete
  const partial = layers.filter(([, l]) => !l.complete && l.scannedFrom <= l.head)
  // "searched back to": the least searched layer (by share of its history) bounds the claim
  const [least] = [...partial].sort(([, a], [, b]) => fractionOf(a) - fractionOf(b))
  return {
    fraction: (fractionOf(history.l1) + fractionOf(history.l2)) / 2,
    complete,
    oldest: complete
      ? { layer: 'l1', block: history.l1.startBlock }
      : least
        ? { layer: least[0], block: least[1].scannedFrom }
        : undefined,
    stopReason: history.l1.stopReason ?? history.l2.stopReason,
  }
}
