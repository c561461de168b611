import fc from 'fast-check'
import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { DEVNET_DEFAULT_ADDRESSES } from '../../../devnet/facts'
import type { TokenRef } from '../../bridge/tokens'
import { readStoredToken } from '../../bridge/tokens'
import type { StorageLike } from '../../lib/storage'
import {
  depositDraftKey,
  isEmptyDraft,
  loadDepositDraft,
  readDepositDraft,
  saveDepositDraft,
} from './depositDraft'
import { type DepositFormValues, initialDepositFormValues } from './depositReducer'

// What the user typed survives a reload; whatever is in sessionStorage (another version, a
// hand-edited value, garbage) never breaks the page: it is read back as "no draft".

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

const account: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const other: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const scope = { pairId: 'devnet', account }
const key = `ferry:deposit-draft:v1:devnet:${account.toLowerCase()}`
const TUSD: TokenRef = {
  kind: 'erc20',
  l1Address: DEVNET_DEFAULT_ADDRESSES.tokens.TUSD,
  symbol: 'TUSD',
  name: 'Test USD',
  decimals: 6,
}
const typed: DepositFormValues = {
  token: TUSD,
  amount: '12.5',
  recipient: other,
  advanced: { l2GasLimit: '300000', refundRecipient: other.toLowerCase() },
}
/** A stored draft as `saveDepositDraft` writes it, to tamper with field by field. */
const stored = { version: 1, ...typed }

describe('depositDraft: save and load', () => {
  it('is keyed by pair and account (any case of the address)', () => {
    expect(depositDraftKey(scope)).toBe(key)
    expect(depositDraftKey({ pairId: 'devnet', account: account.toLowerCase() as Address })).toBe(
      key,
    )
  })

  it('a saved draft comes back as typed (ERC-20 and ETH, half-typed values too)', () => {
    const { storage, map } = memoryStorage()
    saveDepositDraft(storage, scope, typed)
    expect(JSON.parse(map.get(key) ?? '')).toEqual(stored)
    expect(loadDepositDraft(storage, scope)).toEqual(typed)

    const halfTyped: DepositFormValues = {
      token: { kind: 'eth' },
      amount: '0.',
      recipient: '0x7099',
      advanced: { l2GasLimit: '3e', refundRecipient: ' ' },
    }
    saveDepositDraft(storage, scope, halfTyped)
    expect(loadDepositDraft(storage, scope)).toEqual(halfTyped)
  })

  it('another pair or account does not see the draft', () => {
    const { storage } = memoryStorage()
    saveDepositDraft(storage, scope, typed)
    expect(loadDepositDraft(storage, { pairId: 'sepolia', account })).toBeUndefined()
    expect(loadDepositDraft(storage, { pairId: 'devnet', account: other })).toBeUndefined()
    expect(
      loadDepositDraft(storage, { pairId: 'devnet', account: account.toLowerCase() as Address }),
    ).toEqual(typed)
  })

  it('nothing saved: undefined', () => {
    expect(loadDepositDraft(memoryStorage().storage, scope)).toBeUndefined()
  })

  it('disabled or full storage: loading gives undefined and saving does not throw', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(loadDepositDraft(broken, scope)).toBeUndefined()
    expect(() => saveDepositDraft(broken, scope, typed)).not.toThrow()
  })

  it('property: any form with fields of real-world length survives a round trip', () => {
    const field = fc.string({ maxLength: 200 })
    fc.assert(
      fc.property(
        fc.constantFrom<TokenRef>({ kind: 'eth' }, TUSD),
        field,
        field,
        field,
        field,
        (token, amount, recipient, l2GasLimit, refundRecipient) => {
          const { storage } = memoryStorage()
          const form = { token, amount, recipient, advanced: { l2GasLimit, refundRecipient } }
          saveDepositDraft(storage, scope, form)
          expect(loadDepositDraft(storage, scope)).toEqual(form)
        },
      ),
    )
  })
})

