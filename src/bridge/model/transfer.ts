import type { Address, Hash } from 'viem'
import type { TokenRef } from '../tokens'
import type { DepositStatus, WithdrawalStatus } from './status'

/**
 * How a deposit travels (spec §3.1–3.3), from the token and the chain's base token:
 * - `base-token`: the token *is* the chain's base token (ETH on an ETH chain, B on a B chain);
 *   `requestL2TransactionDirect`; never claimable on L1 (a failure refunds on L2).
 * - `erc20-to-eth-chain`: an ERC-20 to an ETH-based chain; two-bridges; claimable.
 * - `eth-to-custom-chain`: ETH to a chain whose base token is an ERC-20; two-bridges; claimable.
 * - `erc20-to-custom-chain`: another ERC-20 to a custom-base-token chain; two-bridges; claimable.
 */
export type DepositRoute =
  | 'base-token'
  | 'erc20-to-eth-chain'
  | 'eth-to-custom-chain'
  | 'erc20-to-custom-chain'

/**
 * What the app persists the moment a hash exists (and updates as more becomes known). JSON-safe:
 * amounts are decimal strings of the token's smallest unit, so nothing is lost to `number`.
 * The chain stays the source of truth: `lastStatus` is only a cache so that terminal transfers
 * need no polling after a reload.
 */
type TransferBase = {
  version: 1
  /** The L1/L2 pair this transfer belongs to (e.g. `devnet`, `sepolia`). */
  pairId: string
  /** The connected account that sent it (checksummed). */
  account: Address
  l1ChainId: number
  l2ChainId: number
  token: TokenRef
  /** Decimal string of the amount in the token's smallest unit (wei for ETH). */
  amount: string
  /** Who receives the funds on the other side (checksummed). */
  recipient: Address
  /** When the first hash was known, in ms since the epoch. */
  createdAt: number
}

export type DepositTransfer = TransferBase & {
  kind: 'deposit'
  route: DepositRoute
  /** The L1 deposit transaction (always known: the record is created from it). */
  l1Hash: Hash
  /** The L2 priority transaction (canonical hash from `NewPriorityRequest`), once the L1 receipt exists. */
  l2Hash?: Hash
  /** The L1 `bridgeRecoverFailedTransfer` transaction of a failed deposit. */
  claimHash?: Hash
  lastStatus?: DepositStatus
}

export type WithdrawalTransfer = TransferBase & {
  kind: 'withdrawal'
  /** The L2 withdrawal transaction (always known). */
  l2Hash: Hash
  /** The L1 finalization transaction. */
  l1Hash?: Hash
  lastStatus?: WithdrawalStatus
}

export type Transfer = DepositTransfer | WithdrawalTransfer
export type TransferKind = Transfer['kind']

/** A stable id: the hash the record was created from, with its kind. */
export function transferId(transfer: Transfer): string {
  return transfer.kind === 'deposit'
    ? `deposit:${transfer.l1Hash.toLowerCase()}`
    : `withdrawal:${transfer.l2Hash.toLowerCase()}`
}
