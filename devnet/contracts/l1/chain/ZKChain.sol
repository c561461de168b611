// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EMPTY_STRING_KECCAK, FeeParams, StoredBatchInfo} from "../../common/Config.sol";
import {ZeroAddress} from "../../common/Errors.sol";
import {Executor} from "./Executor.sol";
import {Getters} from "./Getters.sol";
import {Mailbox} from "./Mailbox.sol";
import {ZKChainInitParams} from "./ZKChainStorage.sol";

/// @notice One ZK chain's "diamond" on L1 (zks_getMainContract): Mailbox + Getters + Executor + a small Admin
/// part in a single contract (it fits under EIP-170, so no facet routing is needed).
contract ZKChain is Mailbox, Getters, Executor {
    event ValidatorStatusUpdate(address indexed validatorAddress, bool isActive);
    event NewBaseTokenMultiplier(
        uint128 oldNominator, uint128 oldDenominator, uint128 newNominator, uint128 newDenominator
    );
    event NewFeeParams(FeeParams oldFeeParams, FeeParams newFeeParams);

    /// @dev Stores genesis batch 0 as
    /// StoredBatchInfo{0, 0x0, 0, 0, EMPTY_STRING_KECCAK, 0x0, 0x0, 0, 0x0} (batch 0 counts as executed).
    constructor(ZKChainInitParams memory _params) {
        if (_params.bridgehub == address(0) || _params.admin == address(0)) revert ZeroAddress();
        _chainId = _params.chainId;
        _bridgehub = _params.bridgehub;
        _admin = _params.admin;
        _baseToken = _params.baseToken;
        _baseTokenAssetId = _params.baseTokenAssetId;
        _feeParams = _params.feeParams;
        _baseTokenGasPriceMultiplierNominator = _params.baseTokenGasPriceMultiplierNominator;
        _baseTokenGasPriceMultiplierDenominator = _params.baseTokenGasPriceMultiplierDenominator;
        _priorityTxMaxGasLimit = _params.priorityTxMaxGasLimit;
        _protocolVersion = _params.protocolVersion;
        if (_params.validator != address(0)) {
            _validators[_params.validator] = true;
            emit ValidatorStatusUpdate(_params.validator, true);
        }
        StoredBatchInfo memory genesis = StoredBatchInfo({
            batchNumber: 0,
            batchHash: bytes32(0),
            indexRepeatedStorageChanges: 0,
            numberOfLayer1Txs: 0,
            priorityOperationsHash: EMPTY_STRING_KECCAK,
            dependencyRootsRollingHash: bytes32(0),
            l2LogsTreeRoot: bytes32(0),
            timestamp: 0,
            commitment: bytes32(0)
        });
        _storedBatchHashes[0] = keccak256(abi.encode(genesis));
    }

    // ---------------------------------------------------------------- Admin (subset)

    function setValidator(address _validator, bool _active) external onlyAdmin {
        _validators[_validator] = _active;
        emit ValidatorStatusUpdate(_validator, _active);
    }

    function setTokenMultiplier(uint128 _nominator, uint128 _denominator) external onlyAdmin {
        emit NewBaseTokenMultiplier(
            _baseTokenGasPriceMultiplierNominator, _baseTokenGasPriceMultiplierDenominator, _nominator, _denominator
        );
        _baseTokenGasPriceMultiplierNominator = _nominator;
        _baseTokenGasPriceMultiplierDenominator = _denominator;
    }

    function changeFeeParams(FeeParams calldata _newFeeParams) external onlyAdmin {
        emit NewFeeParams(_feeParams, _newFeeParams);
        _feeParams = _newFeeParams;
    }
}
