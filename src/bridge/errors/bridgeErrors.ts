import { BaseError, type Hash } from 'viem'

/** A transaction that was mined but reverted. */
export class TransactionRevertedError extends BaseError {
  readonly hash: Hash
  constructor(hash: Hash, what: string) {
    super(`${what} transaction was mined but failed (reverted): ${hash}`, {
      name: 'TransactionRevertedError',
    })
    this.hash = hash
  }
}

/** The withdrawal is already finalized (here or elsewhere): nothing to do, funds are on L1. */
export class WithdrawalAlreadyFinalizedError extends BaseError {
  constructor() {
    super('This withdrawal was already finalized: the funds are on L1.', {
      name: 'WithdrawalAlreadyFinalizedError',
    })
  }
}

export type FinalizeNotReadyReason = 'proof-not-available' | 'awaiting-l1-settlement' | 'paused'

/** L1 would not accept the finalization yet (nothing was sent): try again later. */
export class FinalizeNotReadyError extends BaseError {
  readonly reason: FinalizeNotReadyReason
  constructor(reason: FinalizeNotReadyReason) {
    super(
      reason === 'paused'
        ? 'The bridge is paused on L1: finalizing is not possible right now.'
        : reason === 'awaiting-l1-settlement'
          ? 'The batch with this withdrawal is not settled on L1 yet.'
          : 'The proof of this withdrawal is not available yet.',
      { name: 'FinalizeNotReadyError' },
    )
    this.reason = reason
  }
}

export type TokenInfoErrorReason = 'no-contract' | 'not-erc20' | 'bad-decimals'

/** A token address that cannot be bridged as an ERC-20 (the message says why). */
export class TokenInfoError extends BaseError {
  readonly reason: TokenInfoErrorReason
  constructor(reason: TokenInfoErrorReason, shortMessage: string) {
    super(shortMessage, { name: 'TokenInfoError' })
    this.reason = reason
  }
}
