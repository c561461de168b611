/** One executed batch: when it was created (its timestamp) and when it was executed on L1. */
export type BatchTiming = { createdAt: number; executedAt: number }

/**
 * How long batches take from creation to execution on L1 lately: the median of the samples
 * (robust to one slow batch). `undefined` without samples. All values in ms.
 */
export function typicalExecutionDelay(samples: readonly BatchTiming[]): number | undefined {
  const delays = samples
    .map((s) => s.executedAt - s.createdAt)
    .filter((d) => Number.isFinite(d) && d >= 0)
    .sort((a, b) => a - b)
  if (delays.length === 0) return undefined
  const mid = Math.floor(delays.length / 2)
  return delays.length % 2 === 1
    ? (delays[mid] as number)
    : Math.round(((delays[mid - 1] as number) + (delays[mid] as number)) / 2)
}

/**
 * When a withdrawal becomes finalizable: its batch's creation time plus the typical delay, never
 * in the past (a late batch is "any moment now"). `undefined` when nothing is known.
 */
export function estimateReadyTime(p: {
  batchCreatedAt: number | undefined
  samples: readonly BatchTiming[]
  now: number
}): number | undefined {
  const delay = typicalExecutionDelay(p.samples)
  if (delay === undefined) return undefined
  const created = p.batchCreatedAt ?? p.now
  return Math.max(created + delay, p.now)
}

/** Whole seconds left until `readyAt` (0 once reached), for countdowns. */
export function secondsLeft(readyAt: number, now: number): number {
  return Math.max(0, Math.ceil((readyAt - now) / 1000))
}
