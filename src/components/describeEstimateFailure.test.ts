import { encodeErrorResult, HttpRequestError, parseAbi } from 'viem'
import { describe, expect, it } from 'vitest'
import { describeEstimateFailure } from './describeEstimateFailure'

const revertWith = (reason: string) =>
  Object.assign(new Error('execution reverted'), {
    code: 3,
    data: encodeErrorResult({
      abi: parseAbi(['error Error(string)']),
      errorName: 'Error',
      args: [reason],
    }),
  })

describe('describeEstimateFailure', () => {
  it('a revert names its reason', () => {
    expect(describeEstimateFailure(revertWith('nope'), 'Era')).toEqual({
      title: 'This call reverts on the L2',
      message:
        'Era would revert it with "nope". Fix the call, or type an L2 gas limit to send it anyway.',
    })
  })

  it('an unreachable node is not blamed on the call', () => {
    const text = describeEstimateFailure(new HttpRequestError({ url: 'http://x' }), 'Era')
    expect(text.title).toBe('Could not estimate the L2 gas')
    expect(text.message).not.toMatch(/revert/)
  })

  it('anything else: check the call or set a limit', () => {
    expect(describeEstimateFailure(new Error('boom'), 'Era').message).toMatch(
      /type an L2 gas limit to send it anyway/,
    )
    expect(describeEstimateFailure(new Error('boom'), 'Era', 'type it').message).toMatch(
      /Check the call, or type it\.$/,
    )
  })
})
