import {
  FEE_PARAMS,
  PRIORITY_TX_MAX_GAS_LIMIT,
  REQUIRED_L2_GAS_PRICE_PER_PUBDATA,
} from '../constants'

// L1→L2 fees and gas limits as the Mailbox computes and checks them (zksync-contracts.md §10):
// `Mailbox._deriveL2GasPrice` / `l2TransactionBaseCost` and
// `TransactionValidator.validateL1ToL2Transaction`. All divisions round like Solidity's.

/** `FeeParams` of the chain (`pubdataPricingMode` 0 = Rollup, 1 = Validium). */
export type FeeParams = {
  pubdataPricingMode: number
  batchOverheadL1Gas: bigint
  maxPubdataPerBatch: bigint
  maxL2GasPerBatch: bigint
  priorityTxMaxPubdata: bigint
  minimalL2GasPrice: bigint
}

export type L2GasPriceParameters = {
  /** L1 gas price the request is priced at (`tx.gasprice` on L1, or what a client passes). */
  gasPrice: bigint
  /** `l2GasPerPubdataByteLimit` (800 for every accepted request). */
  gasPerPubdata: bigint
  feeParams?: FeeParams
  /** Base token price ratio (`baseTokenGasPriceMultiplierNominator/Denominator`), 1/1 for ETH. */
  nominator?: bigint
  denominator?: bigint
}

export type L2TransactionBaseCostParameters = L2GasPriceParameters & { l2GasLimit: bigint }

export type L1ToL2GasParameters = {
  /** `abi.encode(L2CanonicalTransaction).length`, see {@link encodedCanonicalTxLength}. */
  encodedLength: number | bigint
  factoryDepsCount: number | bigint
  /** Defaults to 800. */
  gasPerPubdata?: bigint
}

export type L1ToL2ValidationParameters = L1ToL2GasParameters & {
  l2GasLimit: bigint
  /** `s.priorityTxMaxGasLimit`, defaults to 72 000 000. */
  priorityTxMaxGasLimit?: bigint
  /** `feeParams.priorityTxMaxPubdata`, defaults to 99 000. */
  priorityTxMaxPubdata?: bigint
}

export type L1ToL2ValidationError = {
  error:
    | 'TxnBodyGasLimitNotEnoughGas'
    | 'TooMuchGas'
    | 'PubdataGreaterThanLimit'
    | 'ValidateTxnNotEnoughGas'
  message: string
}

// common/Config.sol
export const L1_GAS_PER_PUBDATA_BYTE = 17n
export const TX_SLOT_OVERHEAD_L2_GAS = 10_000n
export const MEMORY_OVERHEAD_GAS = 10n
export const L1_TX_INTRINSIC_L2_GAS = 167_157n
export const L1_TX_INTRINSIC_PUBDATA = 88n
export const L1_TX_MIN_L2_GAS_BASE = 173_484n
export const L1_TX_DELTA_544_ENCODING_BYTES = 1_656n
export const L1_TX_DELTA_FACTORY_DEPS_L2_GAS = 2_473n
export const L1_TX_DELTA_FACTORY_DEPS_PUBDATA = 64n
/** Size of `abi.encode(L2CanonicalTransaction)` with empty `data` and no factory deps. */
export const CANONICAL_TX_BASE_ENCODED_LENGTH = 800

/** `Mailbox._deriveL2GasPrice`: the L2 gas price (in base token) charged for an L1→L2 request. */
export function deriveL2GasPrice({
  gasPrice,
  gasPerPubdata,
  feeParams = FEE_PARAMS,
  nominator = 1n,
  denominator = 1n,
}: L2GasPriceParameters): bigint {
  if (denominator === 0n)
    throw new RangeError('BaseTokenGasPriceDenominatorNotSet: the price denominator is 0')
  if (gasPerPubdata <= 0n) throw new RangeError('gasPerPubdata must be positive')
  const converted = (gasPrice * nominator) / denominator
  const pubdataPrice = feeParams.pubdataPricingMode === 0 ? L1_GAS_PER_PUBDATA_BYTE * converted : 0n
  const batchOverhead = feeParams.batchOverheadL1Gas * converted
  const fullPubdataPrice = pubdataPrice + batchOverhead / feeParams.maxPubdataPerBatch
  const l2GasPrice = feeParams.minimalL2GasPrice + batchOverhead / feeParams.maxL2GasPerBatch
  const minL2GasPrice = ceilDiv(fullPubdataPrice, gasPerPubdata)
  // (bigints: no Math.max)
  if (l2GasPrice > minL2GasPrice) return l2GasPrice
  return minL2GasPrice
}

