import { parseAbi, parseAbiParameters } from 'viem'
import { EMPTY_STRING_KECCAK } from './constants'
import type { StoredBatchInfo } from './types'

// Typed human-readable ABIs of the devnet contracts (devnet/contracts), for viem.
// Signatures match the real zkSync contracts for everything a client can call; devnet extras are marked.
// devnet/test/contracts.test.ts checks that every entry here exists in the compiled artifacts.

/** Custom errors of all devnet contracts (appended to every contract ABI so viem decodes reverts). */
const errors = [
  'error Unauthorized(address caller)',
  'error ZeroAddress()',
  'error AlreadyInitialized()',
  'error Reentrancy()',
  'error AddressAlreadySet(address addr)',
  'error SafeERC20FailedOperation(address token)',
  'error MsgValueMismatch(uint256 expectedMsgValue, uint256 providedMsgValue)',
  'error SecondBridgeAddressTooLow(address secondBridgeAddress, address minSecondBridgeAddress)',
  'error WrongMagicValue(uint256 expectedMagicValue, uint256 providedMagicValue)',
  'error ChainIdNotRegistered(uint256 chainId)',
  'error ChainIdAlreadyExists()',
  'error ChainIdMismatch()',
  'error ZeroChainId()',
  'error IncorrectBridgeHubAddress(address bridgehub)',
  'error AssetHandlerNotRegistered(bytes32 assetId)',
  'error SharedBridgeNotSet()',
  'error GasPerPubdataMismatch()',
  'error TooManyFactoryDeps()',
  'error MsgValueTooLow(uint256 required, uint256 provided)',
  'error BaseTokenGasPriceDenominatorNotSet()',
  'error TxnBodyGasLimitNotEnoughGas()',
  'error TooMuchGas()',
  'error PubdataGreaterThanLimit(uint256 limit, uint256 length)',
  'error ValidateTxnNotEnoughGas()',
  'error MalformedBytecode(uint8)',
  'error BatchNotExecuted(uint256 batchNumber)',
  'error LocalRootIsZero()',
  'error LocalRootMustBeZero()',
  'error NotSettlementLayer()',
  'error MerklePathEmpty()',
  'error MerkleIndexOutOfBounds()',
  'error MerklePathOutOfBounds()',
  'error HashedLogIsDefault()',
  'error UnsupportedProofMetadataVersion(uint256 metadataVersion)',
  'error InvalidProofLengthForFinalNode()',
  'error EmptyData()',
  'error UnsupportedCommitBatchEncoding(uint8 version)',
  'error UnsupportedProofBatchEncoding(uint8 version)',
  'error UnsupportedExecuteBatchEncoding(uint8 version)',
  'error IncorrectBatchBounds(uint256 processFromExpected, uint256 processToExpected, uint256 processFromProvided, uint256 processToProvided)',
  'error BatchNumberMismatch(uint256 expectedBatchNumber, uint256 providedBatchNumber)',
  'error BatchHashMismatch(bytes32 expected, bytes32 actual)',
  'error InvalidSystemLogsLength()',
  'error MissingSystemLogs(uint256 expected, uint256 actual)',
  'error LogAlreadyProcessed(uint8 key)',
  'error InvalidLogSender(address sender, uint256 logKey)',
  'error VerifiedBatchesExceedsCommittedBatches()',
  'error NonSequentialBatch()',
  'error CantExecuteUnprovenBatches()',
  'error MismatchNumberOfLayer1Txs(uint256 numberOfLayer1Txs, uint256 expectedLength)',
  'error PriorityOperationsRollingHashMismatch()',
  'error InvalidBatchesDataLength(uint256 batchesDataLength, uint256 priorityOpsDataLength)',
  'error DependencyRootsRollingHashMismatch(bytes32 expected, bytes32 actual)',
  'error PriorityOperationMismatch(uint256 priorityTxId, bytes32 expected, bytes32 provided)',
  'error QueueIsEmpty()',
  'error RevertedBatchNotAfterNewLastBatch()',
  'error CantRevertExecutedBatch()',
  'error WithdrawalAlreadyFinalized()',
  'error InvalidProof()',
  'error DepositDoesNotExist()',
  'error DepositExists()',
  'error WrongL2Sender(address providedL2Sender)',
  'error InvalidSelector(bytes4 func)',
  'error L2WithdrawalMessageWrongLength(uint256 messageLen)',
  'error WrongMsgLength(uint256 expected, uint256 length)',
  'error TokenNotLegacy()',
  'error LegacyBridgeNotSet()',
  'error LegacyMethodForNonL1Token()',
  'error AssetIdNotSupported(bytes32 assetId)',
  'error AssetHandlerDoesNotExist(bytes32 assetId)',
  'error UnsupportedEncodingVersion()',
  'error NonEmptyMsgValue()',
  'error LegacyEncodingUsedForNonL1Token()',
  'error TokensWithFeesNotSupported()',
  'error InvalidCaller(address caller)',
  'error AmountMustBeGreaterThanZero()',
  'error IncorrectTokenAddressFromNTV(bytes32 assetId, address tokenAddress)',
  'error EmptyToken()',
  'error AssetIdAlreadyRegistered()',
  'error AssetIdMismatch(bytes32 expected, bytes32 supplied)',
  'error InvalidNTVBurnData()',
  'error ValueMismatch(uint256 expected, uint256 actual)',
  'error EmptyDeposit()',
  'error InsufficientChainBalance()',
  'error WithdrawFailed()',
  'error ClaimFailedDepositFailed()',
  'error NoFundsTransferred()',
  'error OriginChainIdNotFound()',
  'error AddressMismatch(address expected, address supplied)',
  'error DeployingBridgedTokenForNativeToken()',
  'error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)',
  'error ERC20InvalidSender(address sender)',
  'error ERC20InvalidReceiver(address receiver)',
  'error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)',
  'error ERC20InvalidApprover(address approver)',
  'error ERC20InvalidSpender(address spender)',
] as const

