import fc from 'fast-check'
import { type Address, bytesToHex, checksumAddress, type Hash } from 'viem'
import { describe, expect, it, vi } from 'vitest'
import type { StorageLike } from '../../lib/storage'
import { depositStatuses, withdrawalStatuses } from '../model/status'
import type { DepositRoute, DepositTransfer, Transfer, WithdrawalTransfer } from '../model/transfer'
import type { TokenRef } from '../tokens'
import { validateTransfer } from './schema'
import {
  type LoadTransfersResult,
  loadTransfers,
  saveTransfer,
  subscribeTransfers,
  transfersStorageKey,
} from './store'

/** A Map-backed `Storage`, as the tests' stand-in for localStorage. */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial))
  const storage: StorageLike = {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, value)
    },
  }
  return { storage, map }
}

const alice: Address = '0x36615Cf349d7F6344891B1e7CA7C72883F5dc049'
const bob: Address = '0xa61464658AfeAf65CccaaFD3a512b69A83B77618'
const h = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as Hash
const scope = { pairId: 'devnet', account: alice }
const key = `ferry:transfers:v1:devnet:${alice.toLowerCase()}`
const tusd: TokenRef = {
  kind: 'erc20',
  l1Address: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}

const deposit: DepositTransfer = {
  version: 1,
  kind: 'deposit',
  route: 'base-token',
  pairId: 'devnet',
  account: alice,
  l1ChainId: 9,
  l2ChainId: 270,
  token: { kind: 'eth' },
  amount: '1500000000000000000',
  recipient: bob,
  l1Hash: h(1),
  createdAt: 1_000,
}
const withdrawal: WithdrawalTransfer = {
  version: 1,
  kind: 'withdrawal',
  pairId: 'devnet',
  account: alice,
  l1ChainId: 9,
  l2ChainId: 270,
  token: tusd,
  amount: '250000',
  recipient: alice,
  l2Hash: h(2),
  createdAt: 2_000,
}

describe('transfersStorageKey', () => {
  it('is per pair and lowercase account', () => {
    expect(transfersStorageKey(scope)).toBe(key)
    expect(transfersStorageKey({ pairId: 'devnet', account: alice.toLowerCase() as Address })).toBe(
      key,
    )
  })
})

