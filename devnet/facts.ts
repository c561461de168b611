// The facts the devnet and the app (its devnet pairs, the devnet test wallet) and the tests share:
// chain ids, default ports, the dev mnemonic, the test tokens, the deterministic addresses.
// Dependency-free on purpose: only a build that offers a devnet pair loads this module (lazily);
// `npm run check:bundle` proves a public build contains none of it. Everything else the devnet's
// parts agree on is in src/constants.ts.

export const L1_CHAIN_ID = 9
export const ETH_L2_CHAIN_ID = 270
export const CUSTOM_BASE_L2_CHAIN_ID = 272
/** A ZKsync OS–style chain: EVM-equivalent, only a few zks_* methods, no EIP-712. */
export const ZKSYNC_OS_L2_CHAIN_ID = 271

export const DEFAULT_L1_PORT = 8545

export const DEFAULT_GATEWAY_PORTS: Record<number, number> = {
  [ETH_L2_CHAIN_ID]: 3050,
  [CUSTOM_BASE_L2_CHAIN_ID]: 3051,
  [ZKSYNC_OS_L2_CHAIN_ID]: 3052,
}

/** anvil's well-known development mnemonic: accounts 0..9 are funded on L1 and on every L2. */
export const DEV_MNEMONIC = 'test test test test test test test test test test test junk'
export const DEV_ACCOUNT_COUNT = 10

// ---- Test tokens on L1 (deployed by the operator, pre-minted to the dev accounts) ----
export const TEST_TOKENS = [
  { key: 'TST', name: 'Test Token', symbol: 'TST', decimals: 18, mintPerAccount: 1_000_000n },
  { key: 'TUSD', name: 'Test USD', symbol: 'TUSD', decimals: 6, mintPerAccount: 1_000_000n },
] as const

export type TestTokenKey = (typeof TEST_TOKENS)[number]['key']

/**
 * The devnet's L2s: base token ('ETH' or a test token) and kind of node: 'era' answers the full
 * Era zks_* surface and EIP-712; 'zksync-os' only zks_getBridgehubContract,
 * zks_getL2ToL1LogProof, zks_getGenesis and zks_getBlockMetadataByNumber (ZKsync OS servers).
 * New chains go last: earlier chains' addresses depend on the deployment order.
 */
export const DEVNET_CHAINS = [
  { chainId: ETH_L2_CHAIN_ID, baseToken: 'ETH', kind: 'era' },
  { chainId: CUSTOM_BASE_L2_CHAIN_ID, baseToken: 'TST', kind: 'era' },
  { chainId: ZKSYNC_OS_L2_CHAIN_ID, baseToken: 'ETH', kind: 'zksync-os' },
] as const satisfies readonly {
  chainId: number
  baseToken: 'ETH' | TestTokenKey
  kind: DevnetChainKind
}[]

export type DevnetChainKind = 'era' | 'zksync-os'

export type DevnetChainSpec = (typeof DEVNET_CHAINS)[number]

/**
 * Deterministic L1 addresses of a fresh devnet with the default chains (the operator key and
 * the deployment order are fixed). devnet/test/contracts.test.ts checks that the deployment
 * still matches; the app's devnet token list reads them from here.
 */
export const DEVNET_DEFAULT_ADDRESSES = {
  bridgehub: '0x334b550164021C9123c493B2e3a5dCCEc3b301B1',
  l1Nullifier: '0xeEb88aE27B1885f68a8e20A2cAA410d856064410',
  l1AssetRouter: '0x1F373F17b8A83BAd80FBFA18D0d7Dc6E0141d27C',
  l1NativeTokenVault: '0x96Ff55A91d2650F1262d8c83A86E87F045521073',
  tokens: {
    TST: '0xB7B2fDade40eee6D0099EdC29d1e4A29570fbFdB',
    TUSD: '0x7baEC2668170D7Fd1588cB753CCdFF6a6210e1d3',
  },
  diamonds: {
    270: '0x74e9f31233C64305d49d407DaF08E89C06E3c799',
    272: '0x164B068f3B4f9744b74F940fE65a2AEAeC78315C',
    271: '0xE762C868FB0b350b025235Ada5ebF1C983B2348A',
  },
  testTarget: '0x976C6fD8311879C4690D39F0d6DB281522BfdcbE',
} as const

/** Multicall3's canonical address, where the devnet places its own Multicall3 on every chain. */
export const MULTICALL3_ADDRESS = '0xcA11bde05977b3631167028862bE2a173976CA11'

/** Where a devnet's bridge history starts: the Bridgehub's deployment block on L1, genesis on L2. */
export const DEVNET_HISTORY_START = { l1: 1, l2: 0 } as const