export const devnetErrorsAbi = parseAbi(errors)

// ---- struct definitions (human-readable ABI) ----
const structs = [
  'struct L2TransactionRequestDirect { uint256 chainId; uint256 mintValue; address l2Contract; uint256 l2Value; bytes l2Calldata; uint256 l2GasLimit; uint256 l2GasPerPubdataByteLimit; bytes[] factoryDeps; address refundRecipient; }',
  'struct L2TransactionRequestTwoBridgesOuter { uint256 chainId; uint256 mintValue; uint256 l2Value; uint256 l2GasLimit; uint256 l2GasPerPubdataByteLimit; address refundRecipient; address secondBridgeAddress; uint256 secondBridgeValue; bytes secondBridgeCalldata; }',
  'struct L2TransactionRequestTwoBridgesInner { bytes32 magicValue; address l2Contract; bytes l2Calldata; bytes[] factoryDeps; bytes32 txDataHash; }',
  'struct BridgehubL2TransactionRequest { address sender; address contractL2; uint256 mintValue; uint256 l2Value; bytes l2Calldata; uint256 l2GasLimit; uint256 l2GasPerPubdataByteLimit; bytes[] factoryDeps; address refundRecipient; }',
  'struct L2CanonicalTransaction { uint256 txType; uint256 from; uint256 to; uint256 gasLimit; uint256 gasPerPubdataByteLimit; uint256 maxFeePerGas; uint256 maxPriorityFeePerGas; uint256 paymaster; uint256 nonce; uint256 value; uint256[4] reserved; bytes data; bytes signature; uint256[] factoryDeps; bytes paymasterInput; bytes reservedDynamic; }',
  'struct L2Message { uint16 txNumberInBatch; address sender; bytes data; }',
  'struct L2Log { uint8 l2ShardId; bool isService; uint16 txNumberInBatch; address sender; bytes32 key; bytes32 value; }',
  'struct L2ToL1Log { uint8 l2ShardId; bool isService; uint16 txNumberInBlock; address sender; bytes32 key; bytes32 value; }',
  'struct FinalizeL1DepositParams { uint256 chainId; uint256 l2BatchNumber; uint256 l2MessageIndex; address l2Sender; uint16 l2TxNumberInBatch; bytes message; bytes32[] merkleProof; }',
  'struct FeeParams { uint8 pubdataPricingMode; uint32 batchOverheadL1Gas; uint32 maxPubdataPerBatch; uint32 maxL2GasPerBatch; uint32 priorityTxMaxPubdata; uint64 minimalL2GasPrice; }',
  'struct ZKChainInitParams { uint256 chainId; address bridgehub; address admin; address validator; address baseToken; bytes32 baseTokenAssetId; FeeParams feeParams; uint128 baseTokenGasPriceMultiplierNominator; uint128 baseTokenGasPriceMultiplierDenominator; uint256 priorityTxMaxGasLimit; uint256 protocolVersion; }',
] as const

