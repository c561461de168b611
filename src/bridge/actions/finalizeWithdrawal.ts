import type { Hash } from 'viem'
import { waitForTransactionReceipt } from 'viem/actions'
import { isWithdrawalFinalized, finalizeWithdrawal as zksyncFinalizeWithdrawal } from 'viem/zksync'
import type { L1WalletClient, L2Client } from '../clients'
import { TransactionRevertedError, WithdrawalAlreadyFinalizedError } from '../errors/bridgeErrors'

export type FinalizeWithdrawalParameters = {
  l1: L1WalletClient
  l2: L2Client
  l2Hash: Hash
}

const isFinalized = (p: FinalizeWithdrawalParameters) =>
  isWithdrawalFinalized(p.l1, { client: p.l2, hash: p.l2Hash })

/**
 * Finalizes a withdrawal on L1 and resolves with the hash once mined. Never finalizes twice: an
 * already finalized withdrawal — before sending, or finalized elsewhere while this one was on
 * its way — throws `WithdrawalAlreadyFinalizedError` instead of a raw revert.
 */
export async function finalizeWithdrawal(p: FinalizeWithdrawalParameters): Promise<Hash> {
  if (await isFinalized(p)) throw new WithdrawalAlreadyFinalizedError()
  let hash: Hash
  try {
    hash = await zksyncFinalizeWithdrawal(p.l1, {
      account: p.l1.account,
      chain: p.l1.chain,
      client: p.l2,
      hash: p.l2Hash,
    })
  } catch (error) {
    if (await isFinalized(p).catch(() => false)) throw new WithdrawalAlreadyFinalizedError()
    throw error
  }
  const receipt = await waitForTransactionReceipt(p.l1, { hash })
  if (receipt.status !== 'success') {
    if (await isFinalized(p).catch(() => false)) throw new WithdrawalAlreadyFinalizedError()
    throw new TransactionRevertedError(hash, 'The finalization')
  }
  return hash
}
