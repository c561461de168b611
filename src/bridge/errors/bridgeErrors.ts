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

export type TokenInfoErrorReason = 'no-contract' | 'not-erc20' | 'bad-decimals'

/** A token address that cannot be bridged as an ERC-20 (the message says why). */
export class TokenInfoError extends BaseError {
  readonly reason: TokenInfoErrorReason
  constructor(reason: TokenInfoErrorReason, shortMessage: string) {
    super(shortMessage, { name: 'TokenInfoError' })
    this.reason = reason
  }
}