// ---------------------------------------------------------------- L1

export const bridgehubAbi = parseAbi([
  ...structs,
  'constructor(address _owner)',
  'function owner() view returns (address)',
  'function setAddresses(address _assetRouter)',
  'function registerAlreadyDeployedZKChain(uint256 _chainId, address _zkChain)',
  'function assetRouter() view returns (address)',
  'function sharedBridge() view returns (address)',
  'function L1_CHAIN_ID() view returns (uint256)',
  'function ETH_TOKEN_ASSET_ID() view returns (bytes32)',
  'function baseToken(uint256 _chainId) view returns (address)',
  'function baseTokenAssetId(uint256 _chainId) view returns (bytes32)',
  'function getZKChain(uint256 _chainId) view returns (address)',
  'function getHyperchain(uint256 _chainId) view returns (address)',
  'function getAllZKChainChainIDs() view returns (uint256[])',
  'function getAllZKChains() view returns (address[])',
  'function chainTypeManager(uint256 _chainId) view returns (address)',
  'function settlementLayer(uint256 _chainId) view returns (uint256)',
  'function whitelistedSettlementLayers(uint256 _chainId) view returns (bool)',
  'function requestL2TransactionDirect(L2TransactionRequestDirect _request) payable returns (bytes32 canonicalTxHash)',
  'function requestL2TransactionTwoBridges(L2TransactionRequestTwoBridgesOuter _request) payable returns (bytes32 canonicalTxHash)',
  'function l2TransactionBaseCost(uint256 _chainId, uint256 _gasPrice, uint256 _l2GasLimit, uint256 _l2GasPerPubdataByteLimit) view returns (uint256)',
  'function proveL2MessageInclusion(uint256 _chainId, uint256 _batchNumber, uint256 _index, L2Message _message, bytes32[] _proof) view returns (bool)',
  'function proveL2LogInclusion(uint256 _chainId, uint256 _batchNumber, uint256 _index, L2Log _log, bytes32[] _proof) view returns (bool)',
  'function proveL1ToL2TransactionStatus(uint256 _chainId, bytes32 _l2TxHash, uint256 _l2BatchNumber, uint256 _l2MessageIndex, uint16 _l2TxNumberInBatch, bytes32[] _merkleProof, uint8 _status) view returns (bool)',
  'event NewChain(uint256 indexed chainId, address chainTypeManager, address indexed chainGovernance)',
  'event AssetRouterSet(address assetRouter)',
  ...errors,
])

