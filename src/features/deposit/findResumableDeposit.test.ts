import fc from 'fast-check'
import type { Address, Hash } from 'viem'
import { describe, expect, it } from 'vitest'
import { type DepositStatus, depositStatuses } from '../../bridge/model/status'
import type { DepositTransfer, Transfer, WithdrawalTransfer } from '../../bridge/model/transfer'
import { loadTransfers, saveTransfer } from '../../bridge/transfers/store'
import type { StorageLike } from '../../lib/storage'
import { dismissDeposit, findResumableDeposit, loadDismissedDeposits } from './findResumableDeposit'

// After a reload the Deposit page picks up the deposit the user was following: the newest one
// still in flight, unless they closed it; finished or failed ones stay on the Transfers page.

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

const DISMISSED_KEY = 'ferry:deposit-dismissed:v1'
const account: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const scope = { pairId: 'devnet', account }
const h = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as Hash

function deposit(n: number, lastStatus?: DepositStatus): DepositTransfer {
  return {
    version: 1,
    kind: 'deposit',
    route: 'base-token',
    pairId: 'devnet',
    account,
    l1ChainId: 9,
    l2ChainId: 270,
    token: { kind: 'eth' },
    amount: '1000000000000000000',
    recipient: account,
    l1Hash: h(n),
    createdAt: n * 1_000,
    ...(lastStatus ? { lastStatus } : {}),
  }
}
function withdrawal(n: number): WithdrawalTransfer {
  return {
    version: 1,
    kind: 'withdrawal',
    pairId: 'devnet',
    account,
    l1ChainId: 9,
    l2ChainId: 270,
    token: { kind: 'eth' },
    amount: '1',
    recipient: account,
    l2Hash: h(1_000 + n),
    createdAt: n * 1_000,
    lastStatus: 'l2-pending',
  }
}
/** The list the page gets: saved in any order, loaded newest first. */
function saved(...transfers: Transfer[]): Transfer[] {
  const { storage } = memoryStorage()
  for (const t of transfers) saveTransfer(storage, t)
  return loadTransfers(storage, scope).transfers
}

const IN_FLIGHT = [undefined, 'l1-pending', 'l2-pending'] as const
const TERMINAL = ['l1-failed', 'l2-success', 'l2-failed', 'claimed'] as const

describe('findResumableDeposit', () => {
  it('the statuses cover every deposit status', () => {
    expect(new Set([...IN_FLIGHT.slice(1), ...TERMINAL])).toEqual(new Set(depositStatuses))
  })

  it('picks the newest deposit still in flight, whatever order they were saved in', () => {
    const transfers = saved(deposit(2, 'l2-pending'), deposit(5, 'l1-pending'), deposit(3))
    expect(findResumableDeposit(transfers)?.l1Hash).toBe(h(5))
  })

  it.each(IN_FLIGHT)('resumes a deposit last seen as %s', (status) => {
    expect(findResumableDeposit(saved(deposit(1, status)))?.l1Hash).toBe(h(1))
  })

  it.each(TERMINAL)('skips a newer %s deposit for an older one in flight', (status) => {
    const transfers = saved(deposit(1, 'l2-pending'), deposit(9, status))
    expect(findResumableDeposit(transfers)?.l1Hash).toBe(h(1))
    expect(findResumableDeposit(saved(deposit(9, status)))).toBeUndefined()
  })

  it('never resumes a withdrawal', () => {
    const transfers = saved(deposit(1), withdrawal(7))
    expect(findResumableDeposit(transfers)?.l1Hash).toBe(h(1))
    expect(findResumableDeposit(saved(withdrawal(7)))).toBeUndefined()
    expect(findResumableDeposit([])).toBeUndefined()
  })

  it('skips deposits the user closed in this session, whatever the case of the hash', () => {
    const { storage } = memoryStorage()
    const transfers = saved(deposit(1, 'l1-pending'), deposit(2, 'l2-pending'))
    dismissDeposit(storage, h(0xabc2).replace('abc2', 'ABC2') as Hash)
    dismissDeposit(storage, h(2))
    expect(findResumableDeposit(transfers, loadDismissedDeposits(storage))?.l1Hash).toBe(h(1))
    dismissDeposit(storage, h(1))
    expect(findResumableDeposit(transfers, loadDismissedDeposits(storage))).toBeUndefined()
    // a record with a mixed-case hash (passed in directly) is still recognised as closed
    const upper = { ...deposit(3), l1Hash: h(0xabc2).replace('abc2', 'ABC2') as Hash }
    expect(findResumableDeposit([upper], loadDismissedDeposits(storage))).toBeUndefined()
  })

  it('property: the result is the first (newest) in-flight, not-closed deposit of the list', () => {
    const status = fc.constantFrom<DepositStatus | undefined>(...IN_FLIGHT, ...TERMINAL)
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom('deposit', 'withdrawal'),
            status,
            dismissed: fc.boolean(),
          }),
          { maxLength: 12 },
        ),
        (specs) => {
          const transfers: Transfer[] = specs.map((s, i) =>
            s.kind === 'deposit' ? deposit(i + 1, s.status) : withdrawal(i + 1),
          )
          const dismissed = new Set(specs.flatMap((s, i) => (s.dismissed ? [h(i + 1)] : [])))
          const expected = specs.findIndex(
            (s) =>
              s.kind === 'deposit' &&
              (IN_FLIGHT as readonly (DepositStatus | undefined)[]).includes(s.status) &&
              !s.dismissed,
          )
          const found = findResumableDeposit(transfers, dismissed)
          expect(found).toBe(expected === -1 ? undefined : transfers[expected])
        },
      ),
    )
  })
})

