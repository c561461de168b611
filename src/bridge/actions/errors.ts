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
