import type { Address, Hash } from 'viem'
import { describe, expect, it } from 'vitest'
import type { StepStatus } from '../model/status'
import type { ApproveStep, DepositFlowStep, DepositStep } from './depositSteps'
import { runSteps, type StepsProgress } from './executeSteps'

const ROUTER: Address = '0xA55e7A55e7A55e7A55e7A55e7a55E7a55E7a55e7'
const hash = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as Hash

const approveBase: ApproveStep = {
  kind: 'approve',
  token: '0xB0B0b0b0B0B0b0b0B0B0b0b0b0b0B0b0b0b0b0b0',
  spender: ROUTER,
  amount: 300n,
  purpose: 'base-token',
}
const approveToken: ApproveStep = {
  kind: 'approve',
  token: '0x7777777777777777777777777777777777777777',
  spender: ROUTER,
  amount: 1000n,
  purpose: 'token',
}
const deposit: DepositStep = { kind: 'deposit', value: 0n }
const plan: DepositFlowStep[] = [approveBase, approveToken, deposit]

/** Records every call and progress report, in order. */
function recorder(fail: Partial<Record<number, unknown>> = {}) {
  const log: string[] = []
  const progress: StepsProgress[] = []
  const options = {
    approve: async (step: ApproveStep, index: number) => {
      log.push(`approve ${step.purpose} ${step.amount} #${index}`)
      if (index in fail) throw fail[index]
      return hash(index + 1)
    },
    deposit: async (step: DepositStep, index: number) => {
      log.push(`deposit ${step.value} #${index}`)
      if (index in fail) throw fail[index]
      return hash(0xd)
    },
    onProgress: (p: StepsProgress) => {
      progress.push(p)
      log.push(`progress #${p.index} ${p.statuses.join(',')}`)
    },
  }
  return { log, progress, options }
}

describe('runSteps', () => {
  it('runs every step in order and reports each status change', async () => {
    const { log, options } = recorder()
    const result = await runSteps(plan, options)
    expect(log).toEqual([
      'progress #0 active,pending,pending',
      'approve base-token 300 #0',
      'progress #0 done,pending,pending',
      'progress #1 done,active,pending',
      'approve token 1000 #1',
      'progress #1 done,done,pending',
      'progress #2 done,done,active',
      'deposit 0 #2',
      'progress #2 done,done,done',
    ])
    expect(result).toEqual({
      ok: true,
      statuses: ['done', 'done', 'done'],
      hashes: [hash(1), hash(2), hash(0xd)],
      l1Hash: hash(0xd),
    })
  })

  it('stops at the first failure and returns it without throwing', async () => {
    const rejection = new Error('rejected')
    const { log, options } = recorder({ 1: rejection })
    const result = await runSteps(plan, options)
    expect(log).toEqual([
      'progress #0 active,pending,pending',
      'approve base-token 300 #0',
      'progress #0 done,pending,pending',
      'progress #1 done,active,pending',
      'approve token 1000 #1',
      'progress #1 done,failed,pending',
    ])
    expect(result).toEqual({
      ok: false,
      statuses: ['done', 'failed', 'pending'],
      failedIndex: 1,
      error: rejection,
    })
  })

  it('resumes from the failed step, counting earlier steps as done', async () => {
    const { log, options } = recorder()
    const result = await runSteps(plan, { ...options, startAt: 1 })
    expect(log).toEqual([
      'progress #1 done,active,pending',
      'approve token 1000 #1',
      'progress #1 done,done,pending',
      'progress #2 done,done,active',
      'deposit 0 #2',
      'progress #2 done,done,done',
    ])
    expect(result).toMatchObject({ ok: true, hashes: [undefined, hash(2), hash(0xd)] })
  })

  it('reports a failing deposit like any step', async () => {
    const { options } = recorder({ 0: 'boom' })
    const result = await runSteps([{ kind: 'deposit', value: 5n }], options)
    expect(result).toEqual({ ok: false, statuses: ['failed'], failedIndex: 0, error: 'boom' })
  })

  it('waits for an approval before starting the next step', async () => {
    let release: (h: Hash) => void = () => {}
    const events: string[] = []
    const running = runSteps([approveToken, deposit], {
      approve: () =>
        new Promise<Hash>((resolve) => {
          events.push('approve sent')
          release = resolve
        }),
      deposit: async () => {
        events.push('deposit sent')
        return hash(9)
      },
    })
    await new Promise((r) => setTimeout(r, 5))
    expect(events).toEqual(['approve sent'])
    release(hash(1))
    await expect(running).resolves.toMatchObject({ ok: true, l1Hash: hash(9) })
    expect(events).toEqual(['approve sent', 'deposit sent'])
  })

  it('hands out snapshots, not the array it keeps mutating', async () => {
    const { progress, options } = recorder()
    await runSteps(plan, options)
    const first = progress[0]?.statuses as StepStatus[]
    expect(first).toEqual(['active', 'pending', 'pending'])
  })

  it('refuses a plan without a final deposit, or a start outside the plan', async () => {
    const { options } = recorder()
    await expect(runSteps([], options)).rejects.toThrow('A step plan ends with its deposit step')
    await expect(runSteps([approveToken], options)).rejects.toThrow()
    await expect(runSteps(plan, { ...options, startAt: 3 })).rejects.toThrow(RangeError)
    await expect(runSteps(plan, { ...options, startAt: -1 })).rejects.toThrow(RangeError)
  })
})
