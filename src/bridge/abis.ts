import { parseAbi } from 'viem'

// The parts of the protocol's contracts Ferry calls or reads logs of (era-contracts v26–v29;
// ../shared/reference/zksync-contracts.md). Error ABIs live in errors/abi.ts.

/** L1 Bridgehub. */
export const bridgehubAbi = parseAbi([
  'function baseToken(uint256 _chainId) view returns (address)',
  'function l2TransactionBaseCost(uint256 _chainId, uint256 _gasPrice, uint256 _l2GasLimit, uint256 _l2GasPerPubdataByteLimit) view returns (uint256)',
  'function assetRouter() view returns (address)',
  'function getZKChain(uint256 _chainId) view returns (address)',
  'function settlementLayer(uint256 _chainId) view returns (uint256)',
])

/** L1AssetRouter (v26+): where it finds the nullifier and the native token vault. */
export const l1AssetRouterReadAbi = parseAbi([
  'function L1_NULLIFIER() view returns (address)',
  'function nativeTokenVault() view returns (address)',
])

/** The chain's diamond (Getters facet): how far its batches are on the settlement layer. */
/** The diamond's protocol version (major, minor, patch). */
export const diamondVersionAbi = parseAbi([
  'function getSemverProtocolVersion() view returns (uint32, uint32, uint32)',
])

export const diamondGettersAbi = parseAbi([
  'function getTotalBatchesCommitted() view returns (uint256)',
  'function getTotalBatchesVerified() view returns (uint256)',
  'function getTotalBatchesExecuted() view returns (uint256)',
])

/** L1Nullifier: whether a two-bridges deposit is still recorded (not yet claimed). */
export const l1NullifierAbi = parseAbi([
  'function depositHappened(uint256 chainId, bytes32 l2TxHash) view returns (bytes32)',
])

/** L2AssetRouter: the call a two-bridges deposit makes on L2 (estimated like the SDKs do). */
export const l2AssetRouterAbi = parseAbi([
  'function finalizeDeposit(address _l1Sender, address _l2Receiver, address _l1Token, uint256 _amount, bytes _data)',
  'function l1TokenAddress(address) view returns (address)',
  'function withdraw(address _l1Receiver, address _l2Token, uint256 _amount)',
])

/** L2NativeTokenVault (0x…10004): a bridged token's L2 address, zero until its first deposit. */
export const l2NativeTokenVaultAbi = parseAbi([
  'function l2TokenAddress(address _l1Token) view returns (address)',
  'function calculateCreate2TokenAddress(uint256 _originChainId, address _originToken) view returns (address)',
])

/** L2BaseToken (0x…800a): withdrawing the base token. */
export const l2BaseTokenAbi = parseAbi(['function withdraw(address _l1Receiver) payable'])

/**
 * The events a history is rebuilt from, by protocol generation (real-networks.md §3). Several
 * share a name across generations with different parameters (and so a different topic0).
 */
export const historyEventsAbi = {
  /** v26+: L1AssetRouter; every deposit (the base-token part of an ERC-20 deposit too). */
  baseTokenDepositV26: parseAbi([
    'event BridgehubDepositBaseTokenInitiated(uint256 indexed chainId, address indexed from, bytes32 assetId, uint256 amount)',
  ]),
  /** v26+: L1AssetRouter, the two-bridges part (ERC-20s, ETH to a custom-base-token chain). */
  depositV26: parseAbi([
    'event BridgehubDepositInitiated(uint256 indexed chainId, bytes32 indexed txDataHash, address indexed from, bytes32 assetId, bytes bridgeMintCalldata)',
  ]),
  /** v24–v25: the shared bridge (today's L1Nullifier address). */
  baseTokenDepositV24: parseAbi([
    'event BridgehubDepositBaseTokenInitiated(uint256 indexed chainId, address indexed from, address l1Token, uint256 amount)',
  ]),
  depositV24: parseAbi([
    'event BridgehubDepositInitiated(uint256 indexed chainId, bytes32 indexed txDataHash, address indexed from, address to, address l1Token, uint256 amount)',
  ]),
  /** Era's legacy L1ERC20Bridge, before and after v24. */
  legacyErc20Deposit: parseAbi([
    'event DepositInitiated(bytes32 indexed l2DepositTxHash, address indexed from, address indexed to, address l1Token, uint256 amount)',
  ]),
  /** The chain's diamond: every L1 → L2 request. */
  priorityRequest: parseAbi([
    'event NewPriorityRequest(uint256 txId, bytes32 txHash, uint64 expirationTimestamp, (uint256 txType, uint256 from, uint256 to, uint256 gasLimit, uint256 gasPerPubdataByteLimit, uint256 maxFeePerGas, uint256 maxPriorityFeePerGas, uint256 paymaster, uint256 nonce, uint256 value, uint256[4] reserved, bytes data, bytes signature, uint256[] factoryDeps, bytes paymasterInput, bytes reservedDynamic) transaction, bytes[] factoryDeps)',
  ]),
  /** L2BaseToken (0x…800a): base-token withdrawals. */
  baseTokenWithdrawal: parseAbi([
    'event Withdrawal(address indexed _l2Sender, address indexed _l1Receiver, uint256 _amount)',
  ]),
  /** L2AssetRouter (0x…10003), v26+: token withdrawals. */
  tokenWithdrawal: parseAbi([
    'event WithdrawalInitiatedAssetRouter(uint256 chainId, address indexed l2Sender, bytes32 indexed assetId, bytes assetData)',
  ]),
  /** Era's legacy L2 shared bridge, before v26. */
  legacyTokenWithdrawal: parseAbi([
    'event WithdrawalInitiated(address indexed l2Sender, address indexed l1Receiver, address indexed l2Token, uint256 amount)',
  ]),
} as const
