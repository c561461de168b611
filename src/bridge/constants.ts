import type { Address } from 'viem'

// Protocol constants and the fixed L2 system-contract addresses (the same on every ZK chain).

/** Every L1→L2 request must use this gas per pubdata byte (the Mailbox rejects others). */
export const REQUIRED_L1_TO_L2_GAS_PER_PUBDATA = 800n

/** The bootloader: the sender of a priority transaction's L2→L1 status log. */
export const BOOTLOADER_ADDRESS: Address = '0x0000000000000000000000000000000000008001'
/** L1Messenger: the sender of every withdrawal's L2→L1 message. */
export const L1_MESSENGER_ADDRESS: Address = '0x0000000000000000000000000000000000008008'
/** L2AssetRouter (shared bridge on L2). */
export const L2_ASSET_ROUTER_ADDRESS: Address = '0x0000000000000000000000000000000000010003'
/** L2NativeTokenVault: where bridged tokens are registered and deployed. */
export const L2_NATIVE_TOKEN_VAULT_ADDRESS: Address = '0x0000000000000000000000000000000000010004'
