import { ContractFunctionExecutionError, ContractFunctionZeroDataError, erc20Abi } from 'viem'
import { describe, expect, it } from 'vitest'
import { isTokenNotDeployed, readL2Balance } from './readL2Balance'

const noContract = new ContractFunctionExecutionError(
  new ContractFunctionZeroDataError({ functionName: 'balanceOf' }),
  {
    abi: erc20Abi,
    functionName: 'balanceOf',
    args: ['0x0000000000000000000000000000000000000001'],
  },
)

describe('readL2Balance', () => {
  it('is the balance when read', () => {
    expect(readL2Balance({ data: 5n, error: null, failureReason: null })).toBe(5n)
  })

  it('is 0 for a token with no contract on L2 yet, also while the read is retried', () => {
    expect(isTokenNotDeployed(noContract)).toBe(true)
    expect(readL2Balance({ data: undefined, error: noContract, failureReason: null })).toBe(0n)
    expect(readL2Balance({ data: undefined, error: null, failureReason: noContract })).toBe(0n)
  })

  it('is unknown while loading or after another failure', () => {
    expect(readL2Balance({ data: undefined, error: null, failureReason: null })).toBeUndefined()
    const down = new Error('fetch failed')
    expect(isTokenNotDeployed(down)).toBe(false)
    expect(readL2Balance({ data: undefined, error: down, failureReason: down })).toBeUndefined()
  })
})
