import { type Address, type Client, type Hex, numberToHex, size } from 'viem'
import { estimateGas } from 'viem/actions'
import { REQUIRED_L1_TO_L2_GAS_PER_PUBDATA } from '../constants'
import { getChainCapabilities } from './capabilities'

// The L2 gas limit of an L1→L2 request (a deposit, a request execute), on any ZK chain: from
// `zks_estimateGasL1ToL2` where the node has it, else from the L2 call's own `eth_estimateGas`
// plus what the Mailbox requires on top (TransactionValidator, zksync-contracts.md §10), never
// below the minimum the L1 accepts.

/** TransactionValidator constants (era-contracts `Config.sol`). */
export const TX_SLOT_OVERHEAD_L2_GAS = 10_000n
export const MEMORY_OVERHEAD_GAS = 10n
export const L1_TX_INTRINSIC_L2_GAS = 167_157n
export const L1_TX_INTRINSIC_PUBDATA = 88n
export const L1_TX_MIN_L2_GAS_BASE = 173_484n
export const L1_TX_DELTA_544_ENCODING_BYTES = 1_656n
export const L1_TX_DELTA_FACTORY_DEPS_L2_GAS = 2_473n
export const L1_TX_DELTA_FACTORY_DEPS_PUBDATA = 64n
/** `abi.encode(L2CanonicalTransaction)` with empty calldata, signature, deps and paymaster input. */
export const CANONICAL_TX_BASE_ENCODED_LENGTH = 800n
/** Headroom on the L2 call's own estimate (what Era's node adds to its estimates: 1.2×). */
export const L2_CALL_ESTIMATE_MARGIN = { numerator: 12n, denominator: 10n } as const

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b

/** The length of the request as the Mailbox encodes it, for a call with this much calldata. */
export function priorityTxEncodedLength(calldataBytes: number, factoryDeps = 0): bigint {
  return (
    CANONICAL_TX_BASE_ENCODED_LENGTH +
    ceilDiv(BigInt(calldataBytes), 32n) * 32n +
    32n * BigInt(factoryDeps)
  )
}

/**
 * The smallest `l2GasLimit` the Mailbox accepts for a request of this encoded length: the
 * transaction's overhead plus its minimal body gas (253,884 for a plain ETH deposit).
 */
export function minimumPriorityGasLimit(
  encodedLength: bigint,
  factoryDeps = 0,
  gasPerPubdata = REQUIRED_L1_TO_L2_GAS_PER_PUBDATA,
): bigint {
  const deps = BigInt(factoryDeps)
  const overhead =
    MEMORY_OVERHEAD_GAS * encodedLength > TX_SLOT_OVERHEAD_L2_GAS
      ? MEMORY_OVERHEAD_GAS * encodedLength
      : TX_SLOT_OVERHEAD_L2_GAS
  let computation =
    L1_TX_INTRINSIC_L2_GAS +
    ceilDiv(encodedLength * L1_TX_DELTA_544_ENCODING_BYTES, 544n) +
    deps * L1_TX_DELTA_FACTORY_DEPS_L2_GAS
  if (computation < L1_TX_MIN_L2_GAS_BASE) computation = L1_TX_MIN_L2_GAS_BASE
  const pubdata = L1_TX_INTRINSIC_PUBDATA + deps * L1_TX_DELTA_FACTORY_DEPS_PUBDATA
  return overhead + computation + pubdata * gasPerPubdata
}

/** The priority overhead plus the L2 call's estimate with its margin. */
export function l1ToL2GasLimitFromCallEstimate(callGas: bigint, calldataBytes: number): bigint {
  const margin = L2_CALL_ESTIMATE_MARGIN
  return (
    minimumPriorityGasLimit(priorityTxEncodedLength(calldataBytes)) +
    ceilDiv(callGas * margin.numerator, margin.denominator)
  )
}

export type EstimateL1ToL2GasParameters = {
  /**
   * Who the call comes from on L2: the L1 sender itself for an account's direct request, the
   * aliased L1 contract for a bridge's (an L1 asset router's finalizeDeposit on L2).
   */
  from: Address
  to: Address
  data: Hex
  /** The L2 value the call carries (minted by the request, so the sender need not hold it). */
  value: bigint
}

/** Funds enough for any value during the estimate (the request mints it on L2). */
const ESTIMATE_BALANCE = 10n ** 30n

/** The L2 gas limit for an L1→L2 call on this chain, whichever estimate its node offers. */
export async function estimateL1ToL2Gas(
  l2: Client,
  p: EstimateL1ToL2GasParameters,
): Promise<bigint> {
  const capabilities = await getChainCapabilities(l2)
  if (capabilities.estimateGasL1ToL2) {
    const answer = await l2.request({
      method: 'zks_estimateGasL1ToL2',
      params: [
        {
          from: p.from,
          to: p.to,
          data: p.data,
          value: numberToHex(p.value),
          eip712Meta: { gasPerPubdata: numberToHex(REQUIRED_L1_TO_L2_GAS_PER_PUBDATA) },
        },
      ],
    } as never)
    return BigInt(answer as Hex)
  }
  const callGas = await estimateGas(l2, {
    account: p.from,
    to: p.to,
    data: p.data,
    value: p.value,
    stateOverride: [{ address: p.from, balance: ESTIMATE_BALANCE + p.value }],
  })
  return l1ToL2GasLimitFromCallEstimate(callGas, size(p.data))
}
