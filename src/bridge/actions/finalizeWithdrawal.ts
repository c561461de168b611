import type { Hash } from 'viem'
import { waitForTransactionReceipt, writeContract } from 'viem/actions'
import type { L1WalletClient, L2Client } from '../clients'
import {
  FinalizeNotReadyError,
  TransactionRevertedError,
  WithdrawalAlreadyFinalizedError,
} from '../errors/bridgeErrors'
import { getChainContracts } from '../protocol/contracts'
import {
  type FinalizeParams,
  finalizeParams,
  findWithdrawalMessage,
  getL1Readiness,
  getLogProof,
  getRawReceipt,
  nullifierAbi,
} from '../protocol/withdrawal'

export type FinalizeWithdrawalParameters = {
  l1: L1WalletClient
  l2: L2Client
  l2Hash: Hash
}

/**
 * `finalizeDeposit`'s parameters for a withdrawal, from its receipt and log proof (any chain
 * kind); `undefined` while the proof is not available.
 */
export async function getFinalizeParams(p: {
  l2: L2Client
  l2Hash: Hash
}): Promise<FinalizeParams | undefined> {
  const receipt = await getRawReceipt(p.l2, p.l2Hash)
  const message = receipt ? findWithdrawalMessage(receipt) : undefined
  if (!receipt || !message) return undefined
  const proof = await getLogProof(p.l2, p.l2Hash, message.logIndex)
  if (!proof) return undefined
  return finalizeParams({
    l2ChainId: p.l2.chain.id,
    message,
    proof,
    receiptBatch: receipt.l1BatchNumber ? BigInt(receipt.l1BatchNumber) : undefined,
  })
}

/**
 * Finalizes a withdrawal on L1 and resolves with the hash once mined. Sends only what L1 would
 * accept (`finalizeDeposit` simulated first), and never finalizes twice: an already finalized
 * withdrawal — before sending, or finalized elsewhere while this one was on its way — throws
 * `WithdrawalAlreadyFinalizedError` instead of a raw revert.
 */
export async function finalizeWithdrawal(p: FinalizeWithdrawalParameters): Promise<Hash> {
  const [params, contracts] = await Promise.all([
    getFinalizeParams(p),
    getChainContracts({ l1: p.l1, l2: p.l2 }),
  ])
  if (!params) throw new FinalizeNotReadyError('proof-not-available')
  const nullifier = contracts.l1Nullifier
  const readiness = () =>
    getL1Readiness({ l1: p.l1, nullifier, params, account: p.l1.account.address })
  const before = await readiness()
  if (before.kind === 'finalized') throw new WithdrawalAlreadyFinalizedError()
  if (before.kind === 'not-settled') throw new FinalizeNotReadyError('awaiting-l1-settlement')
  if (before.kind === 'paused') throw new FinalizeNotReadyError('paused')
  let hash: Hash
  try {
    hash = await writeContract(p.l1, {
      account: p.l1.account,
      chain: p.l1.chain,
      address: nullifier,
      abi: nullifierAbi,
      functionName: 'finalizeDeposit',
      args: [params],
    })
  } catch (error) {
    if ((await readiness().catch(() => undefined))?.kind === 'finalized')
      throw new WithdrawalAlreadyFinalizedError()
    throw error
  }
  const receipt = await waitForTransactionReceipt(p.l1, { hash })
  if (receipt.status !== 'success') {
    if ((await readiness().catch(() => undefined))?.kind === 'finalized')
      throw new WithdrawalAlreadyFinalizedError()
    throw new TransactionRevertedError(hash, 'The finalization')
  }
  return hash
}
