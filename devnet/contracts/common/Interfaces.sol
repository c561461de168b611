// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {
    BridgehubL2TransactionRequest,
    FinalizeL1DepositParams,
    L2Log,
    L2Message,
    L2TransactionRequestTwoBridgesInner,
    TxStatus
} from "./Config.sol";

interface IERC20 {
    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    function totalSupply() external view returns (uint256);
    function balanceOf(address account) external view returns (uint256);
    function transfer(address to, uint256 value) external returns (bool);
    function allowance(address owner, address spender) external view returns (uint256);
    function approve(address spender, uint256 value) external returns (bool);
    function transferFrom(address from, address to, uint256 value) external returns (bool);
}

interface IBridgehubView {
    function baseTokenAssetId(uint256 _chainId) external view returns (bytes32);
    function getZKChain(uint256 _chainId) external view returns (address);
    function proveL2MessageInclusion(
        uint256 _chainId,
        uint256 _batchNumber,
        uint256 _index,
        L2Message calldata _message,
        bytes32[] calldata _proof
    ) external view returns (bool);
    function proveL1ToL2TransactionStatus(
        uint256 _chainId,
        bytes32 _l2TxHash,
        uint256 _l2BatchNumber,
        uint256 _l2MessageIndex,
        uint16 _l2TxNumberInBatch,
        bytes32[] calldata _merkleProof,
        TxStatus _status
    ) external view returns (bool);
}

/// @notice What the Bridgehub calls on a chain's diamond.
interface IZKChain {
    function bridgehubRequestL2Transaction(BridgehubL2TransactionRequest calldata _request)
        external
        returns (bytes32 canonicalTxHash);
    function l2TransactionBaseCost(uint256 _gasPrice, uint256 _l2GasLimit, uint256 _l2GasPerPubdataByteLimit)
        external
        view
        returns (uint256);
    function proveL2MessageInclusion(
        uint256 _batchNumber,
        uint256 _index,
        L2Message calldata _message,
        bytes32[] calldata _proof
    ) external view returns (bool);
    function proveL2LogInclusion(uint256 _batchNumber, uint256 _index, L2Log calldata _log, bytes32[] calldata _proof)
        external
        view
        returns (bool);
    function proveL1ToL2TransactionStatus(
        bytes32 _l2TxHash,
        uint256 _l2BatchNumber,
        uint256 _l2MessageIndex,
        uint16 _l2TxNumberInBatch,
        bytes32[] calldata _merkleProof,
        TxStatus _status
    ) external view returns (bool);
    function getChainId() external view returns (uint256);
    function getBridgehub() external view returns (address);
    function getBaseTokenAssetId() external view returns (bytes32);
    function getAdmin() external view returns (address);
}

interface IAssetHandler {
    function bridgeMint(uint256 _chainId, bytes32 _assetId, bytes calldata _data) external payable;
    function bridgeBurn(
        uint256 _chainId,
        uint256 _l2MsgValue,
        bytes32 _assetId,
        address _originalCaller,
        bytes calldata _data
    ) external payable returns (bytes memory _bridgeMintData);
}

interface IL1AssetHandler {
    function bridgeRecoverFailedTransfer(
        uint256 _chainId,
        bytes32 _assetId,
        address _depositSender,
        bytes calldata _data
    ) external payable;
}

interface INativeTokenVault {
    function assetId(address _token) external view returns (bytes32);
    function tokenAddress(bytes32 _assetId) external view returns (address);
    function originChainId(bytes32 _assetId) external view returns (uint256);
    function ensureTokenIsRegistered(address _token) external returns (bytes32);
    function tryRegisterTokenFromBurnData(bytes calldata _burnData, bytes32 _expectedAssetId) external;
}

interface IAssetRouterRegistry {
    function setAssetHandlerAddressThisChain(bytes32 _assetRegistrationData, address _assetHandlerAddress) external;
}

interface IL1AssetRouter {
    function bridgehubDepositBaseToken(uint256 _chainId, bytes32 _assetId, address _originalCaller, uint256 _amount)
        external
        payable;
    function bridgehubDeposit(uint256 _chainId, address _originalCaller, uint256 _value, bytes calldata _data)
        external
        payable
        returns (L2TransactionRequestTwoBridgesInner memory request);
    function bridgehubConfirmL2Transaction(uint256 _chainId, bytes32 _txDataHash, bytes32 _txHash) external;
    function assetHandlerAddress(bytes32 _assetId) external view returns (address);
    function finalizeDeposit(uint256 _chainId, bytes32 _assetId, bytes calldata _transferData) external payable;
    function bridgeRecoverFailedTransfer(
        uint256 _chainId,
        address _depositSender,
        bytes32 _assetId,
        bytes calldata _assetData
    ) external;
    function transferFundsToNTV(bytes32 _assetId, uint256 _amount, address _originalCaller) external returns (bool);
}

interface IL1Nullifier {
    function emitPreV26BaseTokenDeposit(uint256 _chainId, address _from, address _l1Token, uint256 _amount) external;
    function emitPreV26Deposit(
        uint256 _chainId,
        bytes32 _txDataHash,
        address _from,
        address _to,
        address _l1Token,
        uint256 _amount
    ) external;
    function isWithdrawalFinalized(uint256 _chainId, uint256 _l2BatchNumber, uint256 _l2MessageIndex)
        external
        view
        returns (bool);
    function finalizeDeposit(FinalizeL1DepositParams calldata _params) external;
    function bridgeRecoverFailedTransfer(
        uint256 _chainId,
        address _depositSender,
        bytes32 _assetId,
        bytes calldata _assetData,
        bytes32 _l2TxHash,
        uint256 _l2BatchNumber,
        uint256 _l2MessageIndex,
        uint16 _l2TxNumberInBatch,
        bytes32[] calldata _merkleProof
    ) external;
    function claimFailedDeposit(
        uint256 _chainId,
        address _depositSender,
        address _l1Token,
        uint256 _amount,
        bytes32 _l2TxHash,
        uint256 _l2BatchNumber,
        uint256 _l2MessageIndex,
        uint16 _l2TxNumberInBatch,
        bytes32[] calldata _merkleProof
    ) external;
    function finalizeWithdrawal(
        uint256 _chainId,
        uint256 _l2BatchNumber,
        uint256 _l2MessageIndex,
        uint16 _l2TxNumberInBatch,
        bytes calldata _message,
        bytes32[] calldata _merkleProof
    ) external;
    function bridgehubConfirmL2TransactionForwarded(uint256 _chainId, bytes32 _txDataHash, bytes32 _txHash) external;
}

interface IBridgedStandardToken {
    function bridgeInitialize(bytes32 _assetId, address _originToken, bytes calldata _data) external;
    function bridgeMint(address _account, uint256 _amount) external;
    function bridgeBurn(address _account, uint256 _amount) external;
    function originToken() external view returns (address);
}

interface IL1Messenger {
    function sendToL1(bytes calldata _message) external returns (bytes32);
}
