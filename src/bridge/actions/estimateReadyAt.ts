import type { Hex } from 'viem'
import { getL1BatchDetails, type ZksyncBatchDetails } from 'viem/zksync'
import type { L2Client } from '../clients'
import { type BatchTiming, estimateReadyTime } from '../model/eta'

/** How many recently executed batches to sample for the typical delay. */
const SAMPLES = 5

export type EstimateReadyAtParameters = {
  l2: L2Client
  batchNumber: bigint
  batch: Pick<ZksyncBatchDetails, 'timestamp'> | null
  now: number
}

/**
 * ETA of a batch's execution from the chain's own recent history: the newest executed batch is
 * the one holding the `finalized` block; a few batches before it give the typical delay.
 */
export async function estimateReadyAt(p: EstimateReadyAtParameters): Promise<number | undefined> {
  // Era adds the block's batch to blocks (ZKsync OS does not: then no estimate)
  const finalized = (await p.l2.request({
    method: 'eth_getBlockByNumber',
    params: ['finalized', false],
  } as never)) as { l1BatchNumber?: Hex | null } | null
  const newest = finalized?.l1BatchNumber ? BigInt(finalized.l1BatchNumber) : undefined
  if (newest === undefined || newest < 1n) return undefined
  const numbers: number[] = []
  for (let n = newest; n >= 1n && numbers.length < SAMPLES; n--) numbers.push(Number(n))
  const details = await Promise.all(
    numbers.map((number) => getL1BatchDetails(p.l2, { number }).catch(() => null)),
  )
  const samples: BatchTiming[] = []
  for (const d of details)
    if (d?.executedAt)
      samples.push({
        createdAt: d.timestamp * 1000,
        // typed as Date, but the RPC sends an RFC 3339 string and viem does not convert it:
        // `new Date` takes either
        executedAt: new Date(d.executedAt).getTime(),
      })
  return estimateReadyTime({
    batchCreatedAt: p.batch ? p.batch.timestamp * 1000 : undefined,
    samples,
    now: p.now,
  })
}