describe('saveTransfer and loadTransfers', () => {
  it('persists at once and loads newest first', () => {
    const { storage, map } = memoryStorage()
    expect(saveTransfer(storage, deposit)).toEqual({ ok: true, transfers: [deposit] })
    expect(map.has(key)).toBe(true)
    expect(saveTransfer(storage, withdrawal)).toEqual({
      ok: true,
      transfers: [withdrawal, deposit],
    })
    expect(loadTransfers(storage, scope)).toEqual({ transfers: [withdrawal, deposit], issues: [] })
  })

  it('upserts by hash: later facts merge in, createdAt stays the first', () => {
    const { storage } = memoryStorage()
    saveTransfer(storage, deposit)
    saveTransfer(storage, {
      ...deposit,
      l1Hash: deposit.l1Hash.toUpperCase().replace('0X', '0x') as Hash,
      l2Hash: h(3),
      lastStatus: 'l2-pending',
      createdAt: 5_000,
    })
    saveTransfer(storage, { ...deposit, lastStatus: 'l2-success', createdAt: 6_000 })
    expect(loadTransfers(storage, scope).transfers).toEqual([
      { ...deposit, l2Hash: h(3), lastStatus: 'l2-success' },
    ])

    saveTransfer(storage, withdrawal)
    saveTransfer(storage, { ...withdrawal, l1Hash: h(4), lastStatus: 'finalized' })
    expect(loadTransfers(storage, scope).transfers).toEqual([
      { ...withdrawal, l1Hash: h(4), lastStatus: 'finalized' },
      { ...deposit, l2Hash: h(3), lastStatus: 'l2-success' },
    ])
  })

  it('keeps a deposit and a withdrawal apart even if they share a hash', () => {
    const { storage } = memoryStorage()
    saveTransfer(storage, { ...deposit, l2Hash: h(2) })
    saveTransfer(storage, withdrawal)
    expect(loadTransfers(storage, scope).transfers).toHaveLength(2)
  })

  it('keeps accounts and pairs apart', () => {
    const { storage } = memoryStorage()
    saveTransfer(storage, deposit)
    saveTransfer(storage, { ...deposit, account: bob })
    saveTransfer(storage, { ...deposit, pairId: 'sepolia' })
    expect(loadTransfers(storage, scope).transfers).toEqual([deposit])
    expect(loadTransfers(storage, { pairId: 'devnet', account: bob }).transfers).toEqual([
      { ...deposit, account: bob },
    ])
    expect(loadTransfers(storage, { pairId: 'sepolia', account: alice }).transfers).toEqual([
      { ...deposit, pairId: 'sepolia' },
    ])
  })

  it('normalises what it stores: checksummed addresses, lowercase hashes, no unknown fields', () => {
    const { storage, map } = memoryStorage()
    saveTransfer(storage, {
      ...deposit,
      recipient: bob.toLowerCase() as Address,
      l1Hash: `0x${'AB'.repeat(32)}` as Hash,
      extra: 'dropped',
    } as DepositTransfer)
    const stored = JSON.parse(map.get(key) ?? '[]')
    expect(stored).toEqual([{ ...deposit, l1Hash: `0x${'ab'.repeat(32)}` }])
  })

  it('throws on an invalid record (a caller bug), and writes nothing', () => {
    const { storage, map } = memoryStorage()
    expect(() => saveTransfer(storage, { ...deposit, amount: '1.5' })).toThrow(
      'Not a valid transfer: amount is not a decimal string',
    )
    expect(map.size).toBe(0)
  })

  it('reports a failing write instead of throwing', () => {
    const quota = new Error('QuotaExceededError')
    const storage: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw quota
      },
    }
    expect(saveTransfer(storage, deposit)).toEqual({
      ok: false,
      transfers: [deposit],
      error: quota,
    })
  })

  it('treats unreadable storage (privacy modes) as empty', () => {
    const storage: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {},
    }
    expect(loadTransfers(storage, scope)).toEqual({ transfers: [], issues: [] })
  })
})

describe('loadTransfers validation', () => {
  it('drops and reports corrupt and foreign entries, keeping the good ones', () => {
    const entries = [
      deposit,
      'not an object',
      { ...deposit, version: 2 },
      { ...deposit, amount: 15 },
      { ...deposit, amount: '-1' },
      { ...deposit, l1Hash: undefined },
      { ...deposit, route: 'teleport' },
      { ...deposit, lastStatus: 'finalized' },
      {
        ...deposit,
        token: { kind: 'erc20', l1Address: '0x12', symbol: 'X', name: 'X', decimals: 6 },
      },
      { ...deposit, token: { ...tusd, decimals: 300 } },
      { ...deposit, recipient: '0x36615cF349d7F6344891B1e7CA7C72883F5dc049' },
      { ...deposit, l1ChainId: '9' },
      { ...deposit, createdAt: Number.NaN },
      { ...withdrawal, l2Hash: null },
      { ...deposit, account: bob },
      { ...deposit, pairId: 'mainnet' },
      withdrawal,
    ]
    const { storage } = memoryStorage({ [key]: JSON.stringify(entries) })
    const result = loadTransfers(storage, scope)
    expect(result.transfers).toEqual([withdrawal, deposit])
    expect(result.issues).toEqual([
      { index: 1, reason: 'not an object' },
      { index: 2, reason: 'version 2 is not 1' },
      { index: 3, reason: 'amount is not a decimal string' },
      { index: 4, reason: 'amount is not a decimal string' },
      { index: 5, reason: 'a deposit has no l1Hash' },
      { index: 6, reason: 'route "teleport" is unknown' },
      { index: 7, reason: 'lastStatus "finalized" is unknown' },
      {
        index: 8,
        reason: 'token.l1Address: An address has 40 hex characters after 0x; this has 2',
      },
      { index: 9, reason: 'token.decimals is not an integer in 0–255' },
      {
        index: 10,
        reason:
          'recipient: Checksum does not match: check for a typo (mixed-case addresses are checksummed)',
      },
      { index: 11, reason: 'l1ChainId is not a chain id' },
      { index: 12, reason: 'createdAt is not a timestamp' },
      { index: 13, reason: 'a withdrawal has no l2Hash' },
      { index: 14, reason: 'belongs to another pair or account' },
      { index: 15, reason: 'belongs to another pair or account' },
    ])
  })

  it.each([
    ['{not json', 'stored value is not JSON'],
    ['{"transfers":[]}', 'stored value is not a list'],
    ['null', 'stored value is not a list'],
  ])('a stored value of %j is reported', (raw, reason) => {
    const { storage } = memoryStorage({ [key]: raw })
    expect(loadTransfers(storage, scope)).toEqual({
      transfers: [],
      issues: [{ index: -1, reason }],
    })
  })

  it('writes back entries it cannot read untouched (a newer version may own them)', () => {
    const future = { version: 2, kind: 'bridge-hop', hash: h(9) }
    const { storage, map } = memoryStorage({ [key]: JSON.stringify([future]) })
    saveTransfer(storage, deposit)
    expect(JSON.parse(map.get(key) ?? '[]')).toEqual([future, deposit])
    expect(loadTransfers(storage, scope).issues).toEqual([
      { index: 0, reason: 'version 2 is not 1' },
    ])
  })
})