/** The chain's diamond (`zks_getMainContract`): Mailbox, Getters, Executor and an Admin subset. */
export const zkChainAbi = parseAbi([
  ...structs,
  'constructor(ZKChainInitParams _params)',
  // Mailbox
  'function bridgehubRequestL2Transaction(BridgehubL2TransactionRequest _request) returns (bytes32 canonicalTxHash)',
  'function l2TransactionBaseCost(uint256 _gasPrice, uint256 _l2GasLimit, uint256 _l2GasPerPubdataByteLimit) view returns (uint256)',
  'function proveL2MessageInclusion(uint256 _batchNumber, uint256 _index, L2Message _message, bytes32[] _proof) view returns (bool)',
  'function proveL2LogInclusion(uint256 _batchNumber, uint256 _index, L2Log _log, bytes32[] _proof) view returns (bool)',
  'function proveL1ToL2TransactionStatus(bytes32 _l2TxHash, uint256 _l2BatchNumber, uint256 _l2MessageIndex, uint16 _l2TxNumberInBatch, bytes32[] _merkleProof, uint8 _status) view returns (bool)',
  'function proveL2LeafInclusion(uint256 _batchNumber, uint256 _leafProofMask, bytes32 _leaf, bytes32[] _proof) view returns (bool)',
  'event NewPriorityRequest(uint256 txId, bytes32 txHash, uint64 expirationTimestamp, L2CanonicalTransaction transaction, bytes[] factoryDeps)',
  'event NewPriorityRequestId(uint256 indexed txId, bytes32 indexed txHash)',
  // Getters
  'function getAdmin() view returns (address)',
  'function getBridgehub() view returns (address)',
  'function getChainTypeManager() view returns (address)',
  'function getChainId() view returns (uint256)',
  'function getBaseToken() view returns (address)',
  'function getBaseTokenAssetId() view returns (bytes32)',
  'function baseTokenGasPriceMultiplierNominator() view returns (uint128)',
  'function baseTokenGasPriceMultiplierDenominator() view returns (uint128)',
  'function getTotalBatchesCommitted() view returns (uint256)',
  'function getTotalBatchesVerified() view returns (uint256)',
  'function getTotalBatchesExecuted() view returns (uint256)',
  'function getTotalPriorityTxs() view returns (uint256)',
  'function getFirstUnprocessedPriorityTx() view returns (uint256)',
  'function getPriorityQueueSize() view returns (uint256)',
  'function priorityTxHash(uint256 _txId) view returns (bytes32)', // devnet extra
  'function isValidator(address _address) view returns (bool)',
  'function l2LogsRootHash(uint256 _batchNumber) view returns (bytes32)',
  'function storedBatchHash(uint256 _batchNumber) view returns (bytes32)',
  'function getProtocolVersion() view returns (uint256)',
  'function getSemverProtocolVersion() view returns (uint32, uint32, uint32)',
  'function getPriorityTxMaxGasLimit() view returns (uint256)',
  'function getPubdataPricingMode() view returns (uint8)',
  'function isEthWithdrawalFinalized(uint256 _l2BatchNumber, uint256 _l2MessageIndex) view returns (bool)',
  'function isDiamondStorageFrozen() view returns (bool)',
  'function getTotalBlocksCommitted() view returns (uint256)',
  'function getTotalBlocksVerified() view returns (uint256)',
  'function getTotalBlocksExecuted() view returns (uint256)',
  'function storedBlockHash(uint256 _batchNumber) view returns (bytes32)',
  // Executor (v29 signatures; payloads: see STORED_BATCH_INFO_ABI etc. below)
  'function commitBatchesSharedBridge(address _chainAddress, uint256 _processFrom, uint256 _processTo, bytes _commitData)',
  'function proveBatchesSharedBridge(address _chainAddress, uint256 _processFrom, uint256 _processTo, bytes _proofData)',
  'function executeBatchesSharedBridge(address _chainAddress, uint256 _processFrom, uint256 _processTo, bytes _executeData)',
  'function revertBatchesSharedBridge(address _chainAddress, uint256 _newLastBatch)',
  'event BlockCommit(uint256 indexed batchNumber, bytes32 indexed batchHash, bytes32 indexed commitment)',
  'event BlocksVerification(uint256 indexed previousLastVerifiedBatch, uint256 indexed currentLastVerifiedBatch)',
  'event BlockExecution(uint256 indexed batchNumber, bytes32 indexed batchHash, bytes32 indexed commitment)',
  'event BlocksRevert(uint256 totalBatchesCommitted, uint256 totalBatchesVerified, uint256 totalBatchesExecuted)',
  // Admin (subset)
  'function setValidator(address _validator, bool _active)',
  'function setTokenMultiplier(uint128 _nominator, uint128 _denominator)',
  'function changeFeeParams(FeeParams _newFeeParams)',
  'event ValidatorStatusUpdate(address indexed validatorAddress, bool isActive)',
  'event NewBaseTokenMultiplier(uint128 oldNominator, uint128 oldDenominator, uint128 newNominator, uint128 newDenominator)',
  'event NewFeeParams(FeeParams oldFeeParams, FeeParams newFeeParams)',
  ...errors,
])

