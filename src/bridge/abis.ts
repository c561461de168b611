import { parseAbi } from 'viem'

// The parts of the protocol's contracts Ferry calls or reads logs of (era-contracts v26–v29;
// ../shared/reference/zksync-contracts.md). Error ABIs live in errors/abi.ts.

/** L1 Bridgehub. */
export const bridgehubAbi = parseAbi([
  'function baseToken(uint256 _chainId) view returns (address)',
  'function l2TransactionBaseCost(uint256 _chainId, uint256 _gasPrice, uint256 _l2GasLimit, uint256 _l2GasPerPubdataByteLimit) view returns (uint256)',
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

/** L2BaseToken (0x…800a): withdrawing the base token. */
export const l2BaseTokenAbi = parseAbi(['function withdraw(address _l1Receiver) payable'])

/** The events a history is rebuilt from. */
export const bridgeEventsAbi = parseAbi([
  'event BridgehubDepositBaseTokenInitiated(uint256 indexed chainId, address indexed from, bytes32 assetId, uint256 amount)',
  'event BridgehubDepositInitiated(uint256 indexed chainId, bytes32 indexed txDataHash, address indexed from, bytes32 assetId, bytes bridgeMintCalldata)',
  'event NewPriorityRequest(uint256 txId, bytes32 txHash, uint64 expirationTimestamp, (uint256 txType, uint256 from, uint256 to, uint256 gasLimit, uint256 gasPerPubdataByteLimit, uint256 maxFeePerGas, uint256 maxPriorityFeePerGas, uint256 paymaster, uint256 nonce, uint256 value, uint256[4] reserved, bytes data, bytes signature, uint256[] factoryDeps, bytes paymasterInput, bytes reservedDynamic) transaction, bytes[] factoryDeps)',
  'event Withdrawal(address indexed _l2Sender, address indexed _l1Receiver, uint256 _amount)',
  'event WithdrawalInitiatedAssetRouter(uint256 chainId, address indexed l2Sender, bytes32 indexed assetId, bytes assetData)',
])
