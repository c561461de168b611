import {
  BaseError,
  ChainDisconnectedError,
  ChainMismatchError,
  ContractFunctionRevertedError,
  type DecodeErrorResultReturnType,
  decodeErrorResult,
  ExecutionRevertedError,
  type Hex,
  HttpRequestError,
  InsufficientFundsError,
  isHex,
  LimitExceededRpcError,
  ProviderDisconnectedError,
  SocketClosedError,
  SwitchChainError,
  TimeoutError,
  UserRejectedRequestError,
  WebSocketRequestError,
} from 'viem'
import { formatAmount } from '../../lib/format'
import { type BridgeErrorName, bridgeErrorsAbi } from './abi'
import { FinalizeNotReadyError } from './bridgeErrors'

export type UserErrorKind =
  | 'user-rejected'
  | 'insufficient-funds'
  | 'insufficient-funds-for-fee'
  | 'wrong-network'
  | 'rpc-unreachable'
  | 'below-min-gas'
  | 'allowance-too-low'
  | 'msg-value-too-low'
  | 'reverted'
  | 'unknown'

/** What the UI shows for a failure. Plain data (no `cause`), so a reducer can hold it. */
export type UserError = {
  kind: UserErrorKind
  title: string
  message: string
  /** Trying the same thing again, unchanged, can succeed (after switching network, reconnecting…). */
  retryable: boolean
  /** For the curious: the decoded contract error or viem's short message. */
  detail?: string
}

export type ToUserErrorContext = {
  /** ETH sent with the failed transaction: with 0, running out of ETH can only be the fee. */
  value?: bigint
  /** The account's ETH balance: when it covers `value`, the shortfall is the fee. */
  balance?: bigint
}

type Known = Omit<UserError, 'detail'>

const rejected: Known = {
  kind: 'user-rejected',
  title: 'Rejected in your wallet',
  message: 'Nothing was sent. You can try again when you are ready.',
  retryable: true,
}
const wrongNetwork: Known = {
  kind: 'wrong-network',
  title: 'Wrong network',
  message: 'Your wallet is on another network. Switch to the network shown and try again.',
  retryable: true,
}
const unreachable: Known = {
  kind: 'rpc-unreachable',
  title: 'Network unreachable',
  message: 'The network did not answer. Check your connection and try again.',
  retryable: true,
}
const belowMinGas: Known = {
  kind: 'below-min-gas',
  title: 'L2 gas limit too low',
  message:
    'The L1 contract requires a larger L2 gas limit for this transaction (about 250,000 at least). Clear the L2 gas limit to use the estimate, or raise it.',
  retryable: false,
}
const allowanceTooLow: Known = {
  kind: 'allowance-too-low',
  title: 'Approval missing',
  message:
    'The bridge is not approved to move this amount yet. Approve it (or wait for the approval to confirm) and try again.',
  retryable: true,
}
const msgValueTooLow: Known = {
  kind: 'msg-value-too-low',
  title: 'Fees went up',
  message: 'The L2 fee rose above what this transaction pays. Review the new fee and try again.',
  retryable: true,
}

/** Reverts with a known meaning; anything else decoded is a plain `reverted`. */
const byErrorName: Partial<Record<BridgeErrorName, Known>> = {
  ValidateTxnNotEnoughGas: belowMinGas,
  TxnBodyGasLimitNotEnoughGas: belowMinGas,
  MsgValueTooLow: msgValueTooLow,
  ERC20InsufficientAllowance: allowanceTooLow,
  ERC20InsufficientBalance: {
    kind: 'insufficient-funds',
    title: 'Not enough tokens',
    message: 'Your token balance does not cover this amount.',
    retryable: false,
  },
  TooMuchGas: reverted('The L2 gas limit is above what the chain accepts. Lower it.'),
  GasPerPubdataMismatch: reverted('The request uses a gas-per-pubdata value the chain refuses.'),
  MsgValueMismatch: reverted('The ETH sent does not match what the request needs. Review again.'),
  ValueMismatch: reverted('The ETH sent does not match the amount. Review again.'),
  TokensWithFeesNotSupported: reverted('Tokens that take a fee on transfer cannot be bridged.'),
  EmptyDeposit: reverted('The amount must be greater than 0.'),
  AmountMustBeGreaterThanZero: reverted('The amount must be greater than 0.'),
  AssetIdNotSupported: reverted('Deposit the base token of this chain as the base token.'),
  ChainIdNotRegistered: reverted('This L2 chain is not registered on L1.'),
  WithdrawalAlreadyFinalized: reverted('This withdrawal was already finalized.'),
  DepositDoesNotExist: reverted('Nothing to claim: the deposit was already claimed or cannot be.'),
  BatchNotExecuted: {
    kind: 'reverted',
    title: 'Not ready yet',
    message: 'The batch with this transaction is not executed on L1 yet. Try again later.',
    retryable: true,
  },
  InvalidProof: reverted('The proof was refused by L1.'),
}