export const l1AssetRouterAbi = parseAbi([
  ...structs,
  'constructor(address _owner, address _bridgehub, address _l1Nullifier)',
  'function owner() view returns (address)',
  'function setNativeTokenVault(address _nativeTokenVault)',
  'function BRIDGE_HUB() view returns (address)',
  'function L1_NULLIFIER() view returns (address)',
  'function L1_CHAIN_ID() view returns (uint256)',
  'function ETH_TOKEN_ASSET_ID() view returns (bytes32)',
  'function L1_WETH_TOKEN() view returns (address)',
  'function nativeTokenVault() view returns (address)',
  'function assetHandlerAddress(bytes32 _assetId) view returns (address)',
  'function assetDeploymentTracker(bytes32 _assetId) view returns (address)',
  'function l2BridgeAddress(uint256 _chainId) view returns (address)',
  'function setAssetHandlerAddressThisChain(bytes32 _assetRegistrationData, address _assetHandlerAddress)',
  'function bridgehubDepositBaseToken(uint256 _chainId, bytes32 _assetId, address _originalCaller, uint256 _amount) payable',
  'function bridgehubDeposit(uint256 _chainId, address _originalCaller, uint256 _value, bytes _data) payable returns (L2TransactionRequestTwoBridgesInner request)',
  'function bridgehubConfirmL2Transaction(uint256 _chainId, bytes32 _txDataHash, bytes32 _txHash)',
  'function getDepositCalldata(address _sender, bytes32 _assetId, bytes _assetData) view returns (bytes)',
  'function transferFundsToNTV(bytes32 _assetId, uint256 _amount, address _originalCaller) returns (bool)',
  'function finalizeDeposit(uint256 _chainId, bytes32 _assetId, bytes _transferData) payable',
  'function bridgeRecoverFailedTransfer(uint256 _chainId, address _depositSender, bytes32 _assetId, bytes _assetData)',
  'function bridgeRecoverFailedTransfer(uint256 _chainId, address _depositSender, bytes32 _assetId, bytes _assetData, bytes32 _l2TxHash, uint256 _l2BatchNumber, uint256 _l2MessageIndex, uint16 _l2TxNumberInBatch, bytes32[] _merkleProof)',
  'function claimFailedDeposit(uint256 _chainId, address _depositSender, address _l1Token, uint256 _amount, bytes32 _l2TxHash, uint256 _l2BatchNumber, uint256 _l2MessageIndex, uint16 _l2TxNumberInBatch, bytes32[] _merkleProof)',
  'function finalizeWithdrawal(uint256 _chainId, uint256 _l2BatchNumber, uint256 _l2MessageIndex, uint16 _l2TxNumberInBatch, bytes _message, bytes32[] _merkleProof)',
  'function isWithdrawalFinalized(uint256 _chainId, uint256 _l2BatchNumber, uint256 _l2MessageIndex) view returns (bool)',
  'event BridgehubDepositBaseTokenInitiated(uint256 indexed chainId, address indexed from, bytes32 assetId, uint256 amount)',
  'event BridgehubDepositInitiated(uint256 indexed chainId, bytes32 indexed txDataHash, address indexed from, bytes32 assetId, bytes bridgeMintCalldata)',
  'event AssetDeploymentTrackerRegistered(bytes32 indexed assetId, bytes32 indexed additionalData, address assetDeploymentTracker)',
  'event AssetHandlerRegistered(bytes32 indexed assetId, address indexed _assetHandlerAddress)',
  'event DepositFinalizedAssetRouter(uint256 indexed chainId, bytes32 indexed assetId, bytes assetData)',
  'event ClaimedFailedDepositAssetRouter(uint256 indexed chainId, bytes32 indexed assetId, bytes assetData)',
  ...errors,
])

export const l1NullifierAbi = parseAbi([
  ...structs,
  'constructor(address _owner, address _bridgehub)',
  'function owner() view returns (address)',
  'function setAddresses(address _l1AssetRouter, address _l1NativeTokenVault)',
  'function BRIDGE_HUB() view returns (address)',
  'function l1AssetRouter() view returns (address)',
  'function l1NativeTokenVault() view returns (address)',
  'function depositHappened(uint256 _chainId, bytes32 _l2TxHash) view returns (bytes32)',
  'function isWithdrawalFinalized(uint256 _chainId, uint256 _l2BatchNumber, uint256 _l2MessageIndex) view returns (bool)',
  'function __DEPRECATED_l2BridgeAddress(uint256 _chainId) view returns (address)',
  'function bridgehubConfirmL2TransactionForwarded(uint256 _chainId, bytes32 _txDataHash, bytes32 _txHash)',
  'function finalizeDeposit(FinalizeL1DepositParams _params)',
  'function finalizeWithdrawal(uint256 _chainId, uint256 _l2BatchNumber, uint256 _l2MessageIndex, uint16 _l2TxNumberInBatch, bytes _message, bytes32[] _merkleProof)',
  'function bridgeRecoverFailedTransfer(uint256 _chainId, address _depositSender, bytes32 _assetId, bytes _assetData, bytes32 _l2TxHash, uint256 _l2BatchNumber, uint256 _l2MessageIndex, uint16 _l2TxNumberInBatch, bytes32[] _merkleProof)',
  'function claimFailedDeposit(uint256 _chainId, address _depositSender, address _l1Token, uint256 _amount, bytes32 _l2TxHash, uint256 _l2BatchNumber, uint256 _l2MessageIndex, uint16 _l2TxNumberInBatch, bytes32[] _merkleProof)',
  'event BridgehubDepositFinalized(uint256 indexed chainId, bytes32 indexed txDataHash, bytes32 indexed l2DepositTxHash)',
  ...errors,
])

