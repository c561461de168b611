import { classifyLogsError } from './classifyLogsError'
import { createLogScan, type LogScanOptions, type LogScanProgress } from './logScan'

export type ScanLogsParameters<item> = LogScanOptions & {
  /** One `eth_getLogs` (or several, as one answer) over `[fromBlock, toBlock]`. */
  fetchRange: (fromBlock: bigint, toBlock: bigint) => Promise<item[]>
  /** After every answer: how far back the scan has looked, and what it found in that range. */
  onProgress?: ((progress: LogScanProgress, found: readonly item[]) => void) | undefined
  signal?: AbortSignal | undefined
}

export type ScanLogsResult<item> = {
  items: item[]
  /** Every block from `fromBlock` to `toBlock` was scanned. */
  complete: boolean
  /** Why the scan stopped before the end (a refusal, an unreachable RPC, a cancellation). */
  stopReason?: string | undefined
  progress: LogScanProgress
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve()
    })
  })

/**
 * Runs a log scan (logScan.ts) over a range, newest first: bounded requests in flight, back-off,
 * adaptive window. Never throws for what the RPC answers: a scan that cannot finish returns what
 * it found, how far it got and why it stopped.
 */
export async function scanLogs<item>(p: ScanLogsParameters<item>): Promise<ScanLogsResult<item>> {
  const scan = createLogScan(p)
  const items: item[] = []
  const inFlight = new Map<number, Promise<void>>()
  const finish = (complete: boolean, stopReason?: string): ScanLogsResult<item> => ({
    items,
    complete,
    ...(stopReason === undefined ? {} : { stopReason }),
    progress: scan.progress(),
  })
  for (;;) {
    if (p.signal?.aborted) {
      await Promise.allSettled(inFlight.values())
      return finish(false, 'cancelled')
    }
    const step = scan.next(Date.now())
    switch (step.type) {
      case 'done':
        return finish(true)
      case 'stopped':
        await Promise.allSettled(inFlight.values())
        return finish(false, step.reason)
      case 'request': {
        const { id, fromBlock, toBlock } = step
        const run = p
          .fetchRange(fromBlock, toBlock)
          .then(
            (found) => {
              items.push(...found)
              scan.report(id, { kind: 'ok' }, Date.now())
            },
            (error: unknown) => scan.report(id, classifyLogsError(error), Date.now()),
          )
          .finally(() => {
            inFlight.delete(id)
            p.onProgress?.(scan.progress(), items)
          })
        inFlight.set(id, run)
        break
      }
      case 'busy':
        await Promise.race(inFlight.values())
        break
      case 'wait':
        await sleep(Math.max(0, step.untilMs - Date.now()), p.signal)
        break
    }
  }
}