function reverted(message: string): Known {
  return { kind: 'reverted', title: 'Transaction would fail', message, retryable: false }
}

/** Duck-typed matches by class or by the name viem gives it, for errors from another viem copy. */
function isError<T>(
  error: unknown,
  Class: abstract new (...args: never[]) => T,
  name: string,
): error is T {
  return error instanceof Class || (error instanceof Error && error.name === name)
}

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
}

/** Every error of the chain, outermost first (viem's `walk` where possible; any `cause` chain). */
function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = []
  const collect = (err: unknown) => {
    chain.push(err)
    return chain.length >= 32
  }
  if (error instanceof BaseError) {
    error.walk(collect)
    return chain
  }
  let current = error
  while (!collect(current) && typeof current === 'object' && current !== null) {
    if (!('cause' in current) || current.cause === undefined || chain.includes(current.cause)) break
    current = current.cause
  }
  return chain
}

type DecodedRevert = { errorName?: string; args?: readonly unknown[]; reason?: string }

/** Revert data as RPCs put it: `data: '0x…'`, or `data: { data: '0x…' }` (MetaMask and others). */
function revertDataOf(error: unknown): Hex | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined
  const data: unknown = error.data
  const hex =
    typeof data === 'object' && data !== null && 'data' in data
      ? (data as { data: unknown }).data
      : data
  return typeof hex === 'string' && isHex(hex) && hex.length >= 10 ? hex : undefined
}

function decodeRevert(chain: unknown[]): DecodedRevert | undefined {
  for (const err of chain) {
    if (isError(err, ContractFunctionRevertedError, 'ContractFunctionRevertedError')) {
      const data = err.data as DecodeErrorResultReturnType | undefined
      if (data && data.errorName !== 'Error' && data.errorName !== 'Panic') {
        return { errorName: data.errorName, args: data.args, reason: err.reason }
      }
      if (err.reason) return { reason: err.reason }
      const raw = err.raw && err.raw !== '0x' ? decodeRaw(err.raw) : undefined
      if (raw) return raw
    }
  }
  for (const err of chain) {
    const hex = revertDataOf(err)
    const raw = hex ? decodeRaw(hex) : undefined
    if (raw) return raw
  }
  return undefined
}

function decodeRaw(data: Hex): DecodedRevert | undefined {
  try {
    const decoded = decodeErrorResult({ abi: bridgeErrorsAbi, data })
    // viem adds Solidity's Error(string) and Panic(uint256) to any ABI it decodes with
    const errorName: string = decoded.errorName
    const args: readonly unknown[] | undefined = decoded.args
    if (errorName === 'Error') return { reason: String(args?.[0]) }
    if (errorName === 'Panic') return { reason: `panic 0x${Number(args?.[0]).toString(16)}` }
    return { errorName, args }
  } catch {
    return undefined
  }
}

function shortMessageOf(error: unknown): string | undefined {
  if (error instanceof BaseError) return error.shortMessage
  if (error instanceof Error) return error.message.split('\n')[0]
  return typeof error === 'string' ? error : undefined
}

function withDetail(known: Known, detail: string | undefined): UserError {
  return detail ? { ...known, detail } : { ...known }
}

/**
 * The one mapping from an error (usually viem's chain: `ContractFunctionExecutionError` →
 * `ContractFunctionRevertedError` → …) to what the user reads. Decides by error class, EIP-1193
 * code and decoded custom error name, never by message text. In order: rejected in the wallet,
 * wrong network, a decoded revert, insufficient ETH, unreachable RPC, an undecoded revert,
 * unknown (with viem's short message as detail).
 */