describe('loadDismissedDeposits and dismissDeposit', () => {
  it('nothing stored: nothing dismissed', () => {
    expect(loadDismissedDeposits(memoryStorage().storage)).toEqual(new Set())
  })

  it('remembers each closed deposit once, lowercase', () => {
    const { storage, map } = memoryStorage()
    const mixed = `0x${'AB'.repeat(32)}` as Hash
    dismissDeposit(storage, mixed)
    dismissDeposit(storage, mixed.toLowerCase() as Hash)
    dismissDeposit(storage, h(1))
    expect(JSON.parse(map.get(DISMISSED_KEY) ?? '')).toEqual([`0x${'ab'.repeat(32)}`, h(1)])
    expect(loadDismissedDeposits(storage)).toEqual(new Set([`0x${'ab'.repeat(32)}`, h(1)]))
  })

  it('keeps the last 100 closed deposits', () => {
    const { storage } = memoryStorage()
    for (let i = 1; i <= 105; i++) dismissDeposit(storage, h(i))
    const dismissed = loadDismissedDeposits(storage)
    expect(dismissed.size).toBe(100)
    expect(dismissed.has(h(5))).toBe(false)
    expect(dismissed.has(h(6))).toBe(true)
    expect(dismissed.has(h(105))).toBe(true)
  })

  it.each<[string, string]>([
    ['invalid JSON', '[0x12'],
    ['an object', JSON.stringify({ [h(1)]: true })],
    ['a string', JSON.stringify(h(1))],
    ['null', 'null'],
  ])('a stored %s counts as nothing dismissed', (_, raw) => {
    const { storage } = memoryStorage({ [DISMISSED_KEY]: raw })
    expect(loadDismissedDeposits(storage)).toEqual(new Set())
    // and closing a deposit afterwards replaces it with a clean list
    dismissDeposit(storage, h(3))
    expect(loadDismissedDeposits(storage)).toEqual(new Set([h(3)]))
  })

  it('keeps only well-formed hashes from a stored list', () => {
    const raw = JSON.stringify([h(1), 42, null, '0x12', h(2).toUpperCase(), `${h(3)}00`, h(4)])
    expect(loadDismissedDeposits(memoryStorage({ [DISMISSED_KEY]: raw }).storage)).toEqual(
      new Set([h(1), h(4)]),
    )
  })

  it('disabled or full storage: never throws', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(loadDismissedDeposits(broken)).toEqual(new Set())
    expect(() => dismissDeposit(broken, h(1))).not.toThrow()
  })
})
