// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {
    FinalizeL1DepositParams,
    L2_ASSET_ROUTER_ADDR,
    L2_BASE_TOKEN_ADDR,
    L2Message,
    TxStatus
} from "../common/Config.sol";
import {
    AddressAlreadySet,
    DepositDoesNotExist,
    DepositExists,
    InvalidProof,
    InvalidSelector,
    L2WithdrawalMessageWrongLength,
    LegacyBridgeNotSet,
    LegacyMethodForNonL1Token,
    TokenNotLegacy,
    Unauthorized,
    WrongL2Sender,
    WithdrawalAlreadyFinalized,
    WrongMsgLength,
    ZeroAddress
} from "../common/Errors.sol";
import {IBridgehubView, IL1AssetRouter, INativeTokenVault} from "../common/Interfaces.sol";
import {DataEncoding, Ownable, ReentrancyGuard} from "../common/Libraries.sol";

/// @notice Replay protection of L2 -> L1 withdrawals and failed-deposit claims (zksync-contracts.md §3.8, §4.4, §8).
/// `finalizeDeposit(FinalizeL1DepositParams)` is what the SDKs call to finalize a withdrawal.
contract L1Nullifier is Ownable, ReentrancyGuard {
    address public immutable BRIDGE_HUB;
    address public l1AssetRouter;
    address public l1NativeTokenVault;

    /// @notice chainId => canonical L2 tx hash => txDataHash of every two-bridges deposit (cleared when claimed).
    mapping(uint256 chainId => mapping(bytes32 l2TxHash => bytes32 txDataHash)) public depositHappened;
    mapping(uint256 chainId => mapping(uint256 l2BatchNumber => mapping(uint256 l2MessageIndex => bool)))
        public isWithdrawalFinalized;
    /// @notice Legacy L2 shared bridges (pre-v24 chains only): always zero on the devnet.
    mapping(uint256 chainId => address l2Bridge) public __DEPRECATED_l2BridgeAddress;

    event BridgehubDepositFinalized(
        uint256 indexed chainId, bytes32 indexed txDataHash, bytes32 indexed l2DepositTxHash
    );

    /// @notice The deposit events of the v24–v25 shared bridge, whose address this contract took over at the
    /// v26 upgrade (IL1SharedBridge, era-contracts v24). Devnet only: emitted instead of the asset router's
    /// while `L1AssetRouter.preV26Events` is on, so that clients can be tested on a history spanning the upgrade.
    event BridgehubDepositBaseTokenInitiated(
        uint256 indexed chainId, address indexed from, address l1Token, uint256 amount
    );
    event BridgehubDepositInitiated(
        uint256 indexed chainId, bytes32 indexed txDataHash, address indexed from, address to, address l1Token, uint256 amount
    );

    constructor(address _owner, address _bridgehub) {
        if (_bridgehub == address(0)) revert ZeroAddress();
        _transferOwnership(_owner);
        BRIDGE_HUB = _bridgehub;
    }

    function setAddresses(address _l1AssetRouter, address _l1NativeTokenVault) external onlyOwner {
        if (l1AssetRouter != address(0)) revert AddressAlreadySet(l1AssetRouter);
        if (_l1AssetRouter == address(0) || _l1NativeTokenVault == address(0)) revert ZeroAddress();
        l1AssetRouter = _l1AssetRouter;
        l1NativeTokenVault = _l1NativeTokenVault;
    }

    /// @notice Devnet only (see the events above): the v24–v25 base-token deposit event.
    function emitPreV26BaseTokenDeposit(uint256 _chainId, address _from, address _l1Token, uint256 _amount) external {
        if (msg.sender != l1AssetRouter) revert Unauthorized(msg.sender);
        emit BridgehubDepositBaseTokenInitiated(_chainId, _from, _l1Token, _amount);
    }

    /// @notice Devnet only (see the events above): the v24–v25 two-bridges deposit event.
    function emitPreV26Deposit(
        uint256 _chainId,
        bytes32 _txDataHash,
        address _from,
        address _to,
        address _l1Token,
        uint256 _amount
    ) external {
        if (msg.sender != l1AssetRouter) revert Unauthorized(msg.sender);
        emit BridgehubDepositInitiated(_chainId, _txDataHash, _from, _to, _l1Token, _amount);
    }

    /// @notice Records a two-bridges deposit so that it can be claimed back if it fails on L2.
    function bridgehubConfirmL2TransactionForwarded(uint256 _chainId, bytes32 _txDataHash, bytes32 _txHash) external {
        if (msg.sender != l1AssetRouter) revert Unauthorized(msg.sender);
        if (depositHappened[_chainId][_txHash] != bytes32(0)) revert DepositExists();
        depositHappened[_chainId][_txHash] = _txDataHash;
        emit BridgehubDepositFinalized(_chainId, _txDataHash, _txHash);
    }

    // ---------------------------------------------------------------- withdrawals

    /// @notice Finalizes an L2 -> L1 withdrawal: checks the message against the executed batch root and pays out.
    function finalizeDeposit(FinalizeL1DepositParams memory _params) public nonReentrant {
        uint256 chainId = _params.chainId;
        if (isWithdrawalFinalized[chainId][_params.l2BatchNumber][_params.l2MessageIndex]) {
            revert WithdrawalAlreadyFinalized();
        }
        isWithdrawalFinalized[chainId][_params.l2BatchNumber][_params.l2MessageIndex] = true;

        (bytes32 assetId, bytes memory transferData) = _parseL2WithdrawalMessage(chainId, _params.message);
        address l2Sender = _params.l2Sender;
        if (
            l2Sender != L2_ASSET_ROUTER_ADDR && l2Sender != L2_BASE_TOKEN_ADDR
                && l2Sender != __DEPRECATED_l2BridgeAddress[chainId]
        ) revert WrongL2Sender(l2Sender);
        bool baseTokenWithdrawal = assetId == IBridgehubView(BRIDGE_HUB).baseTokenAssetId(chainId);
        L2Message memory message = L2Message({
            txNumberInBatch: _params.l2TxNumberInBatch,
            sender: baseTokenWithdrawal ? L2_BASE_TOKEN_ADDR : l2Sender,
            data: _params.message
        });
        bool proven = IBridgehubView(BRIDGE_HUB).proveL2MessageInclusion(
            chainId, _params.l2BatchNumber, _params.l2MessageIndex, message, _params.merkleProof
        );
        if (!proven) revert InvalidProof();

        IL1AssetRouter(l1AssetRouter).finalizeDeposit(chainId, assetId, transferData);
    }

    /// @notice Legacy entry for withdrawals of a legacy L2 bridge (none on the devnet).
    function finalizeWithdrawal(
        uint256 _chainId,
        uint256 _l2BatchNumber,
        uint256 _l2MessageIndex,
        uint16 _l2TxNumberInBatch,
        bytes calldata _message,
        bytes32[] calldata _merkleProof
    ) external {
        address legacyL2Bridge = __DEPRECATED_l2BridgeAddress[_chainId];
        if (legacyL2Bridge == address(0)) revert LegacyBridgeNotSet();
        finalizeDeposit(
            FinalizeL1DepositParams({
                chainId: _chainId,
                l2BatchNumber: _l2BatchNumber,
                l2MessageIndex: _l2MessageIndex,
                l2Sender: legacyL2Bridge,
                l2TxNumberInBatch: _l2TxNumberInBatch,
                message: _message,
                merkleProof: _merkleProof
            })
        );
    }

    /// @dev Message formats of zksync-contracts.md §5.7.
    function _parseL2WithdrawalMessage(uint256 _chainId, bytes memory _message)
        internal
        returns (bytes32 assetId, bytes memory transferData)
    {
        if (_message.length < 4) revert L2WithdrawalMessageWrongLength(_message.length);
        bytes4 selector;
        assembly {
            selector := mload(add(_message, 32))
        }
        if (selector == 0x6c0960f9) {
            // finalizeEthWithdrawal: base token from 0x…800a
            if (_message.length < 56) revert L2WithdrawalMessageWrongLength(_message.length);
            address receiver = _readAddress(_message, 4);
            uint256 amount = _readWord(_message, 24);
            assetId = IBridgehubView(BRIDGE_HUB).baseTokenAssetId(_chainId);
            transferData = DataEncoding.encodeBridgeMintData(address(0), receiver, address(0), amount, "");
        } else if (selector == 0x11a2ccc1) {
            // IL1ERC20Bridge.finalizeWithdrawal: legacy L2 shared bridge
            if (_message.length != 76) revert L2WithdrawalMessageWrongLength(_message.length);
            address receiver = _readAddress(_message, 4);
            address l1Token = _readAddress(_message, 24);
            uint256 amount = _readWord(_message, 44);
            assetId = INativeTokenVault(l1NativeTokenVault).ensureTokenIsRegistered(l1Token);
            if (assetId != DataEncoding.encodeNTVAssetId(block.chainid, l1Token)) revert TokenNotLegacy();
            transferData = DataEncoding.encodeBridgeMintData(address(0), receiver, l1Token, amount, "");
        } else if (selector == 0x9c884fd1) {
            // finalizeDeposit(uint256,bytes32,bytes): L2 asset router
            if (_message.length < 68) revert WrongMsgLength(68, _message.length);
            assetId = bytes32(_readWord(_message, 36));
            uint256 rest = _message.length - 68;
            transferData = new bytes(rest);
            assembly {
                mcopy(add(transferData, 32), add(_message, 100), rest)
            }
        } else {
            revert InvalidSelector(selector);
        }
    }

    function _readWord(bytes memory _data, uint256 _offset) private pure returns (uint256 word) {
        assembly {
            word := mload(add(add(_data, 32), _offset))
        }
    }

    function _readAddress(bytes memory _data, uint256 _offset) private pure returns (address addr) {
        return address(uint160(_readWord(_data, _offset) >> 96));
    }

    // ---------------------------------------------------------------- failed deposits

    /// @notice Claims back a two-bridges deposit whose L2 transaction failed (status log value 0).
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
    ) external nonReentrant {
        _verifyAndClearFailedTransfer(
            _chainId,
            _depositSender,
            _assetId,
            _assetData,
            _l2TxHash,
            _l2BatchNumber,
            _l2MessageIndex,
            _l2TxNumberInBatch,
            _merkleProof
        );
        IL1AssetRouter(l1AssetRouter).bridgeRecoverFailedTransfer(_chainId, _depositSender, _assetId, _assetData);
    }

    /// @notice Legacy claim: `assetData` is rebuilt without the receiver, so only legacy-hash deposits match.
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
    ) external nonReentrant {
        bytes32 assetId = INativeTokenVault(l1NativeTokenVault).assetId(_l1Token);
        bytes32 ntvAssetId = DataEncoding.encodeNTVAssetId(block.chainid, _l1Token);
        if (assetId == bytes32(0)) assetId = ntvAssetId;
        else if (assetId != ntvAssetId) revert LegacyMethodForNonL1Token();
        bytes memory assetData = DataEncoding.encodeBridgeBurnData(_amount, address(0), address(0));
        _verifyAndClearFailedTransfer(
            _chainId,
            _depositSender,
            assetId,
            assetData,
            _l2TxHash,
            _l2BatchNumber,
            _l2MessageIndex,
            _l2TxNumberInBatch,
            _merkleProof
        );
        IL1AssetRouter(l1AssetRouter).bridgeRecoverFailedTransfer(_chainId, _depositSender, assetId, assetData);
    }

    function _verifyAndClearFailedTransfer(
        uint256 _chainId,
        address _depositSender,
        bytes32 _assetId,
        bytes memory _assetData,
        bytes32 _l2TxHash,
        uint256 _l2BatchNumber,
        uint256 _l2MessageIndex,
        uint16 _l2TxNumberInBatch,
        bytes32[] calldata _merkleProof
    ) internal {
        bool proven = IBridgehubView(BRIDGE_HUB).proveL1ToL2TransactionStatus(
            _chainId, _l2TxHash, _l2BatchNumber, _l2MessageIndex, _l2TxNumberInBatch, _merkleProof, TxStatus.Failure
        );
        if (!proven) revert InvalidProof();

        bytes32 dataHash = depositHappened[_chainId][_l2TxHash];
        if (dataHash == bytes32(0)) revert DepositDoesNotExist();
        if (!_isLegacyTxDataHash(_depositSender, _assetId, _assetData, dataHash)) {
            if (dataHash != DataEncoding.encodeTxDataHashNew(_depositSender, _assetId, _assetData)) {
                revert DepositDoesNotExist();
            }
        }
        delete depositHappened[_chainId][_l2TxHash];
    }

    function _isLegacyTxDataHash(address _depositSender, bytes32 _assetId, bytes memory _assetData, bytes32 _expected)
        internal
        view
        returns (bool)
    {
        if (_assetData.length < 32) return false;
        uint256 amount = _readWord(_assetData, 0);
        address token = INativeTokenVault(l1NativeTokenVault).tokenAddress(_assetId);
        if (token == address(0)) return false;
        return DataEncoding.encodeTxDataHashLegacy(_depositSender, token, amount) == _expected;
    }
}