describe('subscribeTransfers', () => {
  it('hears saves from this tab for its own key only, until unsubscribed', () => {
    const { storage } = memoryStorage()
    const seen: LoadTransfersResult[] = []
    const unsubscribe = subscribeTransfers({ ...scope, storage, onChange: (r) => seen.push(r) })
    saveTransfer(storage, deposit)
    saveTransfer(storage, { ...deposit, account: bob })
    expect(seen).toEqual([{ transfers: [deposit], issues: [] }])
    unsubscribe()
    saveTransfer(storage, withdrawal)
    expect(seen).toHaveLength(1)
  })

  it('hears other tabs through storage events (and localStorage.clear)', () => {
    const { storage, map } = memoryStorage()
    const target = new EventTarget()
    const onChange = vi.fn()
    const unsubscribe = subscribeTransfers({ ...scope, storage, target, onChange })
    const storageEvent = (changedKey: string | null) =>
      Object.assign(new Event('storage'), { key: changedKey, storageArea: storage })

    map.set(key, JSON.stringify([deposit])) // another tab wrote
    target.dispatchEvent(storageEvent(key))
    expect(onChange).toHaveBeenLastCalledWith({ transfers: [deposit], issues: [] })

    target.dispatchEvent(storageEvent('some-other-key'))
    target.dispatchEvent(
      Object.assign(new Event('storage'), { key, storageArea: memoryStorage().storage }),
    )
    expect(onChange).toHaveBeenCalledTimes(1)

    map.clear()
    target.dispatchEvent(storageEvent(null))
    expect(onChange).toHaveBeenLastCalledWith({ transfers: [], issues: [] })
    expect(onChange).toHaveBeenCalledTimes(2)

    unsubscribe()
    target.dispatchEvent(storageEvent(key))
    expect(onChange).toHaveBeenCalledTimes(2)
  })
})

// ---------------------------------------------------------------------------------------------

const address = fc
  .uint8Array({ minLength: 20, maxLength: 20 })
  .filter((b) => b.some((x) => x !== 0))
  .map((b) => checksumAddress(bytesToHex(b)))
