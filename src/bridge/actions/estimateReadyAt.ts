import type { Client, Transport } from 'viem'
import { getBlock } from 'viem/actions'
import { type ChainEIP712, publicActionsL2, type ZksyncBatchDetails } from 'viem/zksync'
import { type BatchTiming, estimateReadyTime } from '../model/eta'

/** How many recently executed batches to sample for the typical delay. */
const SAMPLES = 5

/**
 * ETA of a batch's execution from the chain's own recent history: the newest executed batch is
 * the one holding the `finalized` block; a few batches before it give the typical delay.
 */
export async function estimateReadyAt(p: {
  l2: Client<Transport, ChainEIP712>
  batchNumber: bigint
  batch: Pick<ZksyncBatchDetails, 'timestamp'> | null
  now: number
}): Promise<number | undefined> {
  const zk = publicActionsL2()(p.l2)
  const finalized = (await getBlock(p.l2, { blockTag: 'finalized' })) as {
    l1BatchNumber?: bigint | null
  }
  const newest = finalized.l1BatchNumber
  if (newest === undefined || newest === null || newest < 1n) return undefined
  const numbers: number[] = []
  for (let n = newest; n >= 1n && numbers.length < SAMPLES; n--) numbers.push(Number(n))
  const details = await Promise.all(
    numbers.map((number) => zk.getL1BatchDetails({ number }).catch(() => null)),
  )
  const samples: BatchTiming[] = []
  for (const d of details)
    if (d?.executedAt)
      samples.push({
        createdAt: d.timestamp * 1000,
        // typed as Date, but the RPC sends an RFC 3339 string and viem does not convert it
        executedAt: new Date(d.executedAt as unknown as string).getTime(),
      })
  return estimateReadyTime({
    batchCreatedAt: p.batch ? p.batch.timestamp * 1000 : undefined,
    samples,
    now: p.now,
  })
}