describe('depositDraft: tampered or foreign stored values give undefined, never throw', () => {
  const huge = '9'.repeat(1_000_000)
  it.each<[string, unknown]>([
    ['wrong version', { ...stored, version: 2 }],
    ['version as a string', { ...stored, version: '1' }],
    ['no version', { ...typed }],
    ['null', null],
    ['a list', [stored]],
    ['a number', 42],
    ['amount is a number', { ...stored, amount: 12.5 }],
    ['amount is a huge string', { ...stored, amount: huge }],
    ['recipient is a huge string', { ...stored, recipient: `0x${'a'.repeat(201)}` }],
    ['recipient is null', { ...stored, recipient: null }],
    ['advanced is missing', { ...stored, advanced: undefined }],
    ['advanced is a list', { ...stored, advanced: ['300000', ''] }],
    ['gas limit is a number', { ...stored, advanced: { ...typed.advanced, l2GasLimit: 300000 } }],
    ['refund recipient missing', { ...stored, advanced: { l2GasLimit: '' } }],
    ['token missing', { ...stored, token: undefined }],
    ['token of an unknown kind', { ...stored, token: { kind: 'nft' } }],
    ['token is a string', { ...stored, token: 'eth' }],
    [
      'token address with a bad checksum',
      { ...stored, token: { ...TUSD, l1Address: '0x7BAEC2668170D7Fd1588cB753CCdFF6a6210e1d3' } },
    ],
    ['token address too short', { ...stored, token: { ...TUSD, l1Address: '0x7baec266' } }],
    ['token address is a number', { ...stored, token: { ...TUSD, l1Address: 1234 } }],
    [
      'token at the zero address',
      { ...stored, token: { ...TUSD, l1Address: `0x${'0'.repeat(40)}` } },
    ],
    ['decimals as a string', { ...stored, token: { ...TUSD, decimals: '6' } }],
    ['fractional decimals', { ...stored, token: { ...TUSD, decimals: 6.5 } }],
    ['negative decimals', { ...stored, token: { ...TUSD, decimals: -1 } }],
    ['decimals above 255', { ...stored, token: { ...TUSD, decimals: 256 } }],
    ['symbol missing', { ...stored, token: { ...TUSD, symbol: undefined } }],
    ['huge token name', { ...stored, token: { ...TUSD, name: huge } }],
  ])('%s', (_, value) => {
    expect(readDepositDraft(value)).toBeUndefined()
    const { storage } = memoryStorage({ [key]: JSON.stringify(value) ?? 'undefined' })
    expect(loadDepositDraft(storage, scope)).toBeUndefined()
  })

  it.each(['', '{', 'undefined', "{'version':1}", '[1,2', 'NaN', huge, `"${huge}"`])(
    'unparseable JSON or a bare value %#',
    (raw) => {
      expect(loadDepositDraft(memoryStorage({ [key]: raw }).storage, scope)).toBeUndefined()
    },
  )

  it('unknown extra fields are dropped; a lowercase token address comes back checksummed', () => {
    const value = {
      ...stored,
      extra: 'x',
      token: { ...TUSD, l1Address: DEVNET_DEFAULT_ADDRESSES.tokens.TUSD.toLowerCase(), logo: 'x' },
    }
    expect(readDepositDraft(value)).toEqual(typed)
    expect(readStoredToken({ kind: 'eth', l1Address: 'whatever' })).toEqual({ kind: 'eth' })
  })

  it('property: any JSON value is read without throwing, as a draft with string fields or undefined', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            version: fc.constantFrom(1, 2, '1'),
            token: fc.oneof(fc.jsonValue(), fc.constant({ kind: 'eth' }), fc.constant(TUSD)),
            amount: fc.oneof(fc.string(), fc.jsonValue()),
            recipient: fc.oneof(fc.string(), fc.jsonValue()),
            advanced: fc.oneof(
              fc.jsonValue(),
              fc.record({
                l2GasLimit: fc.oneof(fc.string(), fc.jsonValue()),
                refundRecipient: fc.oneof(fc.string(), fc.jsonValue()),
              }),
            ),
          }),
        ),
        (value) => {
          const { storage } = memoryStorage({ [key]: JSON.stringify(value) })
          const draft = loadDepositDraft(storage, scope)
          expect(draft).toEqual(readDepositDraft(value))
          if (draft) {
            for (const text of [
              draft.amount,
              draft.recipient,
              draft.advanced.l2GasLimit,
              draft.advanced.refundRecipient,
            ])
              expect(typeof text === 'string' && text.length <= 200).toBe(true)
            expect(['eth', 'erc20']).toContain(draft.token.kind)
          }
        },
      ),
    )
  })
})

describe('isEmptyDraft', () => {
  it('an untouched form is empty whatever the token', () => {
    expect(isEmptyDraft(initialDepositFormValues())).toBe(true)
    expect(isEmptyDraft(initialDepositFormValues(TUSD))).toBe(true)
  })

  it.each([
    ['amount', { amount: '1' }],
    ['recipient', { recipient: '0x' }],
    ['gas limit', { advanced: { l2GasLimit: '1', refundRecipient: '' } }],
    ['refund recipient', { advanced: { l2GasLimit: '', refundRecipient: ' ' } }],
  ])('anything typed in the %s is not empty', (_, patch) => {
    expect(isEmptyDraft({ ...initialDepositFormValues(TUSD), ...patch })).toBe(false)
  })
})
