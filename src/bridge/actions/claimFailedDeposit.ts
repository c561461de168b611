import type { Address, Hash, Hex } from 'viem'
import { sendTransaction, waitForTransactionReceipt } from 'viem/actions'
import type { L1WalletClient, L2Client } from '../clients'
import { FinalizeNotReadyError, TransactionRevertedError } from '../errors/bridgeErrors'
import { buildClaimRequest, getClaimReadiness } from '../protocol/claim'
import { getChainContracts } from '../protocol/contracts'
import { getRawReceipt, type RawWithdrawalReceipt } from '../protocol/withdrawal'

export type ClaimFailedDepositParameters = {
  l1: L1WalletClient
  l2: L2Client
  /** The failed deposit's L2 (priority) hash. */
  l2Hash: Hash
}

/**
 * Claims a failed deposit back on L1 (`bridgeRecoverFailedTransfer` on the L1 asset router, with
 * the status log's proof); sends only what L1 would accept, resolves once mined.
 */
export async function claimFailedDeposit(p: ClaimFailedDepositParameters): Promise<Hash> {
  const [receipt, contracts] = await Promise.all([
    getRawReceipt(p.l2, p.l2Hash),
    getChainContracts({ l1: p.l1, l2: p.l2 }),
  ])
  if (!receipt) throw new FinalizeNotReadyError('proof-not-available')
  const built = await buildClaimRequest({
    l1: p.l1,
    l2: p.l2,
    l2ChainId: p.l2.chain.id,
    l2Hash: p.l2Hash,
    receipt: receipt as RawWithdrawalReceipt & { from: Address; to: Address | null; gasUsed: Hex },
    nativeTokenVault: contracts.l1NativeTokenVault,
  })
  if (!built.ok) {
    if (built.reason === 'proof-not-available') throw new FinalizeNotReadyError(built.reason)
    throw new Error(`This deposit cannot be claimed: ${built.reason}.`)
  }
  const readiness = await getClaimReadiness({
    l1: p.l1,
    request: built.request,
    account: p.l1.account.address,
  })
  if (readiness.kind === 'not-settled') throw new FinalizeNotReadyError('awaiting-l1-settlement')
  if (readiness.kind === 'paused') throw new FinalizeNotReadyError('paused')
  const hash = await sendTransaction(p.l1, {
    account: p.l1.account,
    chain: p.l1.chain,
    ...built.request,
  })
  const mined = await waitForTransactionReceipt(p.l1, { hash })
  if (mined.status !== 'success') throw new TransactionRevertedError(hash, 'The claim')
  return hash
}
