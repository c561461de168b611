// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

// Custom errors. Names and parameters match the zkSync contracts (era-contracts L1ContractErrors.sol)
// for everything a user or an SDK can hit, so that clients decode the same revert reasons.

enum BytecodeError {
    Version,
    NumberOfWords,
    Length,
    WordsMustBeOdd
}

// ---- generic ----
error Unauthorized(address caller);
error ZeroAddress();
error AlreadyInitialized();
error Reentrancy();
error AddressAlreadySet(address addr);
error SafeERC20FailedOperation(address token);

// ---- Bridgehub ----
error MsgValueMismatch(uint256 expectedMsgValue, uint256 providedMsgValue);
error SecondBridgeAddressTooLow(address secondBridgeAddress, address minSecondBridgeAddress);
error WrongMagicValue(uint256 expectedMagicValue, uint256 providedMagicValue);
error ChainIdNotRegistered(uint256 chainId);
error ChainIdAlreadyExists();
error ChainIdMismatch();
error ZeroChainId();
error IncorrectBridgeHubAddress(address bridgehub);
error AssetHandlerNotRegistered(bytes32 assetId);
error SharedBridgeNotSet();

// ---- Mailbox / TransactionValidator ----
error GasPerPubdataMismatch();
error TooManyFactoryDeps();
error MsgValueTooLow(uint256 required, uint256 provided);
error BaseTokenGasPriceDenominatorNotSet();
error TxnBodyGasLimitNotEnoughGas();
error TooMuchGas();
error PubdataGreaterThanLimit(uint256 limit, uint256 length);
error ValidateTxnNotEnoughGas();
error MalformedBytecode(BytecodeError);

// ---- proofs ----
error BatchNotExecuted(uint256 batchNumber);
error LocalRootIsZero();
error LocalRootMustBeZero();
error NotSettlementLayer();
error MerklePathEmpty();
error MerkleIndexOutOfBounds();
error MerklePathOutOfBounds();
error HashedLogIsDefault();
error UnsupportedProofMetadataVersion(uint256 metadataVersion);
error InvalidProofLengthForFinalNode();

// ---- Executor ----
error EmptyData();
error UnsupportedCommitBatchEncoding(uint8 version);
error UnsupportedProofBatchEncoding(uint8 version);
error UnsupportedExecuteBatchEncoding(uint8 version);
error IncorrectBatchBounds(
    uint256 processFromExpected,
    uint256 processToExpected,
    uint256 processFromProvided,
    uint256 processToProvided
);
error BatchNumberMismatch(uint256 expectedBatchNumber, uint256 providedBatchNumber);
error BatchHashMismatch(bytes32 expected, bytes32 actual);
error InvalidSystemLogsLength();
error MissingSystemLogs(uint256 expected, uint256 actual);
error LogAlreadyProcessed(uint8 key);
error InvalidLogSender(address sender, uint256 logKey);
error VerifiedBatchesExceedsCommittedBatches();
error NonSequentialBatch();
error CantExecuteUnprovenBatches();
error MismatchNumberOfLayer1Txs(uint256 numberOfLayer1Txs, uint256 expectedLength);
error PriorityOperationsRollingHashMismatch();
error InvalidBatchesDataLength(uint256 batchesDataLength, uint256 priorityOpsDataLength);
error DependencyRootsRollingHashMismatch(bytes32 expected, bytes32 actual);
/// @dev Devnet stand-in for the priority Merkle tree check: the executed item is not the next stored request.
error PriorityOperationMismatch(uint256 priorityTxId, bytes32 expected, bytes32 provided);
error QueueIsEmpty();
error RevertedBatchNotAfterNewLastBatch();
error CantRevertExecutedBatch();

// ---- L1Nullifier ----
error WithdrawalAlreadyFinalized();
error InvalidProof();
error DepositDoesNotExist();
error DepositExists();
error WrongL2Sender(address providedL2Sender);
error InvalidSelector(bytes4 func);
error L2WithdrawalMessageWrongLength(uint256 messageLen);
error WrongMsgLength(uint256 expected, uint256 length);
error TokenNotLegacy();
error LegacyBridgeNotSet();
error LegacyMethodForNonL1Token();

// ---- asset routers ----
error AssetIdNotSupported(bytes32 assetId);
error AssetHandlerDoesNotExist(bytes32 assetId);
error UnsupportedEncodingVersion();
error NonEmptyMsgValue();
error LegacyEncodingUsedForNonL1Token();
error TokensWithFeesNotSupported();
error InvalidCaller(address caller);
error AmountMustBeGreaterThanZero();
error IncorrectTokenAddressFromNTV(bytes32 assetId, address tokenAddress);

// ---- native token vaults ----
error EmptyToken();
error AssetIdAlreadyRegistered();
error AssetIdMismatch(bytes32 expected, bytes32 supplied);
error InvalidNTVBurnData();
error ValueMismatch(uint256 expected, uint256 actual);
error EmptyDeposit();
error InsufficientChainBalance();
error WithdrawFailed();
error ClaimFailedDepositFailed();
error NoFundsTransferred();
error OriginChainIdNotFound();
error AddressMismatch(address expected, address supplied);
error DeployingBridgedTokenForNativeToken();

// ---- ERC-20 (OpenZeppelin v5 draft-IERC6093 names) ----
error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed);
error ERC20InvalidSender(address sender);
error ERC20InvalidReceiver(address receiver);
error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed);
error ERC20InvalidApprover(address approver);
error ERC20InvalidSpender(address spender);
