import type { Address } from 'viem'
import type { ChainPair } from '../../bridge/pair'
import { useRequestExecuteQuote } from '../../hooks/useRequestExecuteQuote'
import { type CallFormValues, checkCallForm } from '../../lib/checkCallForm'

/** Who "sends" an estimated call when no wallet is connected (any EOA estimates the same). */
export const ESTIMATE_FROM: Address = '0x000000000000000000000000000000000000dEaD'

/**
 * The L2 gas limit from a call: the request-execute call inputs, estimated with
 * `zks_estimateGasL1ToL2`. The estimate is for exactly the call shown (no earlier one).
 */
export function useCallEstimate(p: {
  pair: ChainPair
  from?: Address
  call: CallFormValues
  enabled: boolean
}) {
  const check = checkCallForm(p.call, p.pair.l2.nativeCurrency)
  const estimate = useRequestExecuteQuote({
    pair: p.pair,
    from: p.from ?? ESTIMATE_FROM,
    ...(p.enabled && check.target.ok ? { contractAddress: check.target.value } : {}),
    ...(p.enabled && check.calldata.ok ? { calldata: check.calldata.value } : {}),
    l2Value: 0n,
  })
  const ready = p.enabled && check.target.ok && check.calldata.ok
  return { check, estimate, ready, l2GasLimit: ready ? estimate.data?.l2GasLimit : undefined }
}
