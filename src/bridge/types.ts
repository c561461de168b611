import type { Address, Hash } from 'viem'
import type { DepositStatus, WithdrawalStatus } from './status'

/**
 * A token as the app holds it. ETH has no address of its own here: the SDKs call it `0x0…0`
 * (`legacyEthAddress`) and the contracts `0x0…01`; `tokenSdkAddress` gives the SDK form. The
 * `0xEeee…EEeE` convention of other dApps is recognised by neither and is never produced.
 */
export type TokenRef =
  | { kind: 'eth' }
  | { kind: 'erc20'; l1Address: Address; symbol: string; name: string; decimals: number }

export type Erc20TokenRef = Extract<TokenRef, { kind: 'erc20' }>

export const ethToken: TokenRef = { kind: 'eth' }

/** `0x0…0`: ETH for viem/zksync and zksync-ethers (both rewrite it to `0x0…01` for the contracts). */
export const SDK_ETH_ADDRESS: Address = '0x0000000000000000000000000000000000000000'
/** `0x0…01`: ETH inside the contracts (`Bridgehub.baseToken` of an ETH chain, asset ids). */
export const CONTRACTS_ETH_ADDRESS: Address = '0x0000000000000000000000000000000000000001'
/** `0x0…800a`: the L2 base token system contract, which the SDKs also read as ETH. */
export const L2_BASE_TOKEN_ADDRESS: Address = '0x000000000000000000000000000000000000800A'
/** `0xEeee…EEeE`: the "native coin" placeholder of other dApps; accepted on input only. */
export const PLACEHOLDER_ETH_ADDRESS: Address = '0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE'

const ethAliases = [
  SDK_ETH_ADDRESS,
  CONTRACTS_ETH_ADDRESS,
  L2_BASE_TOKEN_ADDRESS,
  PLACEHOLDER_ETH_ADDRESS,
].map((a) => a.toLowerCase())

/** True for every address some tool uses for ETH (`0x0`, `0x1`, `0x800a`, `0xEeee…`). */
export function isEthAddress(address: string): boolean {
  return ethAliases.includes(address.toLowerCase())
}

/** The L1 address to hand to viem/zksync or zksync-ethers (`0x0…0` for ETH). */
export function tokenSdkAddress(token: TokenRef): Address {
  return token.kind === 'eth' ? SDK_ETH_ADDRESS : token.l1Address
}

export function tokenSymbol(token: TokenRef): string {
  return token.kind === 'eth' ? 'ETH' : token.symbol
}

export function tokenDecimals(token: TokenRef): number {
  return token.kind === 'eth' ? 18 : token.decimals
}

export function isSameToken(a: TokenRef, b: TokenRef): boolean {
  if (a.kind === 'eth' || b.kind === 'eth') return a.kind === b.kind
  return a.l1Address.toLowerCase() === b.l1Address.toLowerCase()
}

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

/** Per-step state of a multi-step flow (executor, progress UI, wizard). */
export type StepStatus = 'pending' | 'active' | 'done' | 'failed'

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
