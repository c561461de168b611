// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {
    CommitBatchInfo,
    EMPTY_STRING_KECCAK,
    InteropRoot,
    L2_LOG_ADDRESS_OFFSET,
    L2_LOG_KEY_OFFSET,
    L2_LOG_VALUE_OFFSET,
    L2_TO_L1_LOG_SERIALIZE_SIZE,
    L2_TO_L1_LOGS_TREE_ROOT_KEY,
    L2_TO_L1_MESSENGER_ADDR,
    PriorityOpsBatchInfo,
    StoredBatchInfo,
    SUPPORTED_BATCH_ENCODING_VERSION
} from "../../common/Config.sol";
import {
    BatchHashMismatch,
    BatchNumberMismatch,
    CantExecuteUnprovenBatches,
    CantRevertExecutedBatch,
    DependencyRootsRollingHashMismatch,
    EmptyData,
    IncorrectBatchBounds,
    InvalidBatchesDataLength,
    InvalidLogSender,
    InvalidSystemLogsLength,
    LogAlreadyProcessed,
    MismatchNumberOfLayer1Txs,
    MissingSystemLogs,
    NonSequentialBatch,
    PriorityOperationMismatch,
    PriorityOperationsRollingHashMismatch,
    QueueIsEmpty,
    RevertedBatchNotAfterNewLastBatch,
    UnsupportedCommitBatchEncoding,
    UnsupportedExecuteBatchEncoding,
    UnsupportedProofBatchEncoding,
    VerifiedBatchesExceedsCommittedBatches
} from "../../common/Errors.sol";
import {ZKChainStorage} from "./ZKChainStorage.sol";