/** `Mailbox.l2TransactionBaseCost` = `deriveL2GasPrice(...) * l2GasLimit`. */
export function l2TransactionBaseCost(parameters: L2TransactionBaseCostParameters): bigint {
  return deriveL2GasPrice(parameters) * parameters.l2GasLimit
}

/** `abi.encode(L2CanonicalTransaction).length` = 800 + ceil32(data length) + 32 · factory deps. */
export function encodedCanonicalTxLength(dataLength: number, factoryDepsCount: number): number {
  if (!Number.isInteger(dataLength) || dataLength < 0)
    throw new RangeError(`dataLength must be a byte count, got ${dataLength}`)
  if (!Number.isInteger(factoryDepsCount) || factoryDepsCount < 0)
    throw new RangeError(`factoryDepsCount must be a count, got ${factoryDepsCount}`)
  return CANONICAL_TX_BASE_ENCODED_LENGTH + Math.ceil(dataLength / 32) * 32 + 32 * factoryDepsCount
}

/** `TransactionValidator.getOverheadForTransaction`: `max(10 000, 10 · encodedLength)`. */
export function l1ToL2TxOverhead(encodedLength: number | bigint): bigint {
  const memory = MEMORY_OVERHEAD_GAS * BigInt(encodedLength)
  return memory > TX_SLOT_OVERHEAD_L2_GAS ? memory : TX_SLOT_OVERHEAD_L2_GAS
}

/** `TransactionValidator.getMinimalPriorityTransactionGasLimit`: the least body gas accepted. */
export function minimalPriorityTxBodyGas({
  encodedLength,
  factoryDepsCount,
  gasPerPubdata = REQUIRED_L2_GAS_PRICE_PER_PUBDATA,
}: L1ToL2GasParameters): bigint {
  const deps = BigInt(factoryDepsCount)
  let computation =
    L1_TX_INTRINSIC_L2_GAS +
    ceilDiv(BigInt(encodedLength) * L1_TX_DELTA_544_ENCODING_BYTES, 544n) +
    deps * L1_TX_DELTA_FACTORY_DEPS_L2_GAS
  if (computation < L1_TX_MIN_L2_GAS_BASE) computation = L1_TX_MIN_L2_GAS_BASE
  const pubdata = L1_TX_INTRINSIC_PUBDATA + deps * L1_TX_DELTA_FACTORY_DEPS_PUBDATA
  return computation + pubdata * gasPerPubdata
}

/**
 * The smallest `l2GasLimit` the Mailbox accepts for a request of this size: overhead + minimal
 * body gas (253 884 for an ETH deposit).
 */
export function minimumL2GasLimit(parameters: L1ToL2GasParameters): bigint {
  return l1ToL2TxOverhead(parameters.encodedLength) + minimalPriorityTxBodyGas(parameters)
}

/**
 * `TransactionValidator.validateL1ToL2Transaction`: `null` when the Mailbox would accept the
 * request's `l2GasLimit`, else the custom error it would revert with.
 */
export function validateL1ToL2Transaction({
  l2GasLimit,
  priorityTxMaxGasLimit = PRIORITY_TX_MAX_GAS_LIMIT,
  priorityTxMaxPubdata = FEE_PARAMS.priorityTxMaxPubdata,
  ...parameters
}: L1ToL2ValidationParameters): L1ToL2ValidationError | null {
  const gasPerPubdata = parameters.gasPerPubdata ?? REQUIRED_L2_GAS_PRICE_PER_PUBDATA
  const overhead = l1ToL2TxOverhead(parameters.encodedLength)
  if (l2GasLimit < overhead)
    return {
      error: 'TxnBodyGasLimitNotEnoughGas',
      message: `l2GasLimit ${l2GasLimit} does not cover the transaction overhead ${overhead}`,
    }
  const body = l2GasLimit - overhead
  if (body > priorityTxMaxGasLimit)
    return {
      error: 'TooMuchGas',
      message: `l2GasLimit ${l2GasLimit} leaves ${body} gas for the body, above the maximum ${priorityTxMaxGasLimit}`,
    }
  if (body / gasPerPubdata > priorityTxMaxPubdata)
    return {
      error: 'PubdataGreaterThanLimit',
      message: `l2GasLimit ${l2GasLimit} allows ${body / gasPerPubdata} bytes of pubdata, above the maximum ${priorityTxMaxPubdata}`,
    }
  const minimal = minimalPriorityTxBodyGas({ ...parameters, gasPerPubdata })
  if (body < minimal)
    return {
      error: 'ValidateTxnNotEnoughGas',
      message: `l2GasLimit ${l2GasLimit} is below the minimum ${overhead + minimal} for this request`,
    }
  return null
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b
}
