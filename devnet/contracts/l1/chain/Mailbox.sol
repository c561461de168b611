// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {
    BridgehubL2TransactionRequest,
    FeeParams,
    L1_GAS_PER_PUBDATA_BYTE,
    L1_TX_DELTA_544_ENCODING_BYTES,
    L1_TX_DELTA_FACTORY_DEPS_L2_GAS,
    L1_TX_DELTA_FACTORY_DEPS_PUBDATA,
    L1_TX_INTRINSIC_L2_GAS,
    L1_TX_INTRINSIC_PUBDATA,
    L1_TX_MIN_L2_GAS_BASE,
    L2_BOOTLOADER_ADDRESS,
    L2_L1_LOGS_TREE_DEFAULT_LEAF_HASH,
    L2_TO_L1_MESSENGER_ADDR,
    L2CanonicalTransaction,
    L2Log,
    L2Message,
    MAX_NEW_FACTORY_DEPS,
    MEMORY_OVERHEAD_GAS,
    PRIORITY_EXPIRATION,
    PRIORITY_OPERATION_L2_TX_TYPE,
    PubdataPricingMode,
    REQUIRED_L2_GAS_PRICE_PER_PUBDATA,
    SUPPORTED_PROOF_METADATA_VERSION,
    TX_SLOT_OVERHEAD_L2_GAS,
    TxStatus
} from "../../common/Config.sol";
import {
    BaseTokenGasPriceDenominatorNotSet,
    BatchNotExecuted,
    GasPerPubdataMismatch,
    HashedLogIsDefault,
    InvalidProofLengthForFinalNode,
    LocalRootIsZero,
    LocalRootMustBeZero,
    MerklePathEmpty,
    MsgValueTooLow,
    NotSettlementLayer,
    PubdataGreaterThanLimit,
    TooManyFactoryDeps,
    TooMuchGas,
    TxnBodyGasLimitNotEnoughGas,
    UnsupportedProofMetadataVersion,
    ValidateTxnNotEnoughGas
} from "../../common/Errors.sol";
import {AddressAliasHelper, L2ContractHelper, Merkle} from "../../common/Libraries.sol";
import {ZKChainStorage} from "./ZKChainStorage.sol";

