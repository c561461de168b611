import type { ScannedRange } from './historyStore'
import type { LogSource } from './sources'

const later = (a: bigint, b: bigint) => (a > b ? a : b)

/** A range to scan (newest first) for some sources of a layer. */
export type ScanTask = {
  sources: LogSource[]
  fromBlock: bigint
  toBlock: bigint
  /** `new`: blocks since the last scan; `older`: further back than it reached. */
  part: 'new' | 'older'
}

/** The first block a source can have logs in: its own start, never before the layer's. */
export function sourceStartBlock(
  p: { startBlock: bigint; sourceStartBlocks?: Readonly<Record<string, bigint>> | undefined },
  source: Pick<LogSource, 'id'>,
): bigint {
  return later(p.sourceStartBlocks?.[source.id] ?? p.startBlock, p.startBlock)
}

/**
 * How far back a layer has been searched, for every source at once (`head + 1`: not yet): a
 * source searched down to its own start counts as searched to the layer's.
 */
export function layerScannedFrom(p: {
  sources: readonly LogSource[]
  scanned: Readonly<Record<string, ScannedRange>>
  startBlock: bigint
  sourceStartBlocks?: Readonly<Record<string, bigint>> | undefined
  head: bigint
}): bigint {
  let low: bigint | undefined
  for (const source of p.sources) {
    const from = p.scanned[source.id]?.from ?? p.head + 1n
    const reached = from <= sourceStartBlock(p, source) ? p.startBlock : from
    if (low === undefined || reached > low) low = reached
  }
  return low ?? p.head + 1n
}

/**
 * What a layer still needs scanning: for each source, the blocks above its scanned range (up to
 * `head`) and below it (down to `startBlock`, at most `depthBlocks` further back this run), grouped
 * so that sources in the same state share one `eth_getLogs` per window. New blocks come first.
 */
export function planScan(p: {
  sources: readonly LogSource[]
  scanned: Readonly<Record<string, ScannedRange>>
  /** The layer's first block worth searching. */
  startBlock: bigint
  /** Later first blocks of some sources (an event a protocol upgrade introduced), by source id. */
  sourceStartBlocks?: Readonly<Record<string, bigint>> | undefined
  head: bigint
  depthBlocks: bigint
}): ScanTask[] {
  const tasks = new Map<string, ScanTask>()
  const add = (source: LogSource, part: ScanTask['part'], fromBlock: bigint, toBlock: bigint) => {
    if (fromBlock > toBlock) return
    const key = `${part}:${fromBlock}:${toBlock}`
    const task = tasks.get(key)
    if (task) task.sources.push(source)
    else tasks.set(key, { sources: [source], fromBlock, toBlock, part })
  }
  for (const source of p.sources) {
    const start = sourceStartBlock(p, source)
    const range = p.scanned[source.id]
    if (!range) {
      const from = p.head - p.depthBlocks + 1n
      add(source, 'older', later(from, start), p.head)
      continue
    }
    add(source, 'new', later(range.to + 1n, start), p.head)
    const from = range.from - p.depthBlocks
    add(source, 'older', later(from, start), range.from - 1n)
  }
  return [...tasks.values()].sort((a, b) =>
    a.part === b.part ? (a.toBlock > b.toBlock ? -1 : 1) : a.part === 'new' ? -1 : 1,
  )
}

/**
 * A source's scanned range after a task reached `scannedFrom` (everything from there to the
 * task's end): a finished `new` task extends it to the head; an `older` one (or a first scan)
 * down to where it got. A `new` task that stopped early leaves a gap: nothing is recorded.
 */
export function mergeScanned(
  range: ScannedRange | undefined,
  task: Pick<ScanTask, 'fromBlock' | 'toBlock' | 'part'>,
  scannedFrom: bigint,
): ScannedRange | undefined {
  if (scannedFrom > task.toBlock) return range
  if (!range) return { from: scannedFrom, to: task.toBlock }
  if (task.part === 'new')
    return scannedFrom <= task.fromBlock ? { from: range.from, to: task.toBlock } : range
  return { from: scannedFrom < range.from ? scannedFrom : range.from, to: range.to }
}
