// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {
    BRIDGEHUB_MIN_SECOND_BRIDGE_ADDRESS,
    BridgehubL2TransactionRequest,
    ETH_TOKEN_ADDRESS,
    L2Log,
    L2Message,
    L2TransactionRequestDirect,
    L2TransactionRequestTwoBridgesInner,
    L2TransactionRequestTwoBridgesOuter,
    TWO_BRIDGES_MAGIC_VALUE,
    TxStatus
} from "../common/Config.sol";
import {
    AssetHandlerNotRegistered,
    ChainIdAlreadyExists,
    ChainIdMismatch,
    ChainIdNotRegistered,
    IncorrectBridgeHubAddress,
    MsgValueMismatch,
    SecondBridgeAddressTooLow,
    SharedBridgeNotSet,
    WrongMagicValue,
    ZeroAddress,
    ZeroChainId
} from "../common/Errors.sol";
import {IL1AssetRouter, INativeTokenVault, IZKChain} from "../common/Interfaces.sol";
import {AddressAliasHelper, DataEncoding, Ownable, ReentrancyGuard} from "../common/Libraries.sol";

/// @notice Entry point of every L1 -> L2 request and registry of the ZK chains (zksync-contracts.md §4.1).
contract Bridgehub is Ownable, ReentrancyGuard {
    /// @notice The L1 asset router (a.k.a. shared bridge).
    address public assetRouter;
    mapping(uint256 chainId => bytes32 assetId) public baseTokenAssetId;
    mapping(uint256 chainId => address zkChain) internal _zkChains;
    uint256[] internal _chainIds;

    event NewChain(uint256 indexed chainId, address chainTypeManager, address indexed chainGovernance);
    event AssetRouterSet(address assetRouter);

    constructor(address _owner) {
        _transferOwnership(_owner);
    }

    /// @notice Devnet wiring (the real contract sets more addresses here).
    function setAddresses(address _assetRouter) external onlyOwner {
        if (_assetRouter == address(0)) revert ZeroAddress();
        assetRouter = _assetRouter;
        emit AssetRouterSet(_assetRouter);
    }

    /// @notice Registers a chain whose diamond is already deployed (owner only).
    function registerAlreadyDeployedZKChain(uint256 _chainId, address _zkChain) external onlyOwner {
        if (_zkChain == address(0)) revert ZeroAddress();
        if (_chainId == 0) revert ZeroChainId();
        if (_zkChains[_chainId] != address(0)) revert ChainIdAlreadyExists();
        if (assetRouter == address(0)) revert SharedBridgeNotSet();
        if (IZKChain(_zkChain).getChainId() != _chainId) revert ChainIdMismatch();
        address chainBridgehub = IZKChain(_zkChain).getBridgehub();
        if (chainBridgehub != address(this)) revert IncorrectBridgeHubAddress(chainBridgehub);
        bytes32 assetId = IZKChain(_zkChain).getBaseTokenAssetId();
        if (IL1AssetRouter(assetRouter).assetHandlerAddress(assetId) == address(0)) {
            revert AssetHandlerNotRegistered(assetId);
        }
        baseTokenAssetId[_chainId] = assetId;
        _zkChains[_chainId] = _zkChain;
        _chainIds.push(_chainId);
        emit NewChain(_chainId, address(0), IZKChain(_zkChain).getAdmin());
    }

    // ---------------------------------------------------------------- views

    function L1_CHAIN_ID() external view returns (uint256) {
        return block.chainid;
    }

    function ETH_TOKEN_ASSET_ID() public view returns (bytes32) {
        return DataEncoding.encodeNTVAssetId(block.chainid, ETH_TOKEN_ADDRESS);
    }

    /// @notice L1 address of the chain's base token (0x…01 for ETH).
    function baseToken(uint256 _chainId) public view returns (address) {
        bytes32 assetId = baseTokenAssetId[_chainId];
        address handler = IL1AssetRouter(assetRouter).assetHandlerAddress(assetId);
        if (handler == address(0)) revert AssetHandlerNotRegistered(assetId);
        return INativeTokenVault(handler).tokenAddress(assetId);
    }

    function getZKChain(uint256 _chainId) public view returns (address) {
        return _zkChains[_chainId];
    }

    function getHyperchain(uint256 _chainId) external view returns (address) {
        return _zkChains[_chainId];
    }

    function getAllZKChainChainIDs() external view returns (uint256[] memory) {
        return _chainIds;
    }

    function getAllZKChains() external view returns (address[] memory chains) {
        chains = new address[](_chainIds.length);
        for (uint256 i; i < chains.length; ++i) {
            chains[i] = _zkChains[_chainIds[i]];
        }
    }

    function sharedBridge() external view returns (address) {
        return assetRouter;
    }

    /// @dev No ChainTypeManager on the devnet.
    function chainTypeManager(uint256) external pure returns (address) {
        return address(0);
    }

    function settlementLayer(uint256 _chainId) external view returns (uint256) {
        return _zkChains[_chainId] == address(0) ? 0 : block.chainid;
    }

    function whitelistedSettlementLayers(uint256) external pure returns (bool) {
        return false;
    }

    // ---------------------------------------------------------------- requests

    function requestL2TransactionDirect(L2TransactionRequestDirect calldata _request)
        external
        payable
        nonReentrant
        returns (bytes32 canonicalTxHash)
    {
        address zkChain = _chain(_request.chainId);
        bytes32 tokenAssetId = baseTokenAssetId[_request.chainId];
        if (tokenAssetId == ETH_TOKEN_ASSET_ID()) {
            if (msg.value != _request.mintValue) revert MsgValueMismatch(_request.mintValue, msg.value);
        } else if (msg.value != 0) {
            revert MsgValueMismatch(0, msg.value);
        }
        IL1AssetRouter(assetRouter).bridgehubDepositBaseToken{value: msg.value}(
            _request.chainId, tokenAssetId, msg.sender, _request.mintValue
        );
        canonicalTxHash = _sendRequest(
            zkChain,
            _request.refundRecipient,
            BridgehubL2TransactionRequest({
                sender: msg.sender,
                contractL2: _request.l2Contract,
                mintValue: _request.mintValue,
                l2Value: _request.l2Value,
                l2Calldata: _request.l2Calldata,
                l2GasLimit: _request.l2GasLimit,
                l2GasPerPubdataByteLimit: _request.l2GasPerPubdataByteLimit,
                factoryDeps: _request.factoryDeps,
                refundRecipient: address(0)
            })
        );
    }

    function requestL2TransactionTwoBridges(L2TransactionRequestTwoBridgesOuter calldata _request)
        external
        payable
        nonReentrant
        returns (bytes32 canonicalTxHash)
    {
        if (_request.secondBridgeAddress <= BRIDGEHUB_MIN_SECOND_BRIDGE_ADDRESS) {
            revert SecondBridgeAddressTooLow(_request.secondBridgeAddress, BRIDGEHUB_MIN_SECOND_BRIDGE_ADDRESS);
        }
        address zkChain = _chain(_request.chainId);
        {
            bytes32 tokenAssetId = baseTokenAssetId[_request.chainId];
            uint256 baseTokenMsgValue;
            if (tokenAssetId == ETH_TOKEN_ASSET_ID()) {
                uint256 expected = _request.mintValue + _request.secondBridgeValue;
                if (msg.value != expected) revert MsgValueMismatch(expected, msg.value);
                baseTokenMsgValue = _request.mintValue;
            } else if (msg.value != _request.secondBridgeValue) {
                revert MsgValueMismatch(_request.secondBridgeValue, msg.value);
            }
            IL1AssetRouter(assetRouter).bridgehubDepositBaseToken{value: baseTokenMsgValue}(
                _request.chainId, tokenAssetId, msg.sender, _request.mintValue
            );
        }

        L2TransactionRequestTwoBridgesInner memory outputRequest = IL1AssetRouter(_request.secondBridgeAddress)
            .bridgehubDeposit{value: _request.secondBridgeValue}(
            _request.chainId, msg.sender, _request.l2Value, _request.secondBridgeCalldata
        );
        if (outputRequest.magicValue != TWO_BRIDGES_MAGIC_VALUE) {
            revert WrongMagicValue(uint256(TWO_BRIDGES_MAGIC_VALUE), uint256(outputRequest.magicValue));
        }

        canonicalTxHash = _sendRequest(
            zkChain,
            _request.refundRecipient,
            BridgehubL2TransactionRequest({
                sender: _request.secondBridgeAddress,
                contractL2: outputRequest.l2Contract,
                mintValue: _request.mintValue,
                l2Value: _request.l2Value,
                l2Calldata: outputRequest.l2Calldata,
                l2GasLimit: _request.l2GasLimit,
                l2GasPerPubdataByteLimit: _request.l2GasPerPubdataByteLimit,
                factoryDeps: outputRequest.factoryDeps,
                refundRecipient: address(0)
            })
        );
        IL1AssetRouter(_request.secondBridgeAddress).bridgehubConfirmL2Transaction(
            _request.chainId, outputRequest.txDataHash, canonicalTxHash
        );
    }

    function _sendRequest(address _zkChain, address _refundRecipient, BridgehubL2TransactionRequest memory _request)
        internal
        returns (bytes32)
    {
        _request.refundRecipient = AddressAliasHelper.actualRefundRecipient(_refundRecipient, msg.sender);
        return IZKChain(_zkChain).bridgehubRequestL2Transaction(_request);
    }

    function _chain(uint256 _chainId) internal view returns (address zkChain) {
        zkChain = _zkChains[_chainId];
        if (zkChain == address(0)) revert ChainIdNotRegistered(_chainId);
    }

    // ---------------------------------------------------------------- forwarders

    function l2TransactionBaseCost(
        uint256 _chainId,
        uint256 _gasPrice,
        uint256 _l2GasLimit,
        uint256 _l2GasPerPubdataByteLimit
    ) external view returns (uint256) {
        return IZKChain(_chain(_chainId)).l2TransactionBaseCost(_gasPrice, _l2GasLimit, _l2GasPerPubdataByteLimit);
    }

    function proveL2MessageInclusion(
        uint256 _chainId,
        uint256 _batchNumber,
        uint256 _index,
        L2Message calldata _message,
        bytes32[] calldata _proof
    ) external view returns (bool) {
        return IZKChain(_chain(_chainId)).proveL2MessageInclusion(_batchNumber, _index, _message, _proof);
    }

    function proveL2LogInclusion(
        uint256 _chainId,
        uint256 _batchNumber,
        uint256 _index,
        L2Log calldata _log,
        bytes32[] calldata _proof
    ) external view returns (bool) {
        return IZKChain(_chain(_chainId)).proveL2LogInclusion(_batchNumber, _index, _log, _proof);
    }

    function proveL1ToL2TransactionStatus(
        uint256 _chainId,
        bytes32 _l2TxHash,
        uint256 _l2BatchNumber,
        uint256 _l2MessageIndex,
        uint16 _l2TxNumberInBatch,
        bytes32[] calldata _merkleProof,
        TxStatus _status
    ) external view returns (bool) {
        return IZKChain(_chain(_chainId)).proveL1ToL2TransactionStatus(
            _l2TxHash, _l2BatchNumber, _l2MessageIndex, _l2TxNumberInBatch, _merkleProof, _status
        );
    }
}
