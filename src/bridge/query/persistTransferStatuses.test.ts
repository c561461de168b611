import { QueryClient } from '@tanstack/query-core'
import type { Hash } from 'viem'
import { describe, expect, it } from 'vitest'
import { memoryStorage } from '../../lib/storage'
import type { DepositTransfer, WithdrawalTransfer } from '../model/transfer'
import { loadTransfers, saveTransfer } from '../transfers/store'
import { bridgeKeys } from './keys'
import { persistTransferStatuses } from './persistTransferStatuses'

// The observer that keeps the transfers store up to date with what status queries learn.
// Queries run here with plain data: the key and `meta` are what the factories set.

const h = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as Hash
const account = '0x36615Cf349d7F6344891B1e7CA7C72883F5dc049' as const
const common = {
  version: 1 as const,
  pairId: 'devnet-270',
  account,
  l1ChainId: 9,
  l2ChainId: 270,
  token: { kind: 'eth' as const },
  amount: '1',
  recipient: account,
  createdAt: 1,
}
const deposit: DepositTransfer = {
  ...common,
  kind: 'deposit',
  route: 'base-token',
  l1Hash: h(1),
  lastStatus: 'l1-pending',
}
const withdrawal: WithdrawalTransfer = { ...common, kind: 'withdrawal', l2Hash: h(2) }
const saved = (storage: ReturnType<typeof memoryStorage>) =>
  loadTransfers(storage, { pairId: 'devnet-270', account }).transfers

function setup() {
  const storage = memoryStorage()
  const client = new QueryClient()
  const stop = persistTransferStatuses(client, storage)
  return { storage, client, stop }
}

const depositKey = bridgeKeys.depositStatus({ l1ChainId: 9, l2ChainId: 270, l1Hash: h(1) })

describe('persistTransferStatuses', () => {
  it('saves a deposit’s status and L2 hash when its status query succeeds', async () => {
    const { storage, client } = setup()
    saveTransfer(storage, deposit)
    await client.fetchQuery({
      queryKey: depositKey,
      meta: { transfer: deposit },
      queryFn: async () => ({ status: 'l2-success', l2Hash: h(9) }),
    })
    expect(saved(storage)).toEqual([{ ...deposit, lastStatus: 'l2-success', l2Hash: h(9) }])
  })

  it('saves a withdrawal that was only found on chain, with its stage', async () => {
    const { storage, client } = setup()
    await client.fetchQuery({
      queryKey: bridgeKeys.withdrawalStatus({ l1ChainId: 9, l2ChainId: 270, l2Hash: h(2) }),
      meta: { transfer: withdrawal },
      queryFn: async () => ({ status: 'executed', finalize: { ready: true } }),
    })
    expect(saved(storage)).toEqual([{ ...withdrawal, lastStatus: 'executed' }])
  })

  it('keeps what the store knows beyond the query’s copy (a claim sent meanwhile)', async () => {
    const { storage, client } = setup()
    saveTransfer(storage, { ...deposit, lastStatus: 'claimed', claimHash: h(5), l2Hash: h(9) })
    await client.fetchQuery({
      queryKey: depositKey,
      meta: { transfer: { ...deposit, lastStatus: 'l2-failed' } },
      queryFn: async () => ({ status: 'l2-failed', l2Hash: h(9) }),
    })
    expect(saved(storage)).toEqual([
      { ...deposit, lastStatus: 'claimed', claimHash: h(5), l2Hash: h(9) },
    ])
  })

  it('writes nothing for queries without a record, failed queries, or other queries', async () => {
    const { storage, client } = setup()
    await client.fetchQuery({
      queryKey: depositKey,
      queryFn: async () => ({ status: 'l2-success' }),
    })
    await client
      .fetchQuery({
        queryKey: bridgeKeys.depositStatus({ l1ChainId: 9, l2ChainId: 270, l1Hash: h(7) }),
        meta: { transfer: deposit },
        retry: false,
        queryFn: async () => {
          throw new Error('RPC down')
        },
      })
      .catch(() => undefined)
    await client.fetchQuery({
      queryKey: bridgeKeys.tokenInfo({ chainId: 270, address: account }),
      meta: { transfer: deposit },
      queryFn: async () => ({ status: 'l2-success' }),
    })
    expect(saved(storage)).toEqual([])
  })

  it('ignores a record or an answer that does not check out', async () => {
    const { storage, client } = setup()
    await client.fetchQuery({
      queryKey: depositKey,
      meta: { transfer: { ...deposit, l1Hash: 'nope' } },
      queryFn: async () => ({ status: 'l2-success' }),
    })
    await client.fetchQuery({
      queryKey: bridgeKeys.depositStatus({ l1ChainId: 9, l2ChainId: 270, l1Hash: h(8) }),
      meta: { transfer: deposit },
      queryFn: async () => ({ status: 'teleported' }),
    })
    expect(saved(storage)).toEqual([])
  })

  it('stops when unsubscribed', async () => {
    const { storage, client, stop } = setup()
    stop()
    await client.fetchQuery({
      queryKey: depositKey,
      meta: { transfer: deposit },
      queryFn: async () => ({ status: 'l2-success' }),
    })
    expect(saved(storage)).toEqual([])
  })
})
