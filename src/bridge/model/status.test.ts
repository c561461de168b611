import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  awaitsUserAction,
  type BatchDetailsLike,
  type DepositStatus,
  depositProgressSteps,
  depositStatuses,
  deriveDepositStatus,
  deriveWithdrawalStatus,
  isTerminal,
  type ReceiptLike,
  type WithdrawalStatus,
  withdrawalProgressSteps,
  withdrawalStatuses,
} from './status'

type Known = 'none' | 'ok' | 'reverted'

/** Every way the same knowledge can arrive: viem's format, the raw RPC's, undefined or null. */
const receiptForms: Record<Known, (ReceiptLike | null | undefined)[]> = {
  none: [undefined, null],
  ok: [{ status: 'success' }, { status: '0x1' }],
  reverted: [{ status: 'reverted' }, { status: '0x0' }],
}

describe('deriveDepositStatus', () => {
  // l1 × l2 × claimed, every combination
  const table: [Known, Known, boolean, DepositStatus][] = [
    ['none', 'none', false, 'l1-pending'],
    ['none', 'none', true, 'claimed'],
    ['none', 'ok', false, 'l2-success'],
    ['none', 'ok', true, 'l2-success'],
    ['none', 'reverted', false, 'l2-failed'],
    ['none', 'reverted', true, 'claimed'],
    ['ok', 'none', false, 'l2-pending'],
    ['ok', 'none', true, 'claimed'],
    ['ok', 'ok', false, 'l2-success'],
    ['ok', 'ok', true, 'l2-success'],
    ['ok', 'reverted', false, 'l2-failed'],
    ['ok', 'reverted', true, 'claimed'],
    ['reverted', 'none', false, 'l1-failed'],
    ['reverted', 'none', true, 'claimed'],
    ['reverted', 'ok', false, 'l2-success'],
    ['reverted', 'ok', true, 'l2-success'],
    ['reverted', 'reverted', false, 'l2-failed'],
    ['reverted', 'reverted', true, 'claimed'],
  ]

  it.each(table)('l1 %s, l2 %s, claimed %s → %s', (l1, l2, claimed, expected) => {
    for (const l1Receipt of receiptForms[l1]) {
      for (const l2Receipt of receiptForms[l2]) {
        expect(deriveDepositStatus({ l1Receipt, l2Receipt, claimed })).toBe(expected)
        if (!claimed) expect(deriveDepositStatus({ l1Receipt, l2Receipt })).toBe(expected)
      }
    }
  })

  it('with nothing known, the L1 transaction is pending', () => {
    expect(deriveDepositStatus({})).toBe('l1-pending')
  })
})

describe('deriveWithdrawalStatus', () => {
  const batches: Record<string, BatchDetailsLike | null | undefined> = {
    unknown: undefined,
    'not sealed (null)': null,
    sealed: {
      status: 'sealed',
      commitTxHash: null,
      proveTxHash: null,
      executeTxHash: null,
    },
    'sealed, fields missing': {},
    committed: { status: 'sealed', commitTxHash: '0xc0', proveTxHash: null, executeTxHash: null },
    proven: { status: 'sealed', commitTxHash: '0xc0', proveTxHash: '0xp0', executeTxHash: null },
    executed: {
      status: 'verified',
      commitTxHash: '0xc0',
      proveTxHash: '0xp0',
      executeTxHash: '0xe0',
    },
    'executed hash only': { executeTxHash: '0xe0' },
    'verified without hashes': { status: 'verified' },
  }
  const expectedWithReceipt: Record<string, WithdrawalStatus> = {
    unknown: 'included',
    'not sealed (null)': 'included',
    sealed: 'sealed',
    'sealed, fields missing': 'sealed',
    committed: 'committed',
    proven: 'proven',
    executed: 'executed',
    'executed hash only': 'executed',
    'verified without hashes': 'executed',
  }

  for (const [name, batchDetails] of Object.entries(batches)) {
    it(`batch ${name}`, () => {
      for (const finalized of [false, true, undefined]) {
        for (const l2Receipt of receiptForms.none) {
          expect(deriveWithdrawalStatus({ l2Receipt, batchDetails, finalized })).toBe(
            finalized ? 'finalized' : 'l2-pending',
          )
        }
        for (const l2Receipt of receiptForms.reverted) {
          expect(deriveWithdrawalStatus({ l2Receipt, batchDetails, finalized })).toBe('l2-failed')
        }
        for (const l2Receipt of receiptForms.ok) {
          expect(deriveWithdrawalStatus({ l2Receipt, batchDetails, finalized })).toBe(
            finalized ? 'finalized' : expectedWithReceipt[name],
          )
        }
      }
    })
  }

  it('only moves forward as the batch advances', () => {
    const order: readonly WithdrawalStatus[] = withdrawalStatuses.filter((s) => s !== 'l2-failed')
    const hash = fc.option(fc.constant('0xaa'), { nil: null })
    fc.assert(
      fc.property(hash, hash, hash, fc.boolean(), (commit, prove, execute, finalized) => {
        // a later L1 transaction never un-reaches an earlier stage
        const before = deriveWithdrawalStatus({
          l2Receipt: { status: 'success' },
          batchDetails: { commitTxHash: commit, proveTxHash: prove, executeTxHash: null },
          finalized: false,
        })
        const after = deriveWithdrawalStatus({
          l2Receipt: { status: 'success' },
          batchDetails: { commitTxHash: commit, proveTxHash: prove, executeTxHash: execute },
          finalized,
        })
        expect(order.indexOf(after)).toBeGreaterThanOrEqual(order.indexOf(before))
      }),
    )
  })
})