const hash = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => bytesToHex(b) as Hash)
const token: fc.Arbitrary<TokenRef> = fc.oneof(
  fc.constant<TokenRef>({ kind: 'eth' }),
  fc.record({
    kind: fc.constant('erc20' as const),
    l1Address: address,
    symbol: fc.string(),
    name: fc.string(),
    decimals: fc.integer({ min: 0, max: 255 }),
  }),
)
const common = {
  version: fc.constant(1 as const),
  pairId: fc.constant('devnet'),
  account: fc.constant(alice),
  l1ChainId: fc.integer({ min: 1, max: 2 ** 40 }),
  l2ChainId: fc.integer({ min: 1, max: 2 ** 40 }),
  token,
  amount: fc.bigInt({ min: 0n, max: 2n ** 256n - 1n }).map(String),
  recipient: address,
  createdAt: fc.integer({ min: 0, max: 2 ** 45 }),
}
const routes: DepositRoute[] = [
  'base-token',
  'erc20-to-eth-chain',
  'eth-to-custom-chain',
  'erc20-to-custom-chain',
]
const depositArb: fc.Arbitrary<Transfer> = fc.record(
  {
    ...common,
    kind: fc.constant('deposit' as const),
    route: fc.constantFrom(...routes),
    l1Hash: hash,
    l2Hash: hash,
    claimHash: hash,
    lastStatus: fc.constantFrom(...depositStatuses),
  },
  { requiredKeys: [...Object.keys(common), 'kind', 'route', 'l1Hash'] as never },
)
const withdrawalArb: fc.Arbitrary<Transfer> = fc.record(
  {
    ...common,
    kind: fc.constant('withdrawal' as const),
    l2Hash: hash,
    l1Hash: hash,
    lastStatus: fc.constantFrom(...withdrawalStatuses),
  },
  { requiredKeys: [...Object.keys(common), 'kind', 'l2Hash'] as never },
)
const transfers = fc.uniqueArray(fc.oneof(depositArb, withdrawalArb), {
  maxLength: 12,
  // distinct hashes: records sharing one are the same transfer by design
  selector: (t) => [t.l1Hash, t.l2Hash].filter(Boolean).join(),
  comparator: (a, b) => a.split(',').some((x) => x !== '' && b.split(',').includes(x)),
})

describe('transfers properties', () => {
  it('random transfers saved then loaded are equal, newest first', () => {
    fc.assert(
      fc.property(transfers, (list) => {
        const { storage } = memoryStorage()
        for (const t of list) expect(saveTransfer(storage, t).ok).toBe(true)
        const loaded = loadTransfers(storage, scope)
        expect(loaded.issues).toEqual([])
        expect(loaded.transfers).toHaveLength(list.length)
        expect(new Set(loaded.transfers.map((t) => JSON.stringify(t)))).toEqual(
          new Set(list.map((t) => JSON.stringify(t))),
        )
        const times = loaded.transfers.map((t) => t.createdAt)
        expect(times).toEqual([...times].sort((a, b) => b - a))
      }),
    )
  })

  it('validateTransfer accepts exactly what it returns', () => {
    fc.assert(
      fc.property(fc.oneof(depositArb, withdrawalArb), (t) => {
        expect(validateTransfer(t)).toEqual({ ok: true, value: t })
      }),
    )
  })

  it('random JSON garbage, or a damaged record, never throws', () => {
    const damaged = fc
      .tuple(fc.oneof(depositArb, withdrawalArb), fc.string(), fc.jsonValue())
      .map(([t, field, value]) => ({ ...t, [field]: value }))
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string().map((s) => s),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.array(fc.oneof(fc.jsonValue(), damaged)).map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          const { storage } = memoryStorage({ [key]: raw })
          const result = loadTransfers(storage, scope)
          for (const t of result.transfers) {
            expect(validateTransfer(t)).toEqual({ ok: true, value: t })
            expect(t.account).toBe(alice)
          }
          expect(saveTransfer(storage, deposit).ok).toBe(true)
          expect(loadTransfers(storage, scope).transfers).toContainEqual(
            expect.objectContaining({ l1Hash: deposit.l1Hash }),
          )
        },
      ),
      { numRuns: 300 },
    )
  })
})
