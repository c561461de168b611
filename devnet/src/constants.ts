import type { Address, Hex } from 'viem'

// What the devnet's parts (contracts deploy, sequencer, gateway) must agree on beyond the shared
// facts (../facts.ts). Values follow ../shared/reference/zksync-contracts.md (protocol v26–v29).

export const DEV_ACCOUNT_BALANCE_ETH = 10_000n

/**
 * The devnet operator: deploys the contracts, commits/proves/executes batches on L1 and runs
 * the priority transactions on L2. It is deliberately not one of the dev accounts so that a
 * user's wallet never races the sequencer for a nonce. Public, devnet-only key:
 * keccak256("ferry devnet operator") → 0x776924d37838759E084AAA5f667f1E4A5Df802b4.
 */
export const OPERATOR_PRIVATE_KEY: Hex =
  '0x68f5b2244088e13a336982150fc4b82c0524afd3862ee3fcecd02f00a7da879d'

// ---- Fixed L2 addresses (real zkSync addresses) ----
export const BOOTLOADER_ADDRESS: Address = '0x0000000000000000000000000000000000008001'
export const L1_MESSENGER_ADDRESS: Address = '0x0000000000000000000000000000000000008008'
export const L2_BASE_TOKEN_ADDRESS: Address = '0x000000000000000000000000000000000000800a'
export const L2_BRIDGEHUB_ADDRESS: Address = '0x0000000000000000000000000000000000010002'
export const L2_ASSET_ROUTER_ADDRESS: Address = '0x0000000000000000000000000000000000010003'
export const L2_NATIVE_TOKEN_VAULT_ADDRESS: Address = '0x0000000000000000000000000000000000010004'
export const L2_MESSAGE_ROOT_ADDRESS: Address = '0x0000000000000000000000000000000000010005'

/** ETH inside the contracts (Bridgehub.baseToken, NTV, asset ids). SDKs use 0x0 and rewrite it. */
export const ETH_TOKEN_ADDRESS: Address = '0x0000000000000000000000000000000000000001'

// ---- Protocol constants ----
export const REQUIRED_L2_GAS_PRICE_PER_PUBDATA = 800n
export const PRIORITY_TX_MAX_GAS_LIMIT = 72_000_000n
export const PRIORITY_OPERATION_L2_TX_TYPE = 255n
export const EMPTY_STRING_KECCAK: Hex =
  '0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'
export const L2_TO_L1_LOGS_TREE_HEIGHT = 14
export const L2_L1_LOGS_TREE_DEFAULT_LEAF_HASH: Hex =
  '0x72abee45b59e344af8a6e520241c4744aff26ed411f4c4b00f8af09adada43ba'
/** The devnet has no interop: the aggregated (MessageRoot) root is always zero. */
export const AGGREGATED_ROOT: Hex =
  '0x0000000000000000000000000000000000000000000000000000000000000000'
export const TWO_BRIDGES_MAGIC_VALUE: Hex =
  '0xa175e001c0e5684bc26302c2f9a55aec9f3936fe2aef558034003ef4da7fc77d'
export const PROTOCOL_VERSION_MINOR = 29

/** Fee parameters used by zkstack / anvil-zksync genesis (zksync-contracts.md §10.1). */
export const FEE_PARAMS = {
  pubdataPricingMode: 0, // Rollup
  batchOverheadL1Gas: 1_000_000n,
  maxPubdataPerBatch: 120_000n,
  maxL2GasPerBatch: 80_000_000n,
  priorityTxMaxPubdata: 99_000n,
  minimalL2GasPrice: 250_000_000n,
} as const

/** L2 anvil base fee, pinned: what `eth_gasPrice` returns on L2 (0.1 gwei, era local-setup). */
export const L2_GAS_PRICE = 100_000_000n

/** L1 anvil starting base fee (1 gwei). */
export const L1_BASE_FEE = 1_000_000_000n
