import {
  type GetL1ToL2StatusParameters,
  getL1ToL2Status,
  type L1ToL2StatusInfo,
} from './getL1ToL2Status'

export type GetDepositStatusParameters = GetL1ToL2StatusParameters
export type DepositStatusInfo = L1ToL2StatusInfo

/**
 * Where a deposit is: L1 pending → L1 confirmed (L2 pending) → L2 success / L2 failed. A deposit
 * is an L1→L2 transaction; whether a failed one was claimed back is `getClaimStatus`'s answer.
 */
export function getDepositStatus(
  parameters: GetDepositStatusParameters,
): Promise<DepositStatusInfo> {
  return getL1ToL2Status(parameters)
}