export function toUserError(error: unknown, context: ToUserErrorContext = {}): UserError {
  const chain = errorChain(error)
  const any = (test: (err: unknown) => boolean) => chain.some(test)

  if (
    any(
      (e) =>
        isError(e, UserRejectedRequestError, 'UserRejectedRequestError') ||
        codeOf(e) === UserRejectedRequestError.code,
    )
  ) {
    return { ...rejected }
  }

  if (
    any(
      (e) =>
        isError(e, ChainMismatchError, 'ChainMismatchError') ||
        isError(e, SwitchChainError, 'SwitchChainError') ||
        codeOf(e) === SwitchChainError.code ||
        // wagmi's own errors (its BaseError is not viem's): matched by class name
        (e instanceof Error &&
          (e.name === 'ChainNotConfiguredError' || e.name === 'ConnectorChainMismatchError')),
    )
  ) {
    return withDetail(wrongNetwork, shortMessageOf(error))
  }

  const notReady = chain.find((e) => isError(e, FinalizeNotReadyError, 'FinalizeNotReadyError'))
  if (notReady instanceof FinalizeNotReadyError)
    return {
      kind: 'reverted',
      title: notReady.reason === 'paused' ? 'Bridge paused' : 'Not ready yet',
      message: `${notReady.shortMessage} Nothing was sent; try again later.`,
      retryable: true,
    }

  const revert = decodeRevert(chain)
  if (revert?.errorName) {
    const known = byErrorName[revert.errorName as BridgeErrorName]
    const detail = revert.args?.length
      ? `${revert.errorName}(${revert.args.map((a) => String(a)).join(', ')})`
      : revert.errorName
    return withDetail(
      known ?? reverted(`The contract refused the transaction (${revert.errorName}).`),
      detail,
    )
  }

  if (any((e) => isError(e, InsufficientFundsError, 'InsufficientFundsError'))) {
    const { value, balance } = context
    const forFee =
      value === 0n || (value !== undefined && balance !== undefined && balance >= value)
    return withDetail(
      forFee
        ? {
            kind: 'insufficient-funds-for-fee',
            title: 'Not enough ETH for the fee',
            message:
              balance !== undefined
                ? `Your ${formatAmount(balance, 18)} ETH does not cover the network fee. Add ETH or send less.`
                : 'You need more ETH to pay the network fee. Add ETH or send less.',
            retryable: false,
          }
        : {
            kind: 'insufficient-funds',
            title: 'Not enough ETH',
            message: 'Your ETH balance does not cover the amount plus the network fee.',
            retryable: false,
          },
      shortMessageOf(error),
    )
  }

  if (
    any(
      (e) =>
        isError(e, HttpRequestError, 'HttpRequestError') ||
        isError(e, TimeoutError, 'TimeoutError') ||
        isError(e, WebSocketRequestError, 'WebSocketRequestError') ||
        isError(e, SocketClosedError, 'SocketClosedError') ||
        isError(e, LimitExceededRpcError, 'LimitExceededRpcError') ||
        codeOf(e) === ProviderDisconnectedError.code ||
        codeOf(e) === ChainDisconnectedError.code,
    )
  ) {
    return withDetail(unreachable, shortMessageOf(error))
  }

  if (revert?.reason) {
    return withDetail(reverted(`The transaction would fail: "${revert.reason}".`), revert.reason)
  }
  if (
    any(
      (e) =>
        isError(e, ContractFunctionRevertedError, 'ContractFunctionRevertedError') ||
        isError(e, ExecutionRevertedError, 'ExecutionRevertedError') ||
        // not exported by viem: matched by its class name
        (e instanceof Error && e.name === 'TransactionReceiptRevertedError'),
    )
  ) {
    return withDetail(
      reverted('The transaction would fail, without a reason given.'),
      shortMessageOf(error),
    )
  }

  return withDetail(
    {
      kind: 'unknown',
      title: 'Something went wrong',
      message: 'The request failed. Try again; if it keeps failing, the details below may help.',
      retryable: true,
    },
    shortMessageOf(error),
  )
}