/// @notice L1 -> L2 priority requests, their base cost, and inclusion proofs of L2 -> L1 logs
/// (zksync-contracts.md §4.2, §6, §7.4, §10).
abstract contract Mailbox is ZKChainStorage {
    event NewPriorityRequest(
        uint256 txId,
        bytes32 txHash,
        uint64 expirationTimestamp,
        L2CanonicalTransaction transaction,
        bytes[] factoryDeps
    );
    event NewPriorityRequestId(uint256 indexed txId, bytes32 indexed txHash);

    // ---------------------------------------------------------------- requests

    function bridgehubRequestL2Transaction(BridgehubL2TransactionRequest calldata _request)
        external
        nonReentrant
        onlyBridgehub
        returns (bytes32 canonicalTxHash)
    {
        if (_request.l2GasPerPubdataByteLimit != REQUIRED_L2_GAS_PRICE_PER_PUBDATA) revert GasPerPubdataMismatch();
        if (_request.factoryDeps.length > MAX_NEW_FACTORY_DEPS) revert TooManyFactoryDeps();
        uint256 txId = _priorityTxHashes.length;
        uint256 l2GasPrice = _deriveL2GasPrice(tx.gasprice, _request.l2GasPerPubdataByteLimit);
        {
            uint256 required = l2GasPrice * _request.l2GasLimit + _request.l2Value;
            if (_request.mintValue < required) revert MsgValueTooLow(required, _request.mintValue);
        }
        L2CanonicalTransaction memory transaction = _serializeL2Transaction(_request, txId, l2GasPrice);
        bytes memory encoded = abi.encode(transaction);
        _validateL1ToL2Transaction(transaction, encoded);
        canonicalTxHash = keccak256(encoded);
        _priorityTxHashes.push(canonicalTxHash);
        uint64 expirationTimestamp = uint64(block.timestamp + PRIORITY_EXPIRATION);
        emit NewPriorityRequest(txId, canonicalTxHash, expirationTimestamp, transaction, _request.factoryDeps);
        emit NewPriorityRequestId(txId, canonicalTxHash);
    }

    function _serializeL2Transaction(BridgehubL2TransactionRequest calldata _request, uint256 _txId, uint256 _l2GasPrice)
        internal
        view
        returns (L2CanonicalTransaction memory transaction)
    {
        address refundRecipient = AddressAliasHelper.actualRefundRecipient(_request.refundRecipient, _request.sender);
        address sender = _request.sender;
        // solhint-disable-next-line avoid-tx-origin
        if (sender != tx.origin) sender = AddressAliasHelper.applyL1ToL2Alias(sender);
        transaction.txType = PRIORITY_OPERATION_L2_TX_TYPE;
        transaction.from = uint256(uint160(sender));
        transaction.to = uint256(uint160(_request.contractL2));
        transaction.gasLimit = _request.l2GasLimit;
        transaction.gasPerPubdataByteLimit = _request.l2GasPerPubdataByteLimit;
        transaction.maxFeePerGas = _l2GasPrice;
        transaction.nonce = _txId;
        transaction.value = _request.l2Value;
        transaction.reserved[0] = _request.mintValue;
        transaction.reserved[1] = uint256(uint160(refundRecipient));
        transaction.data = _request.l2Calldata;
        uint256 depsCount = _request.factoryDeps.length;
        transaction.factoryDeps = new uint256[](depsCount);
        for (uint256 i; i < depsCount; ++i) {
            transaction.factoryDeps[i] = uint256(L2ContractHelper.hashL2Bytecode(_request.factoryDeps[i]));
        }
    }

    /// @dev TransactionValidator.validateL1ToL2Transaction (zksync-contracts.md §10.3).
    function _validateL1ToL2Transaction(L2CanonicalTransaction memory _transaction, bytes memory _encoded)
        internal
        view
    {
        uint256 encodingLength = _encoded.length;
        uint256 overhead = TX_SLOT_OVERHEAD_L2_GAS;
        if (MEMORY_OVERHEAD_GAS * encodingLength > overhead) overhead = MEMORY_OVERHEAD_GAS * encodingLength;
        if (_transaction.gasLimit < overhead) revert TxnBodyGasLimitNotEnoughGas();
        uint256 bodyGas = _transaction.gasLimit - overhead;
        if (bodyGas > _priorityTxMaxGasLimit) revert TooMuchGas();
        uint256 pubdata = bodyGas / _transaction.gasPerPubdataByteLimit;
        if (pubdata > _feeParams.priorityTxMaxPubdata) {
            revert PubdataGreaterThanLimit(_feeParams.priorityTxMaxPubdata, pubdata);
        }
        uint256 deps = _transaction.factoryDeps.length;
        uint256 computation = L1_TX_INTRINSIC_L2_GAS
            + (encodingLength * L1_TX_DELTA_544_ENCODING_BYTES + 543) / 544 + deps * L1_TX_DELTA_FACTORY_DEPS_L2_GAS;
        if (computation < L1_TX_MIN_L2_GAS_BASE) computation = L1_TX_MIN_L2_GAS_BASE;
        uint256 pubdataCost = (L1_TX_INTRINSIC_PUBDATA + deps * L1_TX_DELTA_FACTORY_DEPS_PUBDATA)
            * _transaction.gasPerPubdataByteLimit;
        if (computation + pubdataCost > bodyGas) revert ValidateTxnNotEnoughGas();
    }

    // ---------------------------------------------------------------- fees

    function l2TransactionBaseCost(uint256 _gasPrice, uint256 _l2GasLimit, uint256 _l2GasPerPubdataByteLimit)
        external
        view
        returns (uint256)
    {
        return _deriveL2GasPrice(_gasPrice, _l2GasPerPubdataByteLimit) * _l2GasLimit;
    }

    /// @dev zksync-contracts.md §10.1.
    function _deriveL2GasPrice(uint256 _l1GasPrice, uint256 _gasPerPubdata) internal view returns (uint256) {
        FeeParams memory feeParams = _feeParams;
        if (_baseTokenGasPriceMultiplierDenominator == 0) revert BaseTokenGasPriceDenominatorNotSet();
        uint256 converted =
            _l1GasPrice * _baseTokenGasPriceMultiplierNominator / _baseTokenGasPriceMultiplierDenominator;
        uint256 pubdataPrice;
        if (feeParams.pubdataPricingMode == PubdataPricingMode.Rollup) pubdataPrice = L1_GAS_PER_PUBDATA_BYTE * converted;
        uint256 batchOverhead = uint256(feeParams.batchOverheadL1Gas) * converted;
        uint256 fullPubdataPrice = pubdataPrice + batchOverhead / uint256(feeParams.maxPubdataPerBatch);
        uint256 l2GasPrice = uint256(feeParams.minimalL2GasPrice) + batchOverhead / uint256(feeParams.maxL2GasPerBatch);
        uint256 minL2GasPrice = (fullPubdataPrice + _gasPerPubdata - 1) / _gasPerPubdata;
        return l2GasPrice > minL2GasPrice ? l2GasPrice : minL2GasPrice;
    }

    // ---------------------------------------------------------------- proofs

    function proveL2MessageInclusion(
        uint256 _batchNumber,
        uint256 _index,
        L2Message calldata _message,
        bytes32[] calldata _proof
    ) external view returns (bool) {
        L2Log memory log = L2Log({
            l2ShardId: 0,
            isService: true,
            txNumberInBatch: _message.txNumberInBatch,
            sender: L2_TO_L1_MESSENGER_ADDR,
            key: bytes32(uint256(uint160(_message.sender))),
            value: keccak256(_message.data)
        });
        return _proveL2LogInclusion(_batchNumber, _index, log, _proof);
    }

    function proveL2LogInclusion(uint256 _batchNumber, uint256 _index, L2Log calldata _log, bytes32[] calldata _proof)
        external
        view
        returns (bool)
    {
        return _proveL2LogInclusion(_batchNumber, _index, _log, _proof);
    }

    function proveL1ToL2TransactionStatus(
        bytes32 _l2TxHash,
        uint256 _l2BatchNumber,
        uint256 _l2MessageIndex,
        uint16 _l2TxNumberInBatch,
        bytes32[] calldata _merkleProof,
        TxStatus _status
    ) external view returns (bool) {
        L2Log memory log = L2Log({
            l2ShardId: 0,
            isService: true,
            txNumberInBatch: _l2TxNumberInBatch,
            sender: L2_BOOTLOADER_ADDRESS,
            key: _l2TxHash,
            value: bytes32(uint256(_status))
        });
        return _proveL2LogInclusion(_l2BatchNumber, _l2MessageIndex, log, _merkleProof);
    }

    function proveL2LeafInclusion(uint256 _batchNumber, uint256 _leafProofMask, bytes32 _leaf, bytes32[] calldata _proof)
        external
        view
        returns (bool)
    {
        return _proveL2LeafInclusion(_batchNumber, _leafProofMask, _leaf, _proof);
    }

    function _proveL2LogInclusion(uint256 _batchNumber, uint256 _index, L2Log memory _log, bytes32[] calldata _proof)
        internal
        view
        returns (bool)
    {
        bytes32 leaf = keccak256(
            abi.encodePacked(_log.l2ShardId, _log.isService, _log.txNumberInBatch, _log.sender, _log.key, _log.value)
        );
        return _proveL2LeafInclusion(_batchNumber, _index, leaf, _proof);
    }

    /// @dev Accepts the legacy proof (a bare Merkle path) and the metadata format (zksync-contracts.md §7.3–§7.4).
    /// Only final nodes (chains settling on L1) are supported: gateway proofs revert `NotSettlementLayer`.
    function _proveL2LeafInclusion(uint256 _batchNumber, uint256 _mask, bytes32 _leaf, bytes32[] calldata _proof)
        internal
        view
        returns (bool)
    {
        if (_proof.length == 0) revert MerklePathEmpty();
        if (_leaf == L2_L1_LOGS_TREE_DEFAULT_LEAF_HASH) revert HashedLogIsDefault();
        bytes32 metadata = _proof[0];
        uint256 start;
        uint256 logLeafProofLen;
        bool finalProofNode;
        if (uint256(metadata) << 32 == 0) {
            uint256 version = uint8(metadata[0]);
            if (version != SUPPORTED_PROOF_METADATA_VERSION) revert UnsupportedProofMetadataVersion(version);
            start = 1;
            logLeafProofLen = uint8(metadata[1]);
            finalProofNode = uint8(metadata[3]) != 0;
            if (finalProofNode && uint8(metadata[2]) != 0) revert InvalidProofLengthForFinalNode();
        } else {
            logLeafProofLen = _proof.length;
            finalProofNode = true;
        }
        bytes32[] memory path = _proof[start:start + logLeafProofLen];
        bytes32 root = Merkle.calculateRoot(path, _mask, _leaf);
        if (finalProofNode) {
            if (_batchNumber > _totalBatchesExecuted) revert BatchNotExecuted(_batchNumber);
            bytes32 correctRoot = _l2LogsRootHashes[_batchNumber];
            if (correctRoot == bytes32(0)) revert LocalRootIsZero();
            return correctRoot == root;
        }
        if (_l2LogsRootHashes[_batchNumber] != bytes32(0)) revert LocalRootMustBeZero();
        revert NotSettlementLayer();
    }
}
