// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {PubdataPricingMode} from "../../common/Config.sol";
import {ZKChainStorage} from "./ZKChainStorage.sol";

/// @notice Read-only views of a ZK chain (zksync-contracts.md §4.2).
abstract contract Getters is ZKChainStorage {
    function getAdmin() external view returns (address) {
        return _admin;
    }

    function getBridgehub() external view returns (address) {
        return _bridgehub;
    }

    /// @dev No ChainTypeManager on the devnet.
    function getChainTypeManager() external pure returns (address) {
        return address(0);
    }

    function getChainId() external view returns (uint256) {
        return _chainId;
    }

    function getBaseToken() external view returns (address) {
        return _baseToken;
    }

    function getBaseTokenAssetId() external view returns (bytes32) {
        return _baseTokenAssetId;
    }

    function baseTokenGasPriceMultiplierNominator() external view returns (uint128) {
        return _baseTokenGasPriceMultiplierNominator;
    }

    function baseTokenGasPriceMultiplierDenominator() external view returns (uint128) {
        return _baseTokenGasPriceMultiplierDenominator;
    }

    function getTotalBatchesCommitted() external view returns (uint256) {
        return _totalBatchesCommitted;
    }

    function getTotalBatchesVerified() external view returns (uint256) {
        return _totalBatchesVerified;
    }

    function getTotalBatchesExecuted() external view returns (uint256) {
        return _totalBatchesExecuted;
    }

    function getTotalPriorityTxs() external view returns (uint256) {
        return _priorityTxHashes.length;
    }

    function getFirstUnprocessedPriorityTx() external view returns (uint256) {
        return _firstUnprocessedPriorityTx;
    }

    function getPriorityQueueSize() external view returns (uint256) {
        return _priorityTxHashes.length - _firstUnprocessedPriorityTx;
    }

    /// @notice Devnet extra: the canonical hash of priority request `_txId`.
    function priorityTxHash(uint256 _txId) external view returns (bytes32) {
        return _priorityTxHashes[_txId];
    }

    function isValidator(address _address) external view returns (bool) {
        return _validators[_address];
    }

    function l2LogsRootHash(uint256 _batchNumber) external view returns (bytes32) {
        return _l2LogsRootHashes[_batchNumber];
    }

    function storedBatchHash(uint256 _batchNumber) external view returns (bytes32) {
        return _storedBatchHashes[_batchNumber];
    }

    /// @notice Packed `major << 64 | minor << 32 | patch`.
    function getProtocolVersion() external view returns (uint256) {
        return _protocolVersion;
    }

    function getSemverProtocolVersion() external view returns (uint32, uint32, uint32) {
        uint256 packed = _protocolVersion;
        return (uint32(packed >> 64), uint32(packed >> 32), uint32(packed));
    }

    function getPriorityTxMaxGasLimit() external view returns (uint256) {
        return _priorityTxMaxGasLimit;
    }

    function getPubdataPricingMode() external view returns (PubdataPricingMode) {
        return _feeParams.pubdataPricingMode;
    }

    /// @dev Pre-shared-bridge Era withdrawals do not exist on the devnet.
    function isEthWithdrawalFinalized(uint256, uint256) external pure returns (bool) {
        return false;
    }

    function isDiamondStorageFrozen() external pure returns (bool) {
        return false;
    }

    function getTotalBlocksCommitted() external view returns (uint256) {
        return _totalBatchesCommitted;
    }

    function getTotalBlocksVerified() external view returns (uint256) {
        return _totalBatchesVerified;
    }

    function getTotalBlocksExecuted() external view returns (uint256) {
        return _totalBatchesExecuted;
    }

    function storedBlockHash(uint256 _batchNumber) external view returns (bytes32) {
        return _storedBatchHashes[_batchNumber];
    }
}