/** Functions and events of both native token vaults (L1 and 0x…10004). */
const nativeTokenVaultCommon = [
  'function ASSET_ROUTER() view returns (address)',
  'function L1_CHAIN_ID() view returns (uint256)',
  'function BASE_TOKEN_ASSET_ID() view returns (bytes32)',
  'function WETH_TOKEN() view returns (address)',
  'function assetId(address _token) view returns (bytes32)',
  'function tokenAddress(bytes32 _assetId) view returns (address)',
  'function originChainId(bytes32 _assetId) view returns (uint256)',
  'function registerToken(address _nativeToken)',
  'function ensureTokenIsRegistered(address _nativeToken) returns (bytes32)',
  'function tryRegisterTokenFromBurnData(bytes _burnData, bytes32 _expectedAssetId)',
  'function getAssetId(uint256 _chainId, address _token) pure returns (bytes32)',
  'function getERC20Getters(address _token, uint256 _originChainId) view returns (bytes)',
  'function tokenDataOriginChainId(bytes _erc20Data) view returns (uint256)',
  'function calculateCreate2TokenAddress(uint256 _originChainId, address _originToken) view returns (address)',
  'function bridgeMint(uint256 _chainId, bytes32 _assetId, bytes _data) payable',
  'function bridgeBurn(uint256 _chainId, uint256 _l2MsgValue, bytes32 _assetId, address _originalCaller, bytes _data) payable returns (bytes)',
  'event BridgeBurn(uint256 indexed chainId, bytes32 indexed assetId, address indexed sender, address receiver, uint256 amount)',
  'event BridgeMint(uint256 indexed chainId, bytes32 indexed assetId, address receiver, uint256 amount)',
] as const

export const l1NativeTokenVaultAbi = parseAbi([
  'constructor(address _owner, address _assetRouter, address _l1Nullifier)',
  ...nativeTokenVaultCommon,
  'function owner() view returns (address)',
  'function L1_NULLIFIER() view returns (address)',
  'function chainBalance(uint256 _chainId, bytes32 _assetId) view returns (uint256)',
  'function registerEthToken()',
  'function devnetSeedChainBalance(uint256 _chainId, bytes32 _assetId, uint256 _amount)', // devnet extra
  'function bridgeRecoverFailedTransfer(uint256 _chainId, bytes32 _assetId, address _depositSender, bytes _data) payable',
  'event DevnetChainBalanceSeeded(uint256 indexed chainId, bytes32 indexed assetId, uint256 amount)',
  ...errors,
])

const erc20Common = [
  'function name() view returns (string)',
  'function symbol() view returns (string)',
  'function decimals() view returns (uint8)',
  'function totalSupply() view returns (uint256)',
  'function balanceOf(address _account) view returns (uint256)',
  'function allowance(address _owner, address _spender) view returns (uint256)',
  'function transfer(address _to, uint256 _value) returns (bool)',
  'function approve(address _spender, uint256 _value) returns (bool)',
  'function transferFrom(address _from, address _to, uint256 _value) returns (bool)',
  'event Transfer(address indexed from, address indexed to, uint256 value)',
  'event Approval(address indexed owner, address indexed spender, uint256 value)',
] as const

export const testErc20Abi = parseAbi([
  'constructor(string _name, string _symbol, uint8 _decimals, address[] _holders, uint256 _amountEach)',
  ...erc20Common,
  'function mint(address _to, uint256 _amount) returns (bool)',
  ...errors,
])

// ---------------------------------------------------------------- L2

export const l1MessengerAbi = parseAbi([
  ...structs,
  'function sendToL1(bytes _message) returns (bytes32 hash)',
  'event L1MessageSent(address indexed _sender, bytes32 indexed _hash, bytes _message)',
  'event L2ToL1LogSent(L2ToL1Log _l2log)',
])