/// @notice Devnet executor: the real v29 entry points and payload encodings (version byte 0x01), checking the
/// batch chain, the L2 -> L1 logs root and the priority operations, but no ZK proof (zksync-contracts.md §12).
///
/// Devnet definitions (the real contract derives these from state diffs, blobs and a verifier):
///  - StoredBatchInfo.batchHash  = CommitBatchInfo.newStateRoot
///  - StoredBatchInfo.commitment = keccak256(abi.encode(CommitBatchInfo))
///  - StoredBatchInfo.l2LogsTreeRoot = value of the system log with key 0 (sender 0x…8008)
///  - StoredBatchInfo.dependencyRootsRollingHash = 0 (no interop)
///  - priority operations: the executed item hashes must be the next unprocessed canonical hashes the Mailbox
///    stored, in order (stand-in for the priority Merkle tree; leftPath/rightPath are ignored).
abstract contract Executor is ZKChainStorage {
    event BlockCommit(uint256 indexed batchNumber, bytes32 indexed batchHash, bytes32 indexed commitment);
    event BlocksVerification(uint256 indexed previousLastVerifiedBatch, uint256 indexed currentLastVerifiedBatch);
    event BlockExecution(uint256 indexed batchNumber, bytes32 indexed batchHash, bytes32 indexed commitment);
    event BlocksRevert(uint256 totalBatchesCommitted, uint256 totalBatchesVerified, uint256 totalBatchesExecuted);

    // ---------------------------------------------------------------- commit

    /// @param _commitData 0x01 ‖ abi.encode(StoredBatchInfo lastCommitted, CommitBatchInfo[] newBatches)
    function commitBatchesSharedBridge(
        address, // _chainAddress
        uint256 _processFrom,
        uint256 _processTo,
        bytes calldata _commitData
    ) external nonReentrant onlyValidator {
        if (_commitData.length == 0) revert EmptyData();
        uint8 version = uint8(_commitData[0]);
        if (version != SUPPORTED_BATCH_ENCODING_VERSION) revert UnsupportedCommitBatchEncoding(version);
        (StoredBatchInfo memory lastCommitted, CommitBatchInfo[] memory newBatches) =
            abi.decode(_commitData[1:], (StoredBatchInfo, CommitBatchInfo[]));
        uint256 count = newBatches.length;
        if (count == 0) revert EmptyData();
        _checkBounds(_processFrom, _processTo, newBatches[0].batchNumber, newBatches[count - 1].batchNumber);

        bytes32 expected = _storedBatchHashes[_totalBatchesCommitted];
        bytes32 provided = keccak256(abi.encode(lastCommitted));
        if (provided != expected) revert BatchHashMismatch(expected, provided);
        for (uint256 i; i < count; ++i) {
            lastCommitted = _commitOneBatch(lastCommitted, newBatches[i]);
        }
        _totalBatchesCommitted += count;
    }

    function _commitOneBatch(StoredBatchInfo memory _previous, CommitBatchInfo memory _newBatch)
        internal
        returns (StoredBatchInfo memory stored)
    {
        if (_newBatch.batchNumber != _previous.batchNumber + 1) {
            revert BatchNumberMismatch(_previous.batchNumber + 1, _newBatch.batchNumber);
        }
        bytes32 commitment = keccak256(abi.encode(_newBatch));
        stored = StoredBatchInfo({
            batchNumber: _newBatch.batchNumber,
            batchHash: _newBatch.newStateRoot,
            indexRepeatedStorageChanges: _newBatch.indexRepeatedStorageChanges,
            numberOfLayer1Txs: _newBatch.numberOfLayer1Txs,
            priorityOperationsHash: _newBatch.priorityOperationsHash,
            dependencyRootsRollingHash: bytes32(0),
            l2LogsTreeRoot: _l2LogsTreeRootFromSystemLogs(_newBatch.systemLogs),
            timestamp: _newBatch.timestamp,
            commitment: commitment
        });
        _storedBatchHashes[_newBatch.batchNumber] = keccak256(abi.encode(stored));
        emit BlockCommit(_newBatch.batchNumber, _newBatch.newStateRoot, commitment);
    }

    /// @dev Finds the L2_TO_L1_LOGS_TREE_ROOT_KEY log among the concatenated 88-byte system logs; other keys are
    /// accepted and ignored.
    function _l2LogsTreeRootFromSystemLogs(bytes memory _logs) internal pure returns (bytes32 root) {
        uint256 length = _logs.length;
        if (length % L2_TO_L1_LOG_SERIALIZE_SIZE != 0) revert InvalidSystemLogsLength();
        bool found;
        for (uint256 i; i < length; i += L2_TO_L1_LOG_SERIALIZE_SIZE) {
            address sender;
            uint256 key;
            bytes32 value;
            assembly {
                let ptr := add(add(_logs, 32), i)
                sender := shr(96, mload(add(ptr, L2_LOG_ADDRESS_OFFSET)))
                key := mload(add(ptr, L2_LOG_KEY_OFFSET))
                value := mload(add(ptr, L2_LOG_VALUE_OFFSET))
            }
            if (key != L2_TO_L1_LOGS_TREE_ROOT_KEY) continue;
            if (found) revert LogAlreadyProcessed(uint8(L2_TO_L1_LOGS_TREE_ROOT_KEY));
            if (sender != L2_TO_L1_MESSENGER_ADDR) revert InvalidLogSender(sender, key);
            found = true;
            root = value;
        }
        if (!found) revert MissingSystemLogs(1 << L2_TO_L1_LOGS_TREE_ROOT_KEY, 0);
    }

    // ---------------------------------------------------------------- prove

    /// @param _proofData 0x01 ‖ abi.encode(StoredBatchInfo prev, StoredBatchInfo[] batches, uint256[] proof)
    /// (the proof is not checked)
    function proveBatchesSharedBridge(
        address, // _chainAddress
        uint256 _processFrom,
        uint256 _processTo,
        bytes calldata _proofData
    ) external nonReentrant onlyValidator {
        if (_proofData.length == 0) revert EmptyData();
        uint8 version = uint8(_proofData[0]);
        if (version != SUPPORTED_BATCH_ENCODING_VERSION) revert UnsupportedProofBatchEncoding(version);
        (StoredBatchInfo memory prev, StoredBatchInfo[] memory batches,) =
            abi.decode(_proofData[1:], (StoredBatchInfo, StoredBatchInfo[], uint256[]));
        uint256 count = batches.length;
        if (count == 0) revert EmptyData();
        _checkBounds(_processFrom, _processTo, batches[0].batchNumber, batches[count - 1].batchNumber);

        uint256 verified = _totalBatchesVerified;
        bytes32 expected = _storedBatchHashes[verified];
        bytes32 provided = keccak256(abi.encode(prev));
        if (provided != expected) revert BatchHashMismatch(expected, provided);
        for (uint256 i; i < count; ++i) {
            ++verified;
            expected = _storedBatchHashes[verified];
            provided = keccak256(abi.encode(batches[i]));
            if (provided != expected) revert BatchHashMismatch(expected, provided);
        }
        if (verified > _totalBatchesCommitted) revert VerifiedBatchesExceedsCommittedBatches();
        emit BlocksVerification(_totalBatchesVerified, verified);
        _totalBatchesVerified = verified;
    }

    // ---------------------------------------------------------------- execute

    /// @param _executeData 0x01 ‖ abi.encode(StoredBatchInfo[] batches, PriorityOpsBatchInfo[] priorityOps,
    /// InteropRoot[][] dependencyRoots)
    function executeBatchesSharedBridge(
        address, // _chainAddress
        uint256 _processFrom,
        uint256 _processTo,
        bytes calldata _executeData
    ) external nonReentrant onlyValidator {
        if (_executeData.length == 0) revert EmptyData();
        uint8 version = uint8(_executeData[0]);
        if (version != SUPPORTED_BATCH_ENCODING_VERSION) revert UnsupportedExecuteBatchEncoding(version);
        (StoredBatchInfo[] memory batches, PriorityOpsBatchInfo[] memory priorityOps, InteropRoot[][] memory deps) =
            abi.decode(_executeData[1:], (StoredBatchInfo[], PriorityOpsBatchInfo[], InteropRoot[][]));
        uint256 count = batches.length;
        if (count == 0) revert EmptyData();
        _checkBounds(_processFrom, _processTo, batches[0].batchNumber, batches[count - 1].batchNumber);
        if (priorityOps.length != count) revert InvalidBatchesDataLength(count, priorityOps.length);

        for (uint256 i; i < count; ++i) {
            InteropRoot[] memory batchDeps = i < deps.length ? deps[i] : new InteropRoot[](0);
            _executeOneBatch(batches[i], priorityOps[i], batchDeps, i);
            emit BlockExecution(batches[i].batchNumber, batches[i].batchHash, batches[i].commitment);
        }
        uint256 newTotal = _totalBatchesExecuted + count;
        _totalBatchesExecuted = newTotal;
        if (newTotal > _totalBatchesVerified) revert CantExecuteUnprovenBatches();
    }

    function _executeOneBatch(
        StoredBatchInfo memory _batch,
        PriorityOpsBatchInfo memory _priorityOps,
        InteropRoot[] memory _deps,
        uint256 _index
    ) internal {
        bytes32[] memory items = _priorityOps.itemHashes;
        if (items.length != _batch.numberOfLayer1Txs) {
            revert MismatchNumberOfLayer1Txs(_batch.numberOfLayer1Txs, items.length);
        }
        if (_batch.batchNumber != _totalBatchesExecuted + _index + 1) revert NonSequentialBatch();
        bytes32 stored = _storedBatchHashes[_batch.batchNumber];
        bytes32 provided = keccak256(abi.encode(_batch));
        if (provided != stored) revert BatchHashMismatch(stored, provided);

        bytes32 rolling = EMPTY_STRING_KECCAK;
        for (uint256 i; i < items.length; ++i) {
            rolling = keccak256(abi.encode(rolling, items[i]));
        }
        if (rolling != _batch.priorityOperationsHash) revert PriorityOperationsRollingHashMismatch();
        bytes32 depsHash = _dependencyRootsRollingHash(_deps);
        if (depsHash != _batch.dependencyRootsRollingHash) {
            revert DependencyRootsRollingHashMismatch(_batch.dependencyRootsRollingHash, depsHash);
        }

        uint256 next = _firstUnprocessedPriorityTx;
        for (uint256 i; i < items.length; ++i) {
            if (next >= _priorityTxHashes.length) revert QueueIsEmpty();
            bytes32 expected = _priorityTxHashes[next];
            if (items[i] != expected) revert PriorityOperationMismatch(next, expected, items[i]);
            ++next;
        }
        _firstUnprocessedPriorityTx = next;
        _l2LogsRootHashes[_batch.batchNumber] = _batch.l2LogsTreeRoot;
    }

    /// @dev The devnet has no interop: any dependency root makes the hash differ from the committed zero.
    function _dependencyRootsRollingHash(InteropRoot[] memory _deps) internal pure returns (bytes32 rolling) {
        for (uint256 i; i < _deps.length; ++i) {
            rolling = keccak256(
                abi.encodePacked(rolling, _deps[i].chainId, _deps[i].blockOrBatchNumber, _deps[i].sides)
            );
        }
    }

    // ---------------------------------------------------------------- revert

    function revertBatchesSharedBridge(address, uint256 _newLastBatch) external nonReentrant onlyValidator {
        if (_totalBatchesCommitted < _newLastBatch) revert RevertedBatchNotAfterNewLastBatch();
        if (_newLastBatch < _totalBatchesExecuted) revert CantRevertExecutedBatch();
        if (_newLastBatch < _totalBatchesVerified) _totalBatchesVerified = _newLastBatch;
        _totalBatchesCommitted = _newLastBatch;
        emit BlocksRevert(_totalBatchesCommitted, _totalBatchesVerified, _totalBatchesExecuted);
    }

    function _checkBounds(uint256 _processFrom, uint256 _processTo, uint256 _first, uint256 _last) internal pure {
        if (_processFrom != _first || _processTo != _last) {
            revert IncorrectBatchBounds(_processFrom, _processTo, _first, _last);
        }
    }
}
