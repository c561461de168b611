import { toUserError } from '../bridge/errors/toUserError'

export type EstimateFailureText = { title: string; message: string }

/**
 * What the form says when `zks_estimateGasL1ToL2` fails: a call the L2 would revert (with its
 * reason when the node gives one) is told apart from a node that cannot be reached.
 */
export function describeEstimateFailure(
  error: unknown,
  l2Name: string,
  /** What the user can do instead of fixing the call. */
  instead = 'type an L2 gas limit to send it anyway',
): EstimateFailureText {
  const user = toUserError(error)
  if (user.kind === 'rpc-unreachable')
    return { title: 'Could not estimate the L2 gas', message: user.message }
  if (user.kind === 'reverted')
    return {
      title: 'This call reverts on the L2',
      message: `${l2Name} would revert it${user.detail ? ` with "${user.detail}"` : ''}. Fix the call, or ${instead}.`,
    }
  return {
    title: 'Could not estimate the L2 gas',
    message: `${l2Name} would not run this call as it is: it reverts, or the target or value is wrong. Check the call, or ${instead}.`,
  }
}
