// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {FeeParams} from "../../common/Config.sol";
import {Unauthorized} from "../../common/Errors.sol";
import {ReentrancyGuard} from "../../common/Libraries.sol";

/// @notice Parameters of one ZK chain's diamond, fixed at construction.
struct ZKChainInitParams {
    uint256 chainId;
    address bridgehub;
    address admin;
    address validator;
    address baseToken;
    bytes32 baseTokenAssetId;
    FeeParams feeParams;
    uint128 baseTokenGasPriceMultiplierNominator;
    uint128 baseTokenGasPriceMultiplierDenominator;
    uint256 priorityTxMaxGasLimit;
    uint256 protocolVersion;
}

/// @notice State of a ZK chain's diamond, shared by the Mailbox, Getters, Executor and Admin parts.
abstract contract ZKChainStorage is ReentrancyGuard {
    uint256 internal _chainId;
    address internal _bridgehub;
    address internal _admin;
    address internal _baseToken;
    bytes32 internal _baseTokenAssetId;
    FeeParams internal _feeParams;
    uint128 internal _baseTokenGasPriceMultiplierNominator;
    uint128 internal _baseTokenGasPriceMultiplierDenominator;
    uint256 internal _priorityTxMaxGasLimit;
    uint256 internal _protocolVersion;
    mapping(address validator => bool active) internal _validators;

    uint256 internal _totalBatchesCommitted;
    uint256 internal _totalBatchesVerified;
    uint256 internal _totalBatchesExecuted;
    /// @dev keccak256(abi.encode(StoredBatchInfo)) of every committed batch (batch 0 = genesis).
    mapping(uint256 batchNumber => bytes32 batchHash) internal _storedBatchHashes;
    /// @dev Root of the L2 -> L1 logs tree of every executed batch.
    mapping(uint256 batchNumber => bytes32 root) internal _l2LogsRootHashes;

    /// @dev Canonical hashes of all priority requests, by txId. Devnet stand-in for the priority Merkle tree.
    bytes32[] internal _priorityTxHashes;
    uint256 internal _firstUnprocessedPriorityTx;

    modifier onlyBridgehub() {
        if (msg.sender != _bridgehub) revert Unauthorized(msg.sender);
        _;
    }

    modifier onlyValidator() {
        if (!_validators[msg.sender]) revert Unauthorized(msg.sender);
        _;
    }

    modifier onlyAdmin() {
        if (msg.sender != _admin) revert Unauthorized(msg.sender);
        _;
    }
}