export const l2BaseTokenAbi = parseAbi([
  'function initialize(string _name, string _symbol, uint8 _decimals)',
  'function name() view returns (string)',
  'function symbol() view returns (string)',
  'function decimals() view returns (uint8)',
  'function balanceOf(uint256 _account) view returns (uint256)',
  'function withdraw(address _l1Receiver) payable',
  'function withdrawWithMessage(address _l1Receiver, bytes _additionalData) payable',
  'event Withdrawal(address indexed _l2Sender, address indexed _l1Receiver, uint256 _amount)',
  'event WithdrawalWithMessage(address indexed _l2Sender, address indexed _l1Receiver, uint256 _amount, bytes _additionalData)',
  'event Mint(address indexed account, uint256 amount)',
  'event Transfer(address indexed from, address indexed to, uint256 value)',
  ...errors,
])

export const l2AssetRouterAbi = parseAbi([
  'function initialize(uint256 _l1ChainId, address _l1AssetRouter, bytes32 _baseTokenAssetId)',
  'function L1_CHAIN_ID() view returns (uint256)',
  'function L1_ASSET_ROUTER() view returns (address)',
  'function BASE_TOKEN_ASSET_ID() view returns (bytes32)',
  'function BRIDGE_HUB() view returns (address)',
  'function L2_LEGACY_SHARED_BRIDGE() view returns (address)',
  'function l1Bridge() view returns (address)',
  'function assetHandlerAddress(bytes32 _assetId) view returns (address)',
  'function assetDeploymentTracker(bytes32 _assetId) view returns (address)',
  'function setAssetHandlerAddressThisChain(bytes32 _assetRegistrationData, address _assetHandlerAddress)',
  'function finalizeDeposit(uint256 _originChainId, bytes32 _assetId, bytes _transferData) payable',
  'function finalizeDeposit(address _l1Sender, address _l2Receiver, address _l1Token, uint256 _amount, bytes _data) payable',
  'function withdraw(bytes32 _assetId, bytes _assetData) returns (bytes32)',
  'function withdraw(address _l1Receiver, address _l2Token, uint256 _amount)',
  'function l1TokenAddress(address _l2Token) view returns (address)',
  'function l2TokenAddress(address _l1Token) view returns (address)',
  'event WithdrawalInitiatedAssetRouter(uint256 chainId, address indexed l2Sender, bytes32 indexed assetId, bytes assetData)',
  'event DepositFinalizedAssetRouter(uint256 indexed chainId, bytes32 indexed assetId, bytes assetData)',
  'event AssetHandlerRegistered(bytes32 indexed assetId, address indexed _assetHandlerAddress)',
  'event AssetDeploymentTrackerRegistered(bytes32 indexed assetId, bytes32 indexed additionalData, address assetDeploymentTracker)',
  ...errors,
])

export const l2NativeTokenVaultAbi = parseAbi([
  'function initialize(uint256 _l1ChainIdValue, bytes32 _baseTokenAssetIdValue)',
  ...nativeTokenVaultCommon,
  'function L2_LEGACY_SHARED_BRIDGE() view returns (address)',
  'function l2TokenAddress(address _l1Token) view returns (address)',
  ...errors,
])

export const bridgedStandardErc20Abi = parseAbi([
  ...erc20Common,
  'function nativeTokenVault() view returns (address)',
  'function originToken() view returns (address)',
  'function l1Address() view returns (address)',
  'function l2Bridge() view returns (address)',
  'function assetId() view returns (bytes32)',
  'function bridgeInitialize(bytes32 _assetId, address _originToken, bytes _data)',
  'function bridgeMint(address _to, uint256 _amount)',
  'function bridgeBurn(address _from, uint256 _amount)',
  'function decodeString(bytes _input) pure returns (string)',
  'function decodeUint8(bytes _input) pure returns (uint8)',
  'event BridgeInitialize(address indexed l1Token, string name, string symbol, uint8 decimals)',
  'event BridgeMint(address indexed account, uint256 amount)',
  'event BridgeBurn(address indexed account, uint256 amount)',
  ...errors,
])

