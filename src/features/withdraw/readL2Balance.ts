import { ContractFunctionZeroDataError } from 'viem'

/** The read failed because there is no contract: the bridged token is not deployed on L2 yet. */
export function isTokenNotDeployed(error: unknown): boolean {
  let e: unknown = error
  for (let depth = 0; e instanceof Error && depth < 10; depth++) {
    if (e instanceof ContractFunctionZeroDataError) return true
    e = e.cause
  }
  return false
}

/**
 * An L2 token balance from its query: a token nobody has bridged yet has no contract on L2, so
 * its balance is 0 (not an error). `undefined` while unknown.
 */
export function readL2Balance(query: {
  data: bigint | undefined
  error: unknown
  failureReason: unknown
}): bigint | undefined {
  if (query.data !== undefined) return query.data
  return isTokenNotDeployed(query.error ?? query.failureReason) ? 0n : undefined
}