describe('isTerminal and awaitsUserAction', () => {
  it.each<[DepositStatus, boolean, boolean]>([
    ['l1-pending', false, false],
    ['l1-failed', true, false],
    ['l2-pending', false, false],
    ['l2-success', true, false],
    ['l2-failed', false, true],
    ['claimed', true, false],
  ])('deposit %s: terminal %s, awaits the user %s', (status, terminal, action) => {
    expect(isTerminal(status, 'deposit')).toBe(terminal)
    expect(awaitsUserAction(status, 'deposit')).toBe(action)
  })

  it.each<[WithdrawalStatus, boolean, boolean]>([
    ['l2-pending', false, false],
    ['l2-failed', true, false],
    ['included', false, false],
    ['sealed', false, false],
    ['committed', false, false],
    ['proven', false, false],
    ['executed', false, true],
    ['finalized', true, false],
  ])('withdrawal %s: terminal %s, awaits the user %s', (status, terminal, action) => {
    expect(isTerminal(status, 'withdrawal')).toBe(terminal)
    expect(awaitsUserAction(status, 'withdrawal')).toBe(action)
  })

  it('without a kind, l2-failed is not terminal (a deposit may still be claimed)', () => {
    expect(isTerminal('l2-failed')).toBe(false)
  })
})

describe('depositProgressSteps', () => {
  const view = (status: DepositStatus) =>
    depositProgressSteps(status).map((s) => `${s.id}:${s.label}:${s.state}`)

  it.each<[DepositStatus, string[]]>([
    ['l1-pending', ['l1:L1 pending:active', 'l2:L2 execution:pending']],
    ['l1-failed', ['l1:L1 failed:failed', 'l2:L2 execution:pending']],
    ['l2-pending', ['l1:L1 confirmed:done', 'l2:L2 pending:active']],
    ['l2-success', ['l1:L1 confirmed:done', 'l2:L2 success:done']],
    ['l2-failed', ['l1:L1 confirmed:done', 'l2:L2 failed:failed', 'claim:Claim on L1:active']],
    ['claimed', ['l1:L1 confirmed:done', 'l2:L2 failed:failed', 'claim:Claimed on L1:done']],
  ])('%s', (status, expected) => {
    expect(view(status)).toEqual(expected)
  })

  it('covers every status with at most one active step', () => {
    for (const status of depositStatuses) {
      const active = depositProgressSteps(status).filter((s) => s.state === 'active')
      expect(active.length).toBeLessThanOrEqual(1)
      expect(active.length === 0).toBe(isTerminal(status, 'deposit'))
    }
  })
})

describe('withdrawalProgressSteps', () => {
  const states = (status: WithdrawalStatus) =>
    withdrawalProgressSteps(status)
      .map((s) => s.state.charAt(0))
      .join('')

  it.each<[WithdrawalStatus, string]>([
    ['l2-pending', 'appppp'],
    ['l2-failed', 'fppppp'],
    ['included', 'dapppp'],
    ['sealed', 'ddappp'],
    ['committed', 'dddapp'],
    ['proven', 'ddddap'],
    ['executed', 'ddddda'],
    ['finalized', 'dddddd'],
  ])('%s → %s (done/active/pending/failed)', (status, expected) => {
    expect(states(status)).toBe(expected)
  })

  it('labels say what is done and what is awaited', () => {
    expect(withdrawalProgressSteps('proven').map((s) => s.label)).toEqual([
      'L2 confirmed',
      'Batch sealed',
      'Committed on L1',
      'Proven on L1',
      'Execution on L1',
      'Finalize on L1',
    ])
    expect(withdrawalProgressSteps('l2-failed')[0]).toEqual({
      id: 'l2',
      label: 'L2 failed',
      state: 'failed',
    })
  })
})