/** The L2 request-execute test contract (`ChainDeployment.testTarget`). */
export const testTargetAbi = parseAbi([
  'function count() view returns (uint256)',
  'function greeting() view returns (string)',
  'function lastCaller() view returns (address)',
  'function deposits(address _account) view returns (uint256)',
  'function totalDeposits() view returns (uint256)',
  'function increment()',
  'function incrementBy(uint256 _by)',
  'function setGreeting(string _greeting)',
  'function deposit() payable',
  'function fail(string _reason) pure',
  'event Incremented(address indexed caller, uint256 by, uint256 count)',
  'event GreetingChanged(address indexed caller, string greeting)',
  'event Deposited(address indexed caller, uint256 amount, uint256 total)',
])

// ---------------------------------------------------------------- executor payloads (zksync-contracts.md §12.2)

export const STORED_BATCH_INFO_ABI =
  '(uint64 batchNumber, bytes32 batchHash, uint64 indexRepeatedStorageChanges, uint256 numberOfLayer1Txs, bytes32 priorityOperationsHash, bytes32 dependencyRootsRollingHash, bytes32 l2LogsTreeRoot, uint256 timestamp, bytes32 commitment)'
export const COMMIT_BATCH_INFO_ABI =
  '(uint64 batchNumber, uint64 timestamp, uint64 indexRepeatedStorageChanges, bytes32 newStateRoot, uint256 numberOfLayer1Txs, bytes32 priorityOperationsHash, bytes32 bootloaderHeapInitialContentsHash, bytes32 eventsQueueStateHash, bytes systemLogs, bytes operatorDAInput)'

/** `_commitData` after the version byte 0x01. */
export const commitDataParameters = parseAbiParameters(
  `${STORED_BATCH_INFO_ABI} lastCommitted, ${COMMIT_BATCH_INFO_ABI}[] newBatches` as const,
)
/** `_proofData` after the version byte 0x01. */
export const proofDataParameters = parseAbiParameters(
  `${STORED_BATCH_INFO_ABI} prevBatch, ${STORED_BATCH_INFO_ABI}[] batches, uint256[] proof` as const,
)
/** `_executeData` after the version byte 0x01 (spelled out: viem's type-level parser gives up on it). */
export const executeDataParameters = [
  { name: 'batches', type: 'tuple[]', components: storedBatchInfoComponents() },
  {
    name: 'priorityOps',
    type: 'tuple[]',
    components: [
      { name: 'leftPath', type: 'bytes32[]' },
      { name: 'rightPath', type: 'bytes32[]' },
      { name: 'itemHashes', type: 'bytes32[]' },
    ],
  },
  {
    name: 'dependencyRoots',
    type: 'tuple[][]',
    components: [
      { name: 'chainId', type: 'uint256' },
      { name: 'blockOrBatchNumber', type: 'uint256' },
      { name: 'sides', type: 'bytes32[]' },
    ],
  },
] as const

function storedBatchInfoComponents() {
  return [
    { name: 'batchNumber', type: 'uint64' },
    { name: 'batchHash', type: 'bytes32' },
    { name: 'indexRepeatedStorageChanges', type: 'uint64' },
    { name: 'numberOfLayer1Txs', type: 'uint256' },
    { name: 'priorityOperationsHash', type: 'bytes32' },
    { name: 'dependencyRootsRollingHash', type: 'bytes32' },
    { name: 'l2LogsTreeRoot', type: 'bytes32' },
    { name: 'timestamp', type: 'uint256' },
    { name: 'commitment', type: 'bytes32' },
  ] as const
}
export const storedBatchInfoParameters = parseAbiParameters(STORED_BATCH_INFO_ABI)
export const commitBatchInfoParameters = parseAbiParameters(COMMIT_BATCH_INFO_ABI)

/**
 * Batch 0 as the diamond stores it at construction:
 * StoredBatchInfo{0, 0x0, 0, 0, EMPTY_STRING_KECCAK, 0x0, 0x0, 0, 0x0}.
 */
export const GENESIS_STORED_BATCH: StoredBatchInfo = {
  batchNumber: 0n,
  batchHash: `0x${'00'.repeat(32)}`,
  indexRepeatedStorageChanges: 0n,
  numberOfLayer1Txs: 0n,
  priorityOperationsHash: EMPTY_STRING_KECCAK,
  dependencyRootsRollingHash: `0x${'00'.repeat(32)}`,
  l2LogsTreeRoot: `0x${'00'.repeat(32)}`,
  timestamp: 0n,
  commitment: `0x${'00'.repeat(32)}`,
}
