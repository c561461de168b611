import type { Address, Hex } from 'viem'
import type { DevnetChainKind, TestTokenKey } from '../facts'

/** Addresses of everything deployed on L1, shared by all devnet L2 chains. */
export type L1Deployment = {
  bridgehub: Address
  l1AssetRouter: Address
  l1Nullifier: Address
  l1NativeTokenVault: Address
  /** L1 test ERC-20s, pre-minted to the dev accounts. */
  tokens: Record<TestTokenKey, Address>
  /** One entry per registered L2 chain. */
  chains: Record<number, ChainDeployment>
  /**
   * The L1 block the bridge's first contract (the Bridgehub) was deployed in: where a history
   * starts (a plain number: deployments travel as JSON).
   */
  startBlock: number
}

export type ChainDeployment = {
  chainId: number
  /** What kind of node the chain's gateway plays (facts.ts `DEVNET_CHAINS`). */
  kind: DevnetChainKind
  /** The chain's diamond (Mailbox + Getters + Executor) on L1 = `zks_getMainContract`. */
  diamond: Address
  /** L1 address of the base token: 0x…01 for ETH, else an L1 ERC-20. */
  baseToken: Address
  baseTokenAssetId: Hex
  /** Name/symbol/decimals of the base token (for printing and `L2BaseToken.name/symbol/decimals`). */
  baseTokenName: string
  baseTokenSymbol: string
  baseTokenDecimals: number
  /** L2 test contract for requestExecute demos/tests (a counter with a greeting). */
  testTarget: Address
}

/** The genesis StoredBatchInfo (batch 0) the diamond stores at construction. */
export type StoredBatchInfo = {
  batchNumber: bigint
  batchHash: Hex
  indexRepeatedStorageChanges: bigint
  numberOfLayer1Txs: bigint
  priorityOperationsHash: Hex
  dependencyRootsRollingHash: Hex
  l2LogsTreeRoot: Hex
  timestamp: bigint
  commitment: Hex
}

/** How fast batches move through their L1 stages. All values in milliseconds. */
export type BatchTiming = {
  /** Seal a batch this long after its first transaction (0 = right after each transaction). */
  sealIntervalMs: number
  /** Delay between sealing and the commit transaction on L1. */
  commitDelayMs: number
  /** Delay between commit and prove. */
  proveDelayMs: number
  /** Delay between prove and execute (after which withdrawals can be finalized). */
  executeDelayMs: number
  /** How long an L1→L2 request waits on L1 before the L2 runs it (optional; default 0). */
  priorityDelayMs?: number
}
