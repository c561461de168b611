import type { Hash } from 'viem'
import { waitForTransactionReceipt } from 'viem/actions'
import { claimFailedDeposit as zksyncClaimFailedDeposit } from 'viem/zksync'
import type { L1WalletClient, L2Client } from '../clients'
import { TransactionRevertedError } from '../errors/bridgeErrors'

export type ClaimFailedDepositParameters = {
  l1: L1WalletClient
  l2: L2Client
  /** The failed deposit's L2 (priority) hash. */
  l2Hash: Hash
}

/** Claims a failed deposit back on L1 (viem/zksync `claimFailedDeposit`); resolves once mined. */
export async function claimFailedDeposit(p: ClaimFailedDepositParameters): Promise<Hash> {
  const hash = await zksyncClaimFailedDeposit(p.l1, {
    account: p.l1.account,
    chain: p.l1.chain,
    client: p.l2,
    depositHash: p.l2Hash,
  })
  const receipt = await waitForTransactionReceipt(p.l1, { hash })
  if (receipt.status !== 'success') throw new TransactionRevertedError(hash, 'The claim')
  return hash
}
